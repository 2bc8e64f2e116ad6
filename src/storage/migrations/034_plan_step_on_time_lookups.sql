-- OrderDesk schema, version 34: the on-time summary's plan-step triggers look only at the order's
-- own plans.
--
-- Whether another step of the same order already counts the order for a work centre was looked
-- up through the index of every step of that centre (SQLite's choice without statistics), once
-- per step inserted, also for orders not delivered: committing many plans took time growing with
-- the square of their number (600 plans: about 3 s). Now the order's deliveries row is found
-- first (the look-up refers to it, so it runs only for a delivered order), and the order's plans
-- and then their steps are read by their own keys: CROSS JOIN keeps that order, and the unary +
-- keeps SQLite from the centre's index.
DROP TRIGGER order_plan_steps_on_time_insert;
DROP TRIGGER order_plan_steps_on_time_delete;
DROP TRIGGER order_plan_steps_on_time_update;

CREATE TRIGGER order_plan_steps_on_time_insert AFTER INSERT ON order_plan_steps
WHEN NEW.work_centre_id IS NOT NULL
BEGIN
    INSERT INTO on_time_work_centre_days (delivered_on, work_centre_id, delivered, on_time, late, days_late)
    SELECT d.delivered_on, NEW.work_centre_id, 1, d.days_late = 0, d.days_late > 0, d.days_late
    FROM order_plans p JOIN order_deliveries d ON d.order_id = p.order_id
    WHERE p.id = NEW.plan_id
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 CROSS JOIN order_plan_steps s
                        WHERE p2.order_id = d.order_id AND s.plan_id = p2.id
                          AND +s.work_centre_id = NEW.work_centre_id AND s.id <> NEW.id)
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
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 CROSS JOIN order_plan_steps s
                        WHERE p2.order_id = d.order_id AND s.plan_id = p2.id
                          AND +s.work_centre_id = OLD.work_centre_id)
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
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 CROSS JOIN order_plan_steps s
                        WHERE p2.order_id = d.order_id AND s.plan_id = p2.id
                          AND +s.work_centre_id = OLD.work_centre_id)
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
      AND NOT EXISTS (SELECT 1 FROM order_plans p2 CROSS JOIN order_plan_steps s
                        WHERE p2.order_id = d.order_id AND s.plan_id = p2.id
                          AND +s.work_centre_id = NEW.work_centre_id AND s.id <> NEW.id)
    ON CONFLICT (delivered_on, work_centre_id) DO UPDATE SET
        delivered = delivered + 1, on_time = on_time + excluded.on_time, late = late + excluded.late,
        days_late = days_late + excluded.days_late;
END;
