#pragma once

#include "OnTimeReport.h"
#include "OrderListQuery.h"
#include "Session.h"

#include <QCoreApplication>

#include <optional>

namespace od {

// 准时交付 On-time delivery: of the orders delivered in a period, per customer, product,
// salesperson, work centre or review cause, how many arrived on or before their promised date,
// how many late and by how many days on average. For those who see the business dashboard.
class OnTimeReportService
{
    Q_DECLARE_TR_FUNCTIONS(OnTimeReportService)

public:
    static constexpr int DefaultDays = 365;

    explicit OnTimeReportService(Session& session) : m_session(session) {}

    // An empty `to` is today, an empty `from` the 365 days up to `to`; refuses `from` after `to`
    // (field "to").
    Result<OnTimeReport> report(QDate from, QDate to, OnTimeGrouping grouping);

    // Whether the Orders list can be filtered by the groups of `grouping` (by customer and by
    // salesperson; not by product, work centre or cause).
    static bool opensOrders(OnTimeGrouping grouping);
    // The Orders-list query giving exactly the orders of `row` delivered from `from` to `to`;
    // nullopt for a grouping the list cannot be filtered by.
    static std::optional<OrderListQuery> ordersBehind(OnTimeGrouping grouping, const OnTimeRow& row,
                                                      const QDate& from, const QDate& to);

private:
    Session& m_session;
};

} // namespace od
