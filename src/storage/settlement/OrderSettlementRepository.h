#pragma once

#include "Database.h"
#include "OrderSettlement.h"

#include <QCoreApplication>

namespace od {

// Keeps orders.settlement_status in step with the order's invoices: reads the facts that
// OrderSettlement::derive needs and writes the state it derives, in the transaction that
// changed the invoices. The order's version is not bumped: an order form open elsewhere does
// not write this column, so there is nothing for it to conflict with.
class OrderSettlementRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderSettlementRepository)

public:
    explicit OrderSettlementRepository(Database& db) : m_db(db) {}

    Result<OrderSettlementFacts> facts(qint64 orderId);
    Result<SettlementStatus> status(qint64 orderId);
    Status setStatus(qint64 orderId, SettlementStatus status);

private:
    Database& m_db;
};

} // namespace od
