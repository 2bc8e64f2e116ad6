#pragma once

// The dashboard's running summaries (migrations 015 and 029): the triggers that keep them row by
// row, and the month counts the check compares them with. A bulk load drops the row triggers,
// counts the summaries in memory as it writes the orders (BulkSummaryCounts) and puts the
// triggers back, in its one transaction: the triggers firing for each of a million orders and
// each of their events would cost many times that.
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

} // namespace od::DashboardSummarySql
