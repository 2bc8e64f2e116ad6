-- OrderDesk schema, version 27: the orders-by-customer index also carries what the dashboard
-- counts (status, currency, salesperson, total) after the columns it is ordered by, so the
-- dashboard narrowed to one customer reads the index alone, and lists keep their order.
DROP INDEX orders_customer;
CREATE INDEX orders_customer ON orders (customer_id, order_date, id, status, currency, salesperson_id, total);
