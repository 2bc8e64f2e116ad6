#pragma once

#include "SettlementFigures.h"

#include "Database.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace od {

class InvoiceListRepository
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceListRepository)

public:
    explicit InvoiceListRepository(Database& db) : m_db(db) {}

    // Newest first; customerId 0 for every customer; openOnly: with something still owed.
    Result<QList<InvoiceSummary>> list(qint64 customerId, bool openOnly, int limit, int offset = 0);

private:
    Database& m_db;
};

} // namespace od
