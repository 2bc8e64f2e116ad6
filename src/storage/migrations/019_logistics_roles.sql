-- OrderDesk schema, version 19: two more roles, the production planner (生产计划员) and the
-- logistics clerk (物流). SQLite cannot change a CHECK constraint in place, so the users table is
-- rebuilt with the same columns and ids. Every table that refers to users keeps its rows: the
-- foreign keys are checked at the commit, when the users are back under the same ids.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE users_before_roles AS SELECT id, name, display_name, role, active, created_at, password_hash,
    failed_attempts, last_failed_at FROM users;
DROP TABLE users;
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('salesperson', 'manager', 'finance_clerk', 'administrator',
                                                  'production_planner', 'logistics_clerk')),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    password_hash   TEXT NOT NULL DEFAULT '',
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT
);
INSERT INTO users (id, name, display_name, role, active, created_at, password_hash, failed_attempts,
    last_failed_at) SELECT id, name, display_name, role, active, created_at, password_hash, failed_attempts,
    last_failed_at FROM users_before_roles;
DROP TABLE users_before_roles;
