-- OrderDesk schema, version 33: indexes for the figures narrowed to one customer or salesperson.
--
-- The orders delivered in a period for one customer or one salesperson (the on-time report's
-- drill-down in the Orders list) are counted in these two alone instead of looking up every order
-- of the customer or salesperson in order_deliveries.
CREATE INDEX order_deliveries_customer ON order_deliveries (customer_id, delivered_on);
CREATE INDEX order_deliveries_salesperson ON order_deliveries (salesperson_id, delivered_on);

-- The dashboard narrowed to one customer reads that customer's month summary (intake by month,
-- backlog by status) without scanning every customer's months.
CREATE INDEX customer_month_totals_customer ON customer_month_totals (customer_id, month);
