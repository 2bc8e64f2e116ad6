-- Automation rules (自动化规则) the manager switches on and tunes, and every time one fired.
-- The credit hold after N days overdue is not a row here: it is the settlement setting itself
-- (settings settlement.hold_when_overdue and settlement.overdue_days), one value in one place.
CREATE TABLE automation_rules (
    rule_key   TEXT PRIMARY KEY CHECK (rule_key <> 'credit_hold_overdue'),
    enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    changed_by INTEGER REFERENCES users (id),
    changed_at TEXT
);

-- A rule's parameters in stored units: days, or money in minor units.
CREATE TABLE automation_rule_parameters (
    rule_key TEXT NOT NULL REFERENCES automation_rules (rule_key),
    name     TEXT NOT NULL,
    value    INTEGER NOT NULL,
    PRIMARY KEY (rule_key, name)
) WITHOUT ROWID;

-- A new company's rules: the reminders My work had before the rules existed stay on (a
-- confirmation chased after 3 days, shipped orders for finance), the post-analysis is asked for;
-- approving changes without a manager is the manager's own decision to switch on.
INSERT INTO automation_rules (rule_key, enabled) VALUES
    ('confirmation_reminder', 1),
    ('small_change_approval', 0),
    ('shipped_tell_finance', 1),
    ('late_delivery_review', 1);
INSERT INTO automation_rule_parameters (rule_key, name, value) VALUES
    ('confirmation_reminder', 'days', 3),
    ('small_change_approval', 'max_difference', 50000);

-- Each firing: one rule acting once on one occasion of one subject (an order's revision waiting
-- for its customer, a shipped order, a change request, a customer's credit hold …), for a person
-- or a department, open in their My work until done or dismissed. The UNIQUE constraint is what
-- makes a rule fire once and only once per occasion, whoever runs it and however often; a
-- firing is never deleted and, once closed, never opened again.
CREATE TABLE rule_firings (
    id           INTEGER PRIMARY KEY,
    rule_key     TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('order', 'customer', 'change')),
    subject_id   INTEGER NOT NULL,
    occasion     TEXT NOT NULL DEFAULT '',
    user_id      INTEGER REFERENCES users (id),
    department   TEXT CHECK (department IN ('sales', 'production', 'logistics', 'finance', 'management')),
    fired_at     TEXT NOT NULL,
    since        TEXT,
    due          TEXT,
    detail       TEXT NOT NULL DEFAULT '',
    closed       TEXT CHECK (closed IN ('done', 'dismissed')),
    closed_at    TEXT,
    closed_by    INTEGER REFERENCES users (id),
    CHECK ((user_id IS NULL) <> (department IS NULL)),
    CHECK ((closed IS NULL) = (closed_at IS NULL)),
    UNIQUE (rule_key, subject_kind, subject_id, occasion)
);

-- My work reads the open firings of one person or one department, oldest first (each index
-- holds every open firing, so the morning's check of what is done reads one of them whole).
CREATE INDEX rule_firings_open_user ON rule_firings (user_id, fired_at) WHERE closed IS NULL;
CREATE INDEX rule_firings_open_department ON rule_firings (department, fired_at) WHERE closed IS NULL;
-- The Rules page: how often and when each rule last fired.
CREATE INDEX rule_firings_by_rule ON rule_firings (rule_key, fired_at);

CREATE TRIGGER rule_firings_kept BEFORE UPDATE OF rule_key, subject_kind, subject_id, occasion, user_id,
    department, fired_at ON rule_firings
BEGIN
    SELECT RAISE(ABORT, 'a rule firing is never moved to another rule, subject or person');
END;
CREATE TRIGGER rule_firings_closed_once BEFORE UPDATE OF closed, closed_at, closed_by ON rule_firings
    WHEN OLD.closed IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed rule firing is never opened or closed again');
END;
CREATE TRIGGER rule_firings_never_deleted BEFORE DELETE ON rule_firings
BEGIN
    SELECT RAISE(ABORT, 'a rule firing is never deleted');
END;
