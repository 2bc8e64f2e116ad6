-- OrderDesk schema, version 15: running summaries behind the business dashboard, kept by triggers
-- in the same transaction as the rows they summarise, so that every writer (the services, the
-- imports, the demo's bulk loader) keeps them right. `orderdesk-cli check` recounts them.

-- Orders and their totals per month of the order date, status, salesperson and currency.
CREATE TABLE order_month_totals (
    month          TEXT NOT NULL, -- YYYY-MM of orders.order_date
    status         TEXT NOT NULL,
    salesperson_id INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    orders         INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    PRIMARY KEY (month, status, salesperson_id, currency)
) WITHOUT ROWID;

INSERT INTO order_month_totals (month, status, salesperson_id, currency, orders, total)
SELECT substr(order_date, 1, 7), status, salesperson_id, currency, count(*), sum(total)
FROM orders GROUP BY 1, 2, 3, 4;

CREATE TRIGGER orders_month_totals_insert AFTER INSERT ON orders BEGIN
    INSERT INTO order_month_totals (month, status, salesperson_id, currency, orders, total)
    VALUES (substr(NEW.order_date, 1, 7), NEW.status, NEW.salesperson_id, NEW.currency, 1, NEW.total)
    ON CONFLICT (month, status, salesperson_id, currency)
    DO UPDATE SET orders = orders + 1, total = total + excluded.total;
END;

CREATE TRIGGER orders_month_totals_delete AFTER DELETE ON orders BEGIN
    UPDATE order_month_totals SET orders = orders - 1, total = total - OLD.total
    WHERE month = substr(OLD.order_date, 1, 7) AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency;
    DELETE FROM order_month_totals
    WHERE month = substr(OLD.order_date, 1, 7) AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency AND orders = 0;
END;

CREATE TRIGGER orders_month_totals_update
AFTER UPDATE OF order_date, status, salesperson_id, currency, total ON orders
WHEN OLD.order_date IS NOT NEW.order_date OR OLD.status IS NOT NEW.status
  OR OLD.salesperson_id IS NOT NEW.salesperson_id OR OLD.currency IS NOT NEW.currency
  OR OLD.total IS NOT NEW.total
BEGIN
    UPDATE order_month_totals SET orders = orders - 1, total = total - OLD.total
    WHERE month = substr(OLD.order_date, 1, 7) AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency;
    DELETE FROM order_month_totals
    WHERE month = substr(OLD.order_date, 1, 7) AND status = OLD.status
      AND salesperson_id = OLD.salesperson_id AND currency = OLD.currency AND orders = 0;
    INSERT INTO order_month_totals (month, status, salesperson_id, currency, orders, total)
    VALUES (substr(NEW.order_date, 1, 7), NEW.status, NEW.salesperson_id, NEW.currency, 1, NEW.total)
    ON CONFLICT (month, status, salesperson_id, currency)
    DO UPDATE SET orders = orders + 1, total = total + excluded.total;
END;

-- Each order's first shipment: the day of its first timeline event changing the status to
-- shipped (the UTC day of the event), with the promised date in force then. On-time delivery
-- compares the two. Events written before the events kept their facts (no data) are not read.
CREATE TABLE order_shipments (
    order_id       INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    shipped_on     TEXT NOT NULL,
    promised_date  TEXT,
    salesperson_id INTEGER NOT NULL
);
CREATE INDEX order_shipments_day ON order_shipments (shipped_on, salesperson_id, promised_date);

INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id)
SELECT e.order_id, substr(min(e.at), 1, 10), o.promised_date, o.salesperson_id
FROM order_events e JOIN orders o ON o.id = e.order_id
WHERE e.kind = 'status_changed' AND instr(e.data, '"to":"shipped"') > 0
  AND CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.to') END = 'shipped'
GROUP BY e.order_id;

CREATE TRIGGER order_events_shipment AFTER INSERT ON order_events
-- The facts are compact JSON ({"from":"…","to":"shipped"}): a plain search for the key is all that
-- every one of the millions of events pays; the JSON is parsed only for the few that have it.
WHEN NEW.kind = 'status_changed' AND instr(NEW.data, '"to":"shipped"') > 0
  AND CASE WHEN json_valid(NEW.data) THEN json_extract(NEW.data, '$.to') END = 'shipped'
BEGIN
    INSERT OR IGNORE INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id)
    SELECT o.id, substr(NEW.at, 1, 10), o.promised_date, o.salesperson_id FROM orders o WHERE o.id = NEW.order_id;
END;

CREATE TRIGGER orders_shipment_salesperson AFTER UPDATE OF salesperson_id ON orders
WHEN OLD.salesperson_id IS NOT NEW.salesperson_id
BEGIN
    UPDATE order_shipments SET salesperson_id = NEW.salesperson_id WHERE order_id = NEW.id;
END;
