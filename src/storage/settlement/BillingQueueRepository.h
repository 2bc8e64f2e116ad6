#pragma once

#include "Database.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace od {

// An order finance still has to invoice.
struct BillableOrder
{
    qint64 orderId = 0;
    QString orderNo;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate orderDate;
    QString statusKey;     // the order's fulfilment status
    QString settlementKey; // unbilled, or invoiced/partially_paid with lines left to bill
    Money total;
    QString currency;
    int paymentTermsDays = 30;
};

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
