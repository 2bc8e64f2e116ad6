-- OrderDesk schema, version 30: running summaries behind the on-time delivery report (准时交付),
-- kept by triggers in the same transaction as the rows they summarise, so that every writer (the
-- services, the imports, the demo's bulk loader) keeps them right. `orderdesk-cli check` counts
-- them again from the orders, their shipments, lines, plans and reviews.
--
-- An order delivered or completed counts on the day its last shipment was signed for, or, with
-- no signed-for shipment, the day it first shipped (order_shipments); days late are whole days
-- after its promised date (0: on time or no promise). The cause is its review's ('': none).

-- One row per delivered order, as the report counts it.
CREATE TABLE order_deliveries (
    order_id       INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    delivered_on   TEXT NOT NULL,
    promised_date  TEXT,
    days_late      INTEGER NOT NULL,
    customer_id    INTEGER NOT NULL,
    salesperson_id INTEGER NOT NULL,
    cause          TEXT NOT NULL
);

-- What order_deliveries holds for an order, looked up order by order (the triggers read it for
-- one order at a time; a recount of every order groups the shipments once instead).
CREATE VIEW order_delivery_facts AS
SELECT order_id, delivered_on, promised_date,
       CASE WHEN promised_date IS NOT NULL AND delivered_on > promised_date
            THEN CAST(julianday(delivered_on) - julianday(promised_date) AS INTEGER) ELSE 0 END AS days_late,
       customer_id, salesperson_id, cause
FROM (SELECT o.id AS order_id, o.promised_date, o.customer_id, o.salesperson_id,
             coalesce((SELECT max(s.delivered_on) FROM shipments s WHERE s.order_id = o.id),
                      (SELECT os.shipped_on FROM order_shipments os WHERE os.order_id = o.id)) AS delivered_on,
             coalesce((SELECT r.cause FROM order_reviews r WHERE r.order_id = o.id), '') AS cause
      FROM orders o WHERE o.status IN ('delivered', 'completed'))
WHERE delivered_on IS NOT NULL;

-- The delivered orders per day, customer, salesperson and cause: the report by customer,
-- salesperson or cause and every total read a year of this instead of every order.
CREATE TABLE on_time_day_counts (
    delivered_on   TEXT NOT NULL,
    customer_id    INTEGER NOT NULL,
    salesperson_id INTEGER NOT NULL,
    cause          TEXT NOT NULL,
    delivered      INTEGER NOT NULL,
    on_time        INTEGER NOT NULL,
    late           INTEGER NOT NULL,
    days_late      INTEGER NOT NULL,
    PRIMARY KEY (delivered_on, customer_id, salesperson_id, cause)
) WITHOUT ROWID;

-- The delivered orders per day and product on any of their lines (each order once per product).
CREATE TABLE on_time_product_days (
    delivered_on TEXT NOT NULL,
    product_id   INTEGER NOT NULL,
    delivered    INTEGER NOT NULL,
    on_time      INTEGER NOT NULL,
    late         INTEGER NOT NULL,
    days_late    INTEGER NOT NULL,
    PRIMARY KEY (delivered_on, product_id)
) WITHOUT ROWID;

-- The delivered orders per day and work centre in any step of any of their plans.
CREATE TABLE on_time_work_centre_days (
    delivered_on   TEXT NOT NULL,
    work_centre_id INTEGER NOT NULL,
    delivered      INTEGER NOT NULL,
    on_time        INTEGER NOT NULL,
    late           INTEGER NOT NULL,
    days_late      INTEGER NOT NULL,
    PRIMARY KEY (delivered_on, work_centre_id)
) WITHOUT ROWID;

-- What the orders already hold (the same statements as OnTimeSummarySql::Recount).
INSERT INTO order_deliveries (order_id, delivered_on, promised_date, days_late, customer_id, salesperson_id, cause)
SELECT id, delivered_on, promised_date,
       CASE WHEN promised_date IS NOT NULL AND delivered_on > promised_date
            THEN CAST(julianday(delivered_on) - julianday(promised_date) AS INTEGER) ELSE 0 END,
       customer_id, salesperson_id, cause
FROM (SELECT o.id, o.customer_id, o.salesperson_id, o.promised_date,
             coalesce(s.last_delivered, os.shipped_on) AS delivered_on, coalesce(r.cause, '') AS cause
      FROM orders o
      LEFT JOIN (SELECT order_id, max(delivered_on) AS last_delivered FROM shipments GROUP BY order_id) s
        ON s.order_id = o.id
      LEFT JOIN order_shipments os ON os.order_id = o.id
      LEFT JOIN order_reviews r ON r.order_id = o.id
      WHERE o.status IN ('delivered', 'completed'))
WHERE delivered_on IS NOT NULL;

INSERT INTO on_time_day_counts
    (delivered_on, customer_id, salesperson_id, cause, delivered, on_time, late, days_late)
SELECT delivered_on, customer_id, salesperson_id, cause, count(*), sum(days_late = 0), sum(days_late > 0),
       sum(days_late)
FROM order_deliveries GROUP BY 1, 2, 3, 4;

INSERT INTO on_time_product_days (delivered_on, product_id, delivered, on_time, late, days_late)
SELECT d.delivered_on, l.product_id, count(*), sum(d.days_late = 0), sum(d.days_late > 0), sum(d.days_late)
FROM (SELECT DISTINCT order_id, product_id FROM order_lines) l
JOIN order_deliveries d ON d.order_id = l.order_id
GROUP BY 1, 2;

INSERT INTO on_time_work_centre_days (delivered_on, work_centre_id, delivered, on_time, late, days_late)
SELECT d.delivered_on, w.work_centre_id, count(*), sum(d.days_late = 0), sum(d.days_late > 0), sum(d.days_late)
FROM (SELECT DISTINCT p.order_id, s.work_centre_id FROM order_plans p
      JOIN order_plan_steps s ON s.plan_id = p.id WHERE s.work_centre_id IS NOT NULL) w
JOIN order_deliveries d ON d.order_id = w.order_id
GROUP BY 1, 2;

-- A delivered order counted in, or out, of its day's rows.
CREATE TRIGGER order_deliveries_count AFTER INSERT ON order_deliveries BEGIN
    INSERT INTO on_time_day_counts
        (delivered_on, customer_id, salesperson_id, cause, delivered, on_time, late, days_late)
    VALUES (NEW.delivered_on, NEW.customer_id, NEW.salesperson_id, NEW.cause, 1, NEW.days_late = 0,
            NEW.days_late > 0, NEW.days_late)
    ON CONFLICT (delivered_on, customer_id, salesperson_id, cause) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
    INSERT INTO on_time_product_days (delivered_on, product_id, delivered, on_time, late, days_late)
    SELECT NEW.delivered_on, product_id, 1, NEW.days_late = 0, NEW.days_late > 0, NEW.days_late
    FROM (SELECT DISTINCT product_id FROM order_lines WHERE order_id = NEW.order_id) WHERE true
    ON CONFLICT (delivered_on, product_id) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
    INSERT INTO on_time_work_centre_days (delivered_on, work_centre_id, delivered, on_time, late, days_late)
    SELECT NEW.delivered_on, work_centre_id, 1, NEW.days_late = 0, NEW.days_late > 0, NEW.days_late
    FROM (SELECT DISTINCT s.work_centre_id FROM order_plans p JOIN order_plan_steps s ON s.plan_id = p.id
          WHERE p.order_id = NEW.order_id AND s.work_centre_id IS NOT NULL) WHERE true
    ON CONFLICT (delivered_on, work_centre_id) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
END;

CREATE TRIGGER order_deliveries_uncount AFTER DELETE ON order_deliveries BEGIN
    UPDATE on_time_day_counts SET delivered = delivered - 1, on_time = on_time - (OLD.days_late = 0),
        late = late - (OLD.days_late > 0), days_late = days_late - OLD.days_late
    WHERE delivered_on = OLD.delivered_on AND customer_id = OLD.customer_id
      AND salesperson_id = OLD.salesperson_id AND cause = OLD.cause;
    DELETE FROM on_time_day_counts
    WHERE delivered_on = OLD.delivered_on AND customer_id = OLD.customer_id
      AND salesperson_id = OLD.salesperson_id AND cause = OLD.cause AND delivered = 0;
    UPDATE on_time_product_days SET delivered = delivered - 1, on_time = on_time - (OLD.days_late = 0),
        late = late - (OLD.days_late > 0), days_late = days_late - OLD.days_late
    WHERE delivered_on = OLD.delivered_on
      AND product_id IN (SELECT product_id FROM order_lines WHERE order_id = OLD.order_id);
    DELETE FROM on_time_product_days
    WHERE delivered_on = OLD.delivered_on AND delivered = 0
      AND product_id IN (SELECT product_id FROM order_lines WHERE order_id = OLD.order_id);
    UPDATE on_time_work_centre_days SET delivered = delivered - 1, on_time = on_time - (OLD.days_late = 0),
        late = late - (OLD.days_late > 0), days_late = days_late - OLD.days_late
    WHERE delivered_on = OLD.delivered_on
      AND work_centre_id IN (SELECT s.work_centre_id FROM order_plans p JOIN order_plan_steps s ON s.plan_id = p.id
                             WHERE p.order_id = OLD.order_id);
    DELETE FROM on_time_work_centre_days
    WHERE delivered_on = OLD.delivered_on AND delivered = 0
      AND work_centre_id IN (SELECT s.work_centre_id FROM order_plans p JOIN order_plan_steps s ON s.plan_id = p.id
                             WHERE p.order_id = OLD.order_id);
END;

-- What decides an order's delivery changed: its row is taken out and put back as it now stands.
CREATE TRIGGER orders_delivery_insert AFTER INSERT ON orders WHEN NEW.status IN ('delivered', 'completed')
BEGIN
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = NEW.id;
END;

CREATE TRIGGER orders_delivery_update AFTER UPDATE OF status, promised_date, customer_id, salesperson_id ON orders
WHEN (OLD.status IN ('delivered', 'completed') OR NEW.status IN ('delivered', 'completed'))
  AND (OLD.status IS NOT NEW.status OR OLD.promised_date IS NOT NEW.promised_date
       OR OLD.customer_id IS NOT NEW.customer_id OR OLD.salesperson_id IS NOT NEW.salesperson_id)
BEGIN
    DELETE FROM order_deliveries WHERE order_id = NEW.id;
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = NEW.id;
END;

CREATE TRIGGER shipments_delivery_insert AFTER INSERT ON shipments BEGIN
    DELETE FROM order_deliveries WHERE order_id = NEW.order_id;
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = NEW.order_id;
END;

CREATE TRIGGER shipments_delivery_update AFTER UPDATE OF order_id, delivered_on ON shipments
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.delivered_on IS NOT NEW.delivered_on
BEGIN
    DELETE FROM order_deliveries WHERE order_id IN (OLD.order_id, NEW.order_id);
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id IN (OLD.order_id, NEW.order_id);
END;

CREATE TRIGGER shipments_delivery_delete AFTER DELETE ON shipments BEGIN
    DELETE FROM order_deliveries WHERE order_id = OLD.order_id;
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = OLD.order_id;
END;

CREATE TRIGGER order_shipments_delivery_insert AFTER INSERT ON order_shipments BEGIN
    DELETE FROM order_deliveries WHERE order_id = NEW.order_id;
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = NEW.order_id;
END;

CREATE TRIGGER order_shipments_delivery_update AFTER UPDATE OF order_id, shipped_on ON order_shipments
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.shipped_on IS NOT NEW.shipped_on
BEGIN
    DELETE FROM order_deliveries WHERE order_id IN (OLD.order_id, NEW.order_id);
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id IN (OLD.order_id, NEW.order_id);
END;

CREATE TRIGGER order_shipments_delivery_delete AFTER DELETE ON order_shipments BEGIN
    DELETE FROM order_deliveries WHERE order_id = OLD.order_id;
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = OLD.order_id;
END;

CREATE TRIGGER order_reviews_delivery_insert AFTER INSERT ON order_reviews BEGIN
    DELETE FROM order_deliveries WHERE order_id = NEW.order_id;
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = NEW.order_id;
END;

CREATE TRIGGER order_reviews_delivery_delete AFTER DELETE ON order_reviews BEGIN
    DELETE FROM order_deliveries WHERE order_id = OLD.order_id;
    INSERT INTO order_deliveries SELECT * FROM order_delivery_facts WHERE order_id = OLD.order_id;
END;

-- A product on a delivered order's lines for the first time, or no longer.
CREATE TRIGGER order_lines_on_time_insert AFTER INSERT ON order_lines BEGIN
    INSERT INTO on_time_product_days (delivered_on, product_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, NEW.product_id, 1, d.days_late = 0, d.days_late > 0, d.days_late
    FROM order_deliveries d
    WHERE d.order_id = NEW.order_id
      AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = NEW.order_id
                        AND l.product_id = NEW.product_id AND l.id <> NEW.id)
    ON CONFLICT (delivered_on, product_id) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
END;

CREATE TRIGGER order_lines_on_time_delete AFTER DELETE ON order_lines BEGIN
    INSERT INTO on_time_product_days (delivered_on, product_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, OLD.product_id, -1, -(d.days_late = 0), -(d.days_late > 0), -d.days_late
    FROM order_deliveries d
    WHERE d.order_id = OLD.order_id
      AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = OLD.order_id AND l.product_id = OLD.product_id)
    ON CONFLICT (delivered_on, product_id) DO UPDATE SET
        delivered = delivered + excluded.delivered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_late = days_late + excluded.days_late;
    DELETE FROM on_time_product_days
    WHERE delivered_on = (SELECT delivered_on FROM order_deliveries WHERE order_id = OLD.order_id)
      AND product_id = OLD.product_id AND delivered = 0;
END;

CREATE TRIGGER order_lines_on_time_update AFTER UPDATE OF order_id, product_id ON order_lines
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.product_id IS NOT NEW.product_id
BEGIN
    INSERT INTO on_time_product_days (delivered_on, product_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, OLD.product_id, -1, -(d.days_late = 0), -(d.days_late > 0), -d.days_late
    FROM order_deliveries d
    WHERE d.order_id = OLD.order_id
      AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = OLD.order_id AND l.product_id = OLD.product_id)
    ON CONFLICT (delivered_on, product_id) DO UPDATE SET
        delivered = delivered + excluded.delivered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_late = days_late + excluded.days_late;
    DELETE FROM on_time_product_days
    WHERE delivered_on = (SELECT delivered_on FROM order_deliveries WHERE order_id = OLD.order_id)
      AND product_id = OLD.product_id AND delivered = 0;
    INSERT INTO on_time_product_days (delivered_on, product_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, NEW.product_id, 1, d.days_late = 0, d.days_late > 0, d.days_late
    FROM order_deliveries d
    WHERE d.order_id = NEW.order_id
      AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = NEW.order_id
                        AND l.product_id = NEW.product_id AND l.id <> NEW.id)
    ON CONFLICT (delivered_on, product_id) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
END;

-- A work centre in a delivered order's plans for the first time, or no longer. A plan's steps
-- go before the plan itself, while the steps can still tell whose they were.
CREATE TRIGGER order_plans_on_time_delete BEFORE DELETE ON order_plans BEGIN
    DELETE FROM order_plan_steps WHERE plan_id = OLD.id;
END;

CREATE TRIGGER order_plan_steps_on_time_insert AFTER INSERT ON order_plan_steps
WHEN NEW.work_centre_id IS NOT NULL
BEGIN
    INSERT INTO on_time_work_centre_days (delivered_on, work_centre_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, NEW.work_centre_id, 1, d.days_late = 0, d.days_late > 0, d.days_late
    FROM order_plans p JOIN order_deliveries d ON d.order_id = p.order_id
    WHERE p.id = NEW.plan_id
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 JOIN order_plan_steps s ON s.plan_id = p2.id
                        WHERE p2.order_id = p.order_id AND s.work_centre_id = NEW.work_centre_id
                          AND s.id <> NEW.id)
    ON CONFLICT (delivered_on, work_centre_id) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
END;

CREATE TRIGGER order_plan_steps_on_time_delete AFTER DELETE ON order_plan_steps
WHEN OLD.work_centre_id IS NOT NULL
BEGIN
    INSERT INTO on_time_work_centre_days (delivered_on, work_centre_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, OLD.work_centre_id, -1, -(d.days_late = 0), -(d.days_late > 0), -d.days_late
    FROM order_plans p JOIN order_deliveries d ON d.order_id = p.order_id
    WHERE p.id = OLD.plan_id
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 JOIN order_plan_steps s ON s.plan_id = p2.id
                        WHERE p2.order_id = p.order_id AND s.work_centre_id = OLD.work_centre_id)
    ON CONFLICT (delivered_on, work_centre_id) DO UPDATE SET
        delivered = delivered + excluded.delivered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_late = days_late + excluded.days_late;
    DELETE FROM on_time_work_centre_days
    WHERE delivered_on = (SELECT d.delivered_on FROM order_plans p JOIN order_deliveries d
                            ON d.order_id = p.order_id WHERE p.id = OLD.plan_id)
      AND work_centre_id = OLD.work_centre_id AND delivered = 0;
END;

CREATE TRIGGER order_plan_steps_on_time_update AFTER UPDATE OF plan_id, work_centre_id ON order_plan_steps
WHEN OLD.plan_id IS NOT NEW.plan_id OR OLD.work_centre_id IS NOT NEW.work_centre_id
BEGIN
    INSERT INTO on_time_work_centre_days (delivered_on, work_centre_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, OLD.work_centre_id, -1, -(d.days_late = 0), -(d.days_late > 0), -d.days_late
    FROM order_plans p JOIN order_deliveries d ON d.order_id = p.order_id
    WHERE p.id = OLD.plan_id AND OLD.work_centre_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 JOIN order_plan_steps s ON s.plan_id = p2.id
                        WHERE p2.order_id = p.order_id AND s.work_centre_id = OLD.work_centre_id)
    ON CONFLICT (delivered_on, work_centre_id) DO UPDATE SET
        delivered = delivered + excluded.delivered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_late = days_late + excluded.days_late;
    DELETE FROM on_time_work_centre_days
    WHERE delivered_on = (SELECT d.delivered_on FROM order_plans p JOIN order_deliveries d
                            ON d.order_id = p.order_id WHERE p.id = OLD.plan_id)
      AND work_centre_id = OLD.work_centre_id AND delivered = 0;
    INSERT INTO on_time_work_centre_days (delivered_on, work_centre_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, NEW.work_centre_id, 1, d.days_late = 0, d.days_late > 0, d.days_late
    FROM order_plans p JOIN order_deliveries d ON d.order_id = p.order_id
    WHERE p.id = NEW.plan_id AND NEW.work_centre_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 JOIN order_plan_steps s ON s.plan_id = p2.id
                        WHERE p2.order_id = p.order_id AND s.work_centre_id = NEW.work_centre_id
                          AND s.id <> NEW.id)
    ON CONFLICT (delivered_on, work_centre_id) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
END;
