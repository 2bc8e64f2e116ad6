#pragma once

// The dashboard's running summaries (migration 013): the triggers that keep them row by row, and
// the statements that count them again from the orders and their timelines. A bulk load drops
// the row triggers, loads, counts the summaries once with these statements and puts the triggers
// back, in its one transaction: a recount of a million orders costs a few seconds of CPU, the
// triggers firing for each of them and each of their events several times that.
namespace od::DashboardSummarySql {

inline constexpr const char* RowTriggers[] = {"orders_month_totals_insert", "order_events_shipment",
                                              "order_shipments_month_insert", "orders_customer_month_insert"};

// The month-by-month summaries of migration 29 counted from their rows: the same columns, in the
// same order, as shipment_month_totals and customer_month_totals.
#define OD_SHIPMENT_MONTH_COUNT                                                                              \
    "SELECT substr(shipped_on, 1, 7) AS month, salesperson_id, count(*) AS shipped, "                        \
    "coalesce(sum(shipped_on <= promised_date), 0) AS on_time, "                                             \
    "coalesce(sum(promised_date IS NULL), 0) AS without_promise FROM order_shipments GROUP BY 1, 2"
#define OD_CUSTOMER_MONTH_COUNT                                                                              \
    "SELECT substr(order_date, 1, 7) AS month, customer_id, status, salesperson_id, currency, "              \
    "count(*) AS orders, sum(total) AS total FROM orders GROUP BY 1, 2, 3, 4, 5"
inline constexpr const char* ShipmentMonthCount = OD_SHIPMENT_MONTH_COUNT;
inline constexpr const char* CustomerMonthCount = OD_CUSTOMER_MONTH_COUNT;

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
    "DELETE FROM shipment_month_totals",
    "INSERT INTO shipment_month_totals (month, salesperson_id, shipped, on_time, "
    "without_promise) " OD_SHIPMENT_MONTH_COUNT,
    "DELETE FROM customer_month_totals",
    "INSERT INTO customer_month_totals (month, customer_id, status, salesperson_id, currency, orders, "
    "total) " OD_CUSTOMER_MONTH_COUNT,
};

} // namespace od::DashboardSummarySql
