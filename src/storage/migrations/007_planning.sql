-- OrderDesk schema, version 4: planning from real capacity. Work centres and the company
-- calendar give the hours available per day, routings the steps of each product, order plans
-- the steps of each order revision, and work_centre_load the hours committed plans take per
-- work centre and day. Hours are integers in thousandths of an hour, efficiency in basis points,
-- quantities in thousandths, dates YYYY-MM-DD.

CREATE TABLE work_centres (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    department      TEXT NOT NULL DEFAULT '',
    hours_per_shift INTEGER NOT NULL CHECK (hours_per_shift > 0),
    shifts          INTEGER NOT NULL DEFAULT 1 CHECK (shifts > 0),
    units           INTEGER NOT NULL DEFAULT 1 CHECK (units > 0),
    efficiency_bp   INTEGER NOT NULL DEFAULT 10000 CHECK (efficiency_bp > 0),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- The working weekdays (ISO digits, Monday = 1) and the working days shipping takes.
CREATE TABLE planning_settings (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    working_weekdays      TEXT NOT NULL,
    shipping_working_days INTEGER NOT NULL CHECK (shipping_working_days >= 0)
);
INSERT INTO planning_settings (id, working_weekdays, shipping_working_days) VALUES (1, '12345', 1);

-- The dates that differ from the working weekdays, for the whole company (work_centre_id NULL)
-- or for one work centre: at most one entry per date and work centre. Overtime has hours (per
-- unit of the centre); a holiday or make-up working day has none.
CREATE TABLE calendar_days (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('holiday', 'workday', 'overtime')),
    work_centre_id INTEGER REFERENCES work_centres (id),
    hours          INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'overtime' AND hours > 0) OR (kind <> 'overtime' AND hours = 0))
);
CREATE UNIQUE INDEX calendar_days_day_centre ON calendar_days (day, coalesce(work_centre_id, 0));
CREATE INDEX calendar_days_centre ON calendar_days (work_centre_id);

-- China's public holidays and make-up working days (调休) for 2025 and 2026 as the State
-- Council's General Office announced them (notices of 2024-11-12 and 2025-11-04). Later years
-- are announced each November; users enter or import them.
INSERT INTO calendar_days (day, kind) VALUES
    ('2025-01-01', 'holiday'),
    ('2025-01-26', 'workday'),
    ('2025-01-28', 'holiday'),
    ('2025-01-29', 'holiday'),
    ('2025-01-30', 'holiday'),
    ('2025-01-31', 'holiday'),
    ('2025-02-01', 'holiday'),
    ('2025-02-02', 'holiday'),
    ('2025-02-03', 'holiday'),
    ('2025-02-04', 'holiday'),
    ('2025-02-08', 'workday'),
    ('2025-04-04', 'holiday'),
    ('2025-04-05', 'holiday'),
    ('2025-04-06', 'holiday'),
    ('2025-04-27', 'workday'),
    ('2025-05-01', 'holiday'),
    ('2025-05-02', 'holiday'),
    ('2025-05-03', 'holiday'),
    ('2025-05-04', 'holiday'),
    ('2025-05-05', 'holiday'),
    ('2025-05-31', 'holiday'),
    ('2025-06-01', 'holiday'),
    ('2025-06-02', 'holiday'),
    ('2025-09-28', 'workday'),
    ('2025-10-01', 'holiday'),
    ('2025-10-02', 'holiday'),
    ('2025-10-03', 'holiday'),
    ('2025-10-04', 'holiday'),
    ('2025-10-05', 'holiday'),
    ('2025-10-06', 'holiday'),
    ('2025-10-07', 'holiday'),
    ('2025-10-08', 'holiday'),
    ('2025-10-11', 'workday'),
    ('2026-01-01', 'holiday'),
    ('2026-01-02', 'holiday'),
    ('2026-01-03', 'holiday'),
    ('2026-01-04', 'workday'),
    ('2026-02-14', 'workday'),
    ('2026-02-15', 'holiday'),
    ('2026-02-16', 'holiday'),
    ('2026-02-17', 'holiday'),
    ('2026-02-18', 'holiday'),
    ('2026-02-19', 'holiday'),
    ('2026-02-20', 'holiday'),
    ('2026-02-21', 'holiday'),
    ('2026-02-22', 'holiday'),
    ('2026-02-23', 'holiday'),
    ('2026-02-28', 'workday'),
    ('2026-04-04', 'holiday'),
    ('2026-04-05', 'holiday'),
    ('2026-04-06', 'holiday'),
    ('2026-05-01', 'holiday'),
    ('2026-05-02', 'holiday'),
    ('2026-05-03', 'holiday'),
    ('2026-05-04', 'holiday'),
    ('2026-05-05', 'holiday'),
    ('2026-05-09', 'workday'),
    ('2026-06-19', 'holiday'),
    ('2026-06-20', 'holiday'),
    ('2026-06-21', 'holiday'),
    ('2026-09-20', 'workday'),
    ('2026-09-25', 'holiday'),
    ('2026-09-26', 'holiday'),
    ('2026-09-27', 'holiday'),
    ('2026-10-01', 'holiday'),
    ('2026-10-02', 'holiday'),
    ('2026-10-03', 'holiday'),
    ('2026-10-04', 'holiday'),
    ('2026-10-05', 'holiday'),
    ('2026-10-06', 'holiday'),
    ('2026-10-07', 'holiday'),
    ('2026-10-10', 'workday');

-- A product's routing: its steps in order of step_no. A step without a work centre is a
-- purchased material arriving purchase_lead_days calendar days after it is ordered.
CREATE TABLE routing_steps (
    id                 INTEGER PRIMARY KEY,
    product_id         INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    step_no            INTEGER NOT NULL CHECK (step_no > 0),
    name               TEXT NOT NULL,
    work_centre_id     INTEGER REFERENCES work_centres (id),
    setup_hours        INTEGER NOT NULL DEFAULT 0 CHECK (setup_hours >= 0),
    run_hours_per_unit INTEGER NOT NULL DEFAULT 0 CHECK (run_hours_per_unit >= 0),
    wait_days          INTEGER NOT NULL DEFAULT 0 CHECK (wait_days >= 0),
    purchase_lead_days INTEGER NOT NULL DEFAULT 0 CHECK (purchase_lead_days >= 0),
    UNIQUE (product_id, step_no)
);
CREATE INDEX routing_steps_work_centre ON routing_steps (work_centre_id);

-- The plan of one order revision. A committed plan's hours are in work_centre_load; a released
-- one (its revision replaced, the order cancelled) keeps its steps for the record and no load.
CREATE TABLE order_plans (
    id                  INTEGER PRIMARY KEY,
    order_id            INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    revision            INTEGER NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('committed', 'released')),
    planned_from        TEXT NOT NULL,
    earliest_completion TEXT NOT NULL,
    promised_date       TEXT,
    override_reason     TEXT NOT NULL DEFAULT '',
    committed_by        INTEGER REFERENCES users (id),
    committed_at        TEXT NOT NULL,
    released_at         TEXT,
    UNIQUE (order_id, revision)
);
CREATE INDEX order_plans_committed ON order_plans (status, order_id);

-- The steps of a plan: every routing step of every line (line_no, step_no), and the order's
-- shipping step (line_no 0). quantity is the line's, which progress is reported against.
CREATE TABLE order_plan_steps (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES order_plans (id) ON DELETE CASCADE,
    line_no        INTEGER NOT NULL,
    step_no        INTEGER NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('work', 'purchase', 'lead_time', 'shipping')),
    work_centre_id INTEGER REFERENCES work_centres (id),
    hours          INTEGER NOT NULL DEFAULT 0,
    quantity       INTEGER NOT NULL DEFAULT 0,
    wait_days      INTEGER NOT NULL DEFAULT 0,
    owner_user_id  INTEGER REFERENCES users (id),
    planned_start  TEXT NOT NULL,
    planned_finish TEXT NOT NULL,
    not_before     TEXT,
    actual_start   TEXT,
    actual_finish  TEXT,
    quantity_done  INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'started', 'finished')),
    UNIQUE (plan_id, line_no, step_no)
);
CREATE INDEX order_plan_steps_owner ON order_plan_steps (owner_user_id, status);
CREATE INDEX order_plan_steps_centre ON order_plan_steps (work_centre_id, planned_start);

-- The hours each work step takes on its work centre per day, as planned.
CREATE TABLE order_plan_step_days (
    step_id INTEGER NOT NULL REFERENCES order_plan_steps (id) ON DELETE CASCADE,
    day     TEXT NOT NULL,
    hours   INTEGER NOT NULL CHECK (hours > 0),
    PRIMARY KEY (step_id, day)
);
CREATE INDEX order_plan_step_days_day ON order_plan_step_days (day);

-- The sum of order_plan_step_days over committed plans per work centre and day, kept in the
-- same transaction as the plans: planning reads a year of load as a few thousand rows instead
-- of summing every step of every open order.
CREATE TABLE work_centre_load (
    work_centre_id INTEGER NOT NULL REFERENCES work_centres (id),
    day            TEXT NOT NULL,
    hours          INTEGER NOT NULL,
    PRIMARY KEY (work_centre_id, day)
);
