-- OrderDesk schema, version 29: two more running summaries for the business dashboard's charts,
-- kept by triggers in the same transaction as the rows they summarise and recounted by
-- `orderdesk-cli check`: the on-time rate month by month, and the orders of each customer month by
-- month (the top customers by value).

-- First shipments per month of the shipping day and salesperson: how many, how many on or before
-- the promised date, how many with no promised date (order_shipments, migration 15).
CREATE TABLE shipment_month_totals (
    month           TEXT NOT NULL, -- YYYY-MM of order_shipments.shipped_on
    salesperson_id  INTEGER NOT NULL,
    shipped         INTEGER NOT NULL,
    on_time         INTEGER NOT NULL,
    without_promise INTEGER NOT NULL,
    PRIMARY KEY (month, salesperson_id)
) WITHOUT ROWID;

INSERT INTO shipment_month_totals (month, salesperson_id, shipped, on_time, without_promise)
SELECT substr(shipped_on, 1, 7), salesperson_id, count(*), coalesce(sum(shipped_on <= promised_date), 0),
       coalesce(sum(promised_date IS NULL), 0)
FROM order_shipments GROUP BY 1, 2;

CREATE TRIGGER order_shipments_month_insert AFTER INSERT ON order_shipments BEGIN
    INSERT INTO shipment_month_totals (month, salesperson_id, shipped, on_time, without_promise)
    VALUES (substr(NEW.shipped_on, 1, 7), NEW.salesperson_id, 1,
            coalesce(NEW.shipped_on <= NEW.promised_date, 0), NEW.promised_date IS NULL)
    ON CONFLICT (month, salesperson_id) DO UPDATE SET shipped = shipped + 1,
        on_time = on_time + excluded.on_time, without_promise = without_promise + excluded.without_promise;
END;

CREATE TRIGGER order_shipments_month_delete AFTER DELETE ON order_shipments BEGIN
    UPDATE shipment_month_totals SET shipped = shipped - 1,
        on_time = on_time - coalesce(OLD.shipped_on <= OLD.promised_date, 0),
        without_promise = without_promise - (OLD.promised_date IS NULL)
    WHERE month = substr(OLD.shipped_on, 1, 7) AND salesperson_id = OLD.salesperson_id;
    DELETE FROM shipment_month_totals
    WHERE month = substr(OLD.shipped_on, 1, 7) AND salesperson_id = OLD.salesperson_id AND shipped = 0;
END;

CREATE TRIGGER order_shipments_month_update
AFTER UPDATE OF shipped_on, promised_date, salesperson_id ON order_shipments
WHEN OLD.shipped_on IS NOT NEW.shipped_on OR OLD.promised_date IS NOT NEW.promised_date
  OR OLD.salesperson_id IS NOT NEW.salesperson_id
BEGIN
    UPDATE shipment_month_totals SET shipped = shipped - 1,
        on_time = on_time - coalesce(OLD.shipped_on <= OLD.promised_date, 0),
        without_promise = without_promise - (OLD.promised_date IS NULL)
    WHERE month = substr(OLD.shipped_on, 1, 7) AND salesperson_id = OLD.salesperson_id;
    DELETE FROM shipment_month_totals
    WHERE month = substr(OLD.shipped_on, 1, 7) AND salesperson_id = OLD.salesperson_id AND shipped = 0;
    INSERT INTO shipment_month_totals (month, salesperson_id, shipped, on_time, without_promise)
    VALUES (substr(NEW.shipped_on, 1, 7), NEW.salesperson_id, 1,
            coalesce(NEW.shipped_on <= NEW.promised_date, 0), NEW.promised_date IS NULL)
    ON CONFLICT (month, salesperson_id) DO UPDATE SET shipped = shipped + 1,
        on_time = on_time + excluded.on_time, without_promise = without_promise + excluded.without_promise;
END;

-- Orders and their totals per month of the order date, customer, status, salesperson and currency.
CREATE TABLE customer_month_totals (
    month          TEXT NOT NULL, -- YYYY-MM of orders.order_date
    customer_id    INTEGER NOT NULL,
    status         TEXT NOT NULL,
    salesperson_id INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    orders         INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    PRIMARY KEY (month, customer_id, status, salesperson_id, currency)
) WITHOUT ROWID;

INSERT INTO customer_month_totals (month, customer_id, status, salesperson_id, currency, orders, total)
SELECT substr(order_date, 1, 7), customer_id, status, salesperson_id, currency, count(*), sum(total)
FROM orders GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER orders_customer_month_insert AFTER INSERT ON orders BEGIN
    INSERT INTO customer_month_totals (month, customer_id, status, salesperson_id, currency, orders, total)
    VALUES (substr(NEW.order_date, 1, 7), NEW.customer_id, NEW.status, NEW.salesperson_id, NEW.currency, 1,
            NEW.total)
    ON CONFLICT (month, customer_id, status, salesperson_id, currency)
    DO UPDATE SET orders = orders + 1, total = total + excluded.total;
END;

CREATE TRIGGER orders_customer_month_delete AFTER DELETE ON orders BEGIN
    UPDATE customer_month_totals SET orders = orders - 1, total = total - OLD.total
    WHERE month = substr(OLD.order_date, 1, 7) AND customer_id = OLD.customer_id AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency;
    DELETE FROM customer_month_totals
    WHERE month = substr(OLD.order_date, 1, 7) AND customer_id = OLD.customer_id AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency AND orders = 0;
END;

CREATE TRIGGER orders_customer_month_update
AFTER UPDATE OF order_date, customer_id, status, salesperson_id, currency, total ON orders
WHEN OLD.order_date IS NOT NEW.order_date OR OLD.customer_id IS NOT NEW.customer_id
  OR OLD.status IS NOT NEW.status OR OLD.salesperson_id IS NOT NEW.salesperson_id
  OR OLD.currency IS NOT NEW.currency OR OLD.total IS NOT NEW.total
BEGIN
    UPDATE customer_month_totals SET orders = orders - 1, total = total - OLD.total
    WHERE month = substr(OLD.order_date, 1, 7) AND customer_id = OLD.customer_id AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency;
    DELETE FROM customer_month_totals
    WHERE month = substr(OLD.order_date, 1, 7) AND customer_id = OLD.customer_id AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency AND orders = 0;
    INSERT INTO customer_month_totals (month, customer_id, status, salesperson_id, currency, orders, total)
    VALUES (substr(NEW.order_date, 1, 7), NEW.customer_id, NEW.status, NEW.salesperson_id, NEW.currency, 1,
            NEW.total)
    ON CONFLICT (month, customer_id, status, salesperson_id, currency)
    DO UPDATE SET orders = orders + 1, total = total + excluded.total;
END;
