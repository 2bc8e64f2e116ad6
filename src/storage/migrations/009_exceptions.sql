-- Exceptions (异常): something that went wrong with an order, its owner and response plan, every
-- contact with the customer about it, and the resolution it was closed with.

CREATE TABLE order_exceptions (
    id             INTEGER PRIMARY KEY,
    exception_no   TEXT NOT NULL UNIQUE,
    order_id       INTEGER NOT NULL REFERENCES orders (id),
    kind           TEXT NOT NULL CHECK (kind IN ('quality', 'material', 'equipment', 'logistics', 'dispute', 'payment')),
    severity       TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    description    TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    owner_id       INTEGER NOT NULL REFERENCES users (id),
    raised_by      INTEGER NOT NULL REFERENCES users (id),
    raised_at      TEXT NOT NULL,
    due_date       TEXT,
    response_plan  TEXT NOT NULL DEFAULT '' CHECK (length(response_plan) <= 2000),
    resolution     TEXT CHECK (resolution IS NULL OR length(resolution) BETWEEN 1 AND 2000),
    cost           INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    resolved_at    TEXT,
    resolved_by    INTEGER REFERENCES users (id),
    -- Closed means resolved, with who and when; never half of it.
    CHECK ((resolved_at IS NULL) = (resolution IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL))
);

CREATE INDEX order_exceptions_by_order ON order_exceptions (order_id);
-- The open ones, oldest first: the Exceptions view and each owner's list.
CREATE INDEX order_exceptions_open ON order_exceptions (raised_at) WHERE resolved_at IS NULL;
CREATE INDEX order_exceptions_by_owner ON order_exceptions (owner_id, raised_at) WHERE resolved_at IS NULL;

CREATE TABLE order_exception_contacts (
    id               INTEGER PRIMARY KEY,
    exception_id     INTEGER NOT NULL REFERENCES order_exceptions (id),
    at               TEXT NOT NULL,
    user_id          INTEGER NOT NULL REFERENCES users (id),
    customer_contact TEXT NOT NULL DEFAULT '',
    channel          TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'wechat', 'visit', 'document')),
    text             TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000)
);

CREATE INDEX order_exception_contacts_by_exception ON order_exception_contacts (exception_id, at);
