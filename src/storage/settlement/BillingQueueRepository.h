#pragma once

#include "SettlementFigures.h"

#include "Database.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace od {

// The orders that are shipped (or delivered, completed) and not fully invoiced, oldest first,
// through the partial index that holds only them.
class BillingQueueRepository
{
    Q_DECLARE_TR_FUNCTIONS(BillingQueueRepository)

public:
    explicit BillingQueueRepository(Database& db) : m_db(db) {}

    // customerId 0: every customer.
    Result<QList<BillableOrder>> billable(qint64 customerId, int limit, int offset = 0);
    // Whether one order is shipped and has something left to invoice.
    Result<bool> isBillable(qint64 orderId);

private:
    Database& m_db;
};

} // namespace od
