-- OrderDesk schema, version 33: the orders delivered in a period for one customer or one
-- salesperson (the on-time report's drill-down in the Orders list) are counted in these indexes
-- alone instead of looking up every order of the customer or salesperson in order_deliveries.
CREATE INDEX order_deliveries_customer ON order_deliveries (customer_id, delivered_on);
CREATE INDEX order_deliveries_salesperson ON order_deliveries (salesperson_id, delivered_on);
