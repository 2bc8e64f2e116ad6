-- The customer's acceptance of a delivery date later than the one asked for: when a committed
-- plan promises a date past the order's requested date, the salesperson records who on the
-- customer's side accepted it, when and how, before production may start. An acceptance covers
-- every promise up to promised_date.

CREATE TABLE date_acceptances (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    revision       INTEGER NOT NULL,
    requested_date TEXT,
    promised_date  TEXT NOT NULL,
    contact_name   TEXT NOT NULL DEFAULT '',
    channel        TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'wechat', 'visit', 'document')),
    accepted_at    TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    recorded_by    INTEGER REFERENCES users (id),
    recorded_at    TEXT NOT NULL
);
CREATE INDEX date_acceptances_order ON date_acceptances (order_id, promised_date);
