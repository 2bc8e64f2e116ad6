#pragma once

// The dashboard's running summaries (migration 013): the triggers that keep them row by row, and
// the statements that count them again from the orders and their timelines. A bulk load drops
// the row triggers, loads, counts the summaries once with these statements and puts the triggers
// back, in its one transaction: a recount of a million orders costs a few seconds of CPU, the
// triggers firing for each of them and each of their events several times that.
namespace od::DashboardSummarySql {

inline constexpr const char* RowTriggers[] = {"orders_month_totals_insert", "order_events_shipment"};

inline constexpr const char* Recount[] = {
    "DELETE FROM order_month_totals",
    "INSERT INTO order_month_totals (month, status, salesperson_id, currency, orders, total) "
    "SELECT substr(order_date, 1, 7), status, salesperson_id, currency, count(*), sum(total) "
    "FROM orders GROUP BY 1, 2, 3, 4",
    "DELETE FROM order_shipments",
    "INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id) "
    "SELECT e.order_id, substr(min(e.at), 1, 10), o.promised_date, o.salesperson_id "
    "FROM order_events e JOIN orders o ON o.id = e.order_id "
    "WHERE e.kind = 'status_changed' AND instr(e.data, '\"to\":\"shipped\"') > 0 "
    "AND CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.to') END = 'shipped' "
    "GROUP BY e.order_id",
};

} // namespace od::DashboardSummarySql
