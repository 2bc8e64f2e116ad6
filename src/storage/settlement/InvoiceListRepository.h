#pragma once

#include "Database.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace od {

// An invoice as lists show it: with the orders it bills and what is paid and open on it.
struct InvoiceSummary
{
    qint64 id = 0;
    QString invoiceNo;
    QString kindKey;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QStringList orderNos;
    QDate invoiceDate;
    QDate dueDate;
    Money total;
    Money credited;
    Money writtenOff;
    Money applied;
    Money open;
    QString officialNo;
    QDate officialDate;
};

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
