-- OrderDesk schema, version 24: how long orders spend in each stage (瓶颈分析), measured from the
-- recorded timeline and step dates, never estimated. Triggers write one span each time an order
-- leaves a stage, in the same transaction as the event or step record that ends it, so every
-- writer (the services, the imports, the demo's bulk loader) keeps them right.
--
-- Stages (stage keys):
--   confirmation   the revision's submission → the customer's confirmation (order_events)
--   reconfirmation a confirmation → the order's next confirmation (a revision confirmed again)
--   planning       the confirmation → the move to planned
--   queue:<centre> the previous step of the line finished → this work step started (step dates)
--   work:<centre>  a work step started → it finished, both days counted (step dates)
--   shipping       the move to ready to ship → the first shipment after it
--   transit        the move to shipped → the move to delivered
--   payment        the first invoice (unbilled → invoiced) → paid
-- Timeline spans are whole hours between the two UTC timestamps (seconds, half an hour rounded
-- up, in integers so that every writer gets the same hours), ending on the UTC day of the later
-- one; step spans are whole calendar days (24 hours each) ending on the step's date. The demo's
-- bulk loader measures the timeline stages itself (BulkStageSpans) with the same rules.
CREATE TABLE order_stage_spans (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    stage    TEXT NOT NULL,
    ended_on TEXT NOT NULL,
    hours    INTEGER NOT NULL CHECK (hours >= 0)
);
-- The orders behind a stage in a period (the drill-down).
CREATE INDEX order_stage_spans_stage ON order_stage_spans (stage, ended_on, order_id);
CREATE INDEX order_stage_spans_order ON order_stage_spans (order_id);

-- The spans counted per stage, day and duration: a year of the report reads a few hundred thousand
-- rows of this instead of millions of spans. `orderdesk-cli check` recounts it from the spans.
CREATE TABLE stage_span_counts (
    stage    TEXT NOT NULL,
    ended_on TEXT NOT NULL,
    hours    INTEGER NOT NULL,
    spans    INTEGER NOT NULL,
    PRIMARY KEY (stage, ended_on, hours)
) WITHOUT ROWID;

CREATE TRIGGER order_stage_spans_count AFTER INSERT ON order_stage_spans BEGIN
    INSERT INTO stage_span_counts (stage, ended_on, hours, spans) VALUES (NEW.stage, NEW.ended_on, NEW.hours, 1)
    ON CONFLICT (stage, ended_on, hours) DO UPDATE SET spans = spans + 1;
END;

CREATE TRIGGER order_stage_spans_uncount AFTER DELETE ON order_stage_spans BEGIN
    UPDATE stage_span_counts SET spans = spans - 1
    WHERE stage = OLD.stage AND ended_on = OLD.ended_on AND hours = OLD.hours;
    DELETE FROM stage_span_counts
    WHERE stage = OLD.stage AND ended_on = OLD.ended_on AND hours = OLD.hours AND spans = 0;
END;

-- Confirmed: since the latest submission before it, and since the previous confirmation.
CREATE TRIGGER order_events_stage_confirmation AFTER INSERT ON order_events WHEN NEW.kind = 'confirmed' BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT NEW.order_id, 'confirmation', substr(NEW.at, 1, 10),
           max(0, (CAST(strftime('%s', NEW.at) AS INTEGER) - CAST(strftime('%s', e.at) AS INTEGER) + 1800) / 3600)
    FROM (SELECT at FROM order_events WHERE order_id = NEW.order_id AND kind = 'submitted' AND id < NEW.id
          ORDER BY id DESC LIMIT 1) e;
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT NEW.order_id, 'reconfirmation', substr(NEW.at, 1, 10),
           max(0, (CAST(strftime('%s', NEW.at) AS INTEGER) - CAST(strftime('%s', e.at) AS INTEGER) + 1800) / 3600)
    FROM (SELECT at FROM order_events WHERE order_id = NEW.order_id AND kind = 'confirmed' AND id < NEW.id
          ORDER BY id DESC LIMIT 1) e;
END;

-- Status moves (compact JSON facts {"from":"…","to":"…"}: a plain search first, as 015 does).
CREATE TRIGGER order_events_stage_planned AFTER INSERT ON order_events
WHEN NEW.kind = 'status_changed' AND instr(NEW.data, '"to":"planned"') > 0 BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT NEW.order_id, 'planning', substr(NEW.at, 1, 10),
           max(0, (CAST(strftime('%s', NEW.at) AS INTEGER) - CAST(strftime('%s', e.at) AS INTEGER) + 1800) / 3600)
    FROM (SELECT at FROM order_events WHERE order_id = NEW.order_id AND kind = 'confirmed' AND id < NEW.id
          ORDER BY id DESC LIMIT 1) e;
END;

-- The first shipment after the move to ready to ship: a shipment leaving ('shipped') or the move
-- to shipped, whichever the timeline records first.
CREATE TRIGGER order_events_stage_shipping AFTER INSERT ON order_events
WHEN NEW.kind = 'shipped' OR (NEW.kind = 'status_changed' AND instr(NEW.data, '"to":"shipped"') > 0) BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT NEW.order_id, 'shipping', substr(NEW.at, 1, 10),
           max(0, (CAST(strftime('%s', NEW.at) AS INTEGER) - CAST(strftime('%s', r.at) AS INTEGER) + 1800) / 3600)
    FROM (SELECT id, at FROM order_events WHERE order_id = NEW.order_id AND kind = 'status_changed'
            AND instr(data, '"to":"ready_to_ship"') > 0 AND id < NEW.id ORDER BY id DESC LIMIT 1) r
    WHERE NOT EXISTS (SELECT 1 FROM order_events s WHERE s.order_id = NEW.order_id AND s.id > r.id
                        AND s.id < NEW.id AND (s.kind = 'shipped' OR (s.kind = 'status_changed'
                        AND instr(s.data, '"to":"shipped"') > 0)));
END;

CREATE TRIGGER order_events_stage_transit AFTER INSERT ON order_events
WHEN NEW.kind = 'status_changed' AND instr(NEW.data, '"to":"delivered"') > 0 BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT NEW.order_id, 'transit', substr(NEW.at, 1, 10),
           max(0, (CAST(strftime('%s', NEW.at) AS INTEGER) - CAST(strftime('%s', e.at) AS INTEGER) + 1800) / 3600)
    FROM (SELECT at FROM order_events WHERE order_id = NEW.order_id AND kind = 'status_changed'
            AND instr(data, '"to":"shipped"') > 0 AND id < NEW.id ORDER BY id DESC LIMIT 1) e;
END;

CREATE TRIGGER order_events_stage_payment AFTER INSERT ON order_events
WHEN NEW.kind = 'settlement_changed' AND instr(NEW.data, '"to":"paid"') > 0 BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT NEW.order_id, 'payment', substr(NEW.at, 1, 10),
           max(0, (CAST(strftime('%s', NEW.at) AS INTEGER) - CAST(strftime('%s', e.at) AS INTEGER) + 1800) / 3600)
    FROM (SELECT at FROM order_events WHERE order_id = NEW.order_id AND kind = 'settlement_changed'
            AND instr(data, '"from":"unbilled"') > 0 AND id < NEW.id ORDER BY id DESC LIMIT 1) e;
END;

-- Work steps: the queue when the step starts (after the line's previous step with a finish), the
-- work when it finishes. A step is recorded once: the first start and the first finish.
CREATE TRIGGER order_plan_steps_stage_insert AFTER INSERT ON order_plan_steps
WHEN NEW.kind = 'work' AND NEW.work_centre_id IS NOT NULL AND NEW.actual_start IS NOT NULL BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT p.order_id, 'queue:' || NEW.work_centre_id, NEW.actual_start,
           max(0, CAST(julianday(NEW.actual_start) - julianday(prev.actual_finish) - 1 AS INTEGER)) * 24
    FROM order_plans p,
         (SELECT actual_finish FROM order_plan_steps WHERE plan_id = NEW.plan_id AND line_no = NEW.line_no
            AND step_no < NEW.step_no AND kind <> 'shipping' ORDER BY step_no DESC LIMIT 1) prev
    WHERE p.id = NEW.plan_id AND prev.actual_finish IS NOT NULL;
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT p.order_id, 'work:' || NEW.work_centre_id, NEW.actual_finish,
           max(0, CAST(julianday(NEW.actual_finish) - julianday(NEW.actual_start) + 1 AS INTEGER)) * 24
    FROM order_plans p WHERE p.id = NEW.plan_id AND NEW.actual_finish IS NOT NULL;
END;

CREATE TRIGGER order_plan_steps_stage_start AFTER UPDATE OF actual_start ON order_plan_steps
WHEN NEW.kind = 'work' AND NEW.work_centre_id IS NOT NULL AND OLD.actual_start IS NULL
  AND NEW.actual_start IS NOT NULL BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT p.order_id, 'queue:' || NEW.work_centre_id, NEW.actual_start,
           max(0, CAST(julianday(NEW.actual_start) - julianday(prev.actual_finish) - 1 AS INTEGER)) * 24
    FROM order_plans p,
         (SELECT actual_finish FROM order_plan_steps WHERE plan_id = NEW.plan_id AND line_no = NEW.line_no
            AND step_no < NEW.step_no AND kind <> 'shipping' ORDER BY step_no DESC LIMIT 1) prev
    WHERE p.id = NEW.plan_id AND prev.actual_finish IS NOT NULL;
END;

CREATE TRIGGER order_plan_steps_stage_finish AFTER UPDATE OF actual_finish ON order_plan_steps
WHEN NEW.kind = 'work' AND NEW.work_centre_id IS NOT NULL AND OLD.actual_finish IS NULL
  AND NEW.actual_finish IS NOT NULL AND NEW.actual_start IS NOT NULL BEGIN
    INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
    SELECT p.order_id, 'work:' || NEW.work_centre_id, NEW.actual_finish,
           max(0, CAST(julianday(NEW.actual_finish) - julianday(NEW.actual_start) + 1 AS INTEGER)) * 24
    FROM order_plans p WHERE p.id = NEW.plan_id;
END;

-- What the timeline and the step dates already hold.
INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT c.order_id, 'confirmation', substr(c.at, 1, 10),
       max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600)
FROM order_events c
JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id
                                  AND kind = 'submitted' AND id < c.id)
WHERE c.kind = 'confirmed';

INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT c.order_id, 'reconfirmation', substr(c.at, 1, 10),
       max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600)
FROM order_events c
JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id
                                  AND kind = 'confirmed' AND id < c.id)
WHERE c.kind = 'confirmed';

INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT c.order_id, 'planning', substr(c.at, 1, 10),
       max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600)
FROM order_events c
JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id
                                  AND kind = 'confirmed' AND id < c.id)
WHERE c.kind = 'status_changed' AND instr(c.data, '"to":"planned"') > 0;

INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT c.order_id, 'shipping', substr(c.at, 1, 10),
       max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', r.at) AS INTEGER) + 1800) / 3600)
FROM order_events c
JOIN order_events r ON r.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id
                                  AND kind = 'status_changed' AND instr(data, '"to":"ready_to_ship"') > 0
                                  AND id < c.id)
WHERE (c.kind = 'shipped' OR (c.kind = 'status_changed' AND instr(c.data, '"to":"shipped"') > 0))
  AND NOT EXISTS (SELECT 1 FROM order_events s WHERE s.order_id = c.order_id AND s.id > r.id AND s.id < c.id
                    AND (s.kind = 'shipped' OR (s.kind = 'status_changed' AND instr(s.data, '"to":"shipped"') > 0)));

INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT c.order_id, 'transit', substr(c.at, 1, 10),
       max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600)
FROM order_events c
JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id
                                  AND kind = 'status_changed' AND instr(data, '"to":"shipped"') > 0
                                  AND id < c.id)
WHERE c.kind = 'status_changed' AND instr(c.data, '"to":"delivered"') > 0;

INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT c.order_id, 'payment', substr(c.at, 1, 10),
       max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600)
FROM order_events c
JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id
                                  AND kind = 'settlement_changed' AND instr(data, '"from":"unbilled"') > 0
                                  AND id < c.id)
WHERE c.kind = 'settlement_changed' AND instr(c.data, '"to":"paid"') > 0;

INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT p.order_id, 'queue:' || st.work_centre_id, st.actual_start,
       max(0, CAST(julianday(st.actual_start) - julianday(prev.actual_finish) - 1 AS INTEGER)) * 24
FROM order_plan_steps st
JOIN order_plans p ON p.id = st.plan_id
JOIN order_plan_steps prev ON prev.id = (SELECT id FROM order_plan_steps WHERE plan_id = st.plan_id
                                           AND line_no = st.line_no AND step_no < st.step_no
                                           AND kind <> 'shipping' ORDER BY step_no DESC LIMIT 1)
WHERE st.kind = 'work' AND st.work_centre_id IS NOT NULL AND st.actual_start IS NOT NULL
  AND prev.actual_finish IS NOT NULL;

INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)
SELECT p.order_id, 'work:' || st.work_centre_id, st.actual_finish,
       max(0, CAST(julianday(st.actual_finish) - julianday(st.actual_start) + 1 AS INTEGER)) * 24
FROM order_plan_steps st JOIN order_plans p ON p.id = st.plan_id
WHERE st.kind = 'work' AND st.work_centre_id IS NOT NULL AND st.actual_start IS NOT NULL
  AND st.actual_finish IS NOT NULL;
