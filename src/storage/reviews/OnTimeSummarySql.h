#pragma once

// The on-time report's running summaries (migration 030): the triggers that keep them row by row,
// and the statements that count them again from the orders, their shipments, lines, plans and
// reviews (the check compares the summaries with these). A bulk load drops the row triggers,
// counts the summaries in memory as it writes the orders (BulkSummaryCounts) and puts the
// triggers back, in its one transaction.

namespace od::OnTimeSummarySql {

inline constexpr const char* RowTriggers[] = {
    "orders_delivery_insert",          "orders_delivery_update",          "shipments_delivery_insert",
    "shipments_delivery_update",       "shipments_delivery_delete",       "order_shipments_delivery_insert",
    "order_shipments_delivery_update", "order_shipments_delivery_delete", "order_deliveries_count",
    "order_deliveries_uncount",        "order_lines_on_time_insert",      "order_lines_on_time_delete",
    "order_lines_on_time_update"};

// Every delivered order as order_deliveries keeps it, counted afresh from the orders (one pass
// over the shipments grouped by order): order_id, delivered_on, promised_date, days_late,
// customer_id, salesperson_id, cause.
inline constexpr const char* Deliveries =
    "SELECT id, delivered_on, promised_date, "
    "CASE WHEN promised_date IS NOT NULL AND delivered_on > promised_date "
    "THEN CAST(julianday(delivered_on) - julianday(promised_date) AS INTEGER) ELSE 0 END, "
    "customer_id, salesperson_id, cause "
    "FROM (SELECT o.id, o.customer_id, o.salesperson_id, o.promised_date, "
    "coalesce(s.last_delivered, os.shipped_on) AS delivered_on, coalesce(r.cause, '') AS cause "
    "FROM orders o "
    "LEFT JOIN (SELECT order_id, max(delivered_on) AS last_delivered FROM shipments GROUP BY order_id) s "
    "ON s.order_id = o.id "
    "LEFT JOIN order_shipments os ON os.order_id = o.id "
    "LEFT JOIN order_reviews r ON r.order_id = o.id "
    "WHERE o.status IN ('delivered', 'completed')) "
    "WHERE delivered_on IS NOT NULL";

// The per-day counts from order_deliveries (and the lines and plans): each gives the table's key
// columns, then delivered, on_time, late, days_late.
inline constexpr const char* DayCounts =
    "SELECT delivered_on, customer_id, salesperson_id, cause, count(*), sum(days_late = 0), "
    "sum(days_late > 0), sum(days_late) FROM order_deliveries GROUP BY 1, 2, 3, 4";
inline constexpr const char* ProductDays =
    "SELECT d.delivered_on, l.product_id, count(*), sum(d.days_late = 0), sum(d.days_late > 0), "
    "sum(d.days_late) FROM (SELECT DISTINCT order_id, product_id FROM order_lines) l "
    "JOIN order_deliveries d ON d.order_id = l.order_id GROUP BY 1, 2";
inline constexpr const char* WorkCentreDays =
    "SELECT d.delivered_on, w.work_centre_id, count(*), sum(d.days_late = 0), sum(d.days_late > 0), "
    "sum(d.days_late) FROM (SELECT DISTINCT p.order_id, s.work_centre_id FROM order_plans p "
    "JOIN order_plan_steps s ON s.plan_id = p.id WHERE s.work_centre_id IS NOT NULL) w "
    "JOIN order_deliveries d ON d.order_id = w.order_id GROUP BY 1, 2";

} // namespace od::OnTimeSummarySql
