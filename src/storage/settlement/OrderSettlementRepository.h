#pragma once

#include "Database.h"
#include "OrderSettlement.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace od {

// Keeps orders.settlement_status in step with the order's invoices: reads the facts that
// OrderSettlement::derive needs and writes the state it derives, in the transaction that
// changed the invoices. The order's version is not bumped: an order form open elsewhere does
// not write this column, so there is nothing for it to conflict with.
// What a settlement event on an order needs to know of it.
struct OrderSettlementState
{
    QString orderNo;
    int revision = 0;
    SettlementStatus status = SettlementStatus::Unbilled;
};

class OrderSettlementRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderSettlementRepository)

public:
    explicit OrderSettlementRepository(Database& db) : m_db(db) {}

    Result<OrderSettlementFacts> facts(qint64 orderId);
    Result<SettlementStatus> status(qint64 orderId);
    Result<OrderSettlementState> state(qint64 orderId);
    Status setStatus(qint64 orderId, SettlementStatus status);

private:
    // Prepared on first use and reused: an import moves the settlement of thousands of orders.
    QSqlQuery& prepared(std::optional<QSqlQuery>& query, const QString& sql);

    Database& m_db;
    std::optional<QSqlQuery> m_sums;
    std::optional<QSqlQuery> m_short;
    std::optional<QSqlQuery> m_state;
    std::optional<QSqlQuery> m_set;
};

} // namespace od
