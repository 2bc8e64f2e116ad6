-- OrderDesk schema, version 1.
-- Money columns hold integers in the currency's minor unit; unit prices in 1/10,000 of the unit;
-- quantities in thousandths; percentages in basis points. Timestamps are UTC ISO-8601 text,
-- calendar dates YYYY-MM-DD.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('salesperson', 'manager', 'finance_clerk', 'administrator')),
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
);

CREATE TABLE customers (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    contact            TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    credit_limit       INTEGER NOT NULL DEFAULT 0,
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    notes              TEXT NOT NULL DEFAULT '',
    active             INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE products (
    id             INTEGER PRIMARY KEY,
    sku            TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    spec           TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL DEFAULT '',
    unit_price     INTEGER NOT NULL DEFAULT 0,
    lead_time_days INTEGER NOT NULL DEFAULT 0,
    requires_spec  INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX products_name ON products (name);

-- Gap-free numbering: the counter row is updated inside the transaction that saves the order,
-- so a rolled-back save gives its number back.
CREATE TABLE order_number_counters (
    prefix     TEXT NOT NULL,
    year       INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE orders (
    id                 INTEGER PRIMARY KEY,
    order_no           TEXT NOT NULL UNIQUE,
    customer_id        INTEGER NOT NULL REFERENCES customers (id),
    salesperson_id     INTEGER NOT NULL REFERENCES users (id),
    -- Names as they were on the order: the list sorts and searches them without joins.
    customer_name      TEXT NOT NULL,
    salesperson_name   TEXT NOT NULL,
    status             TEXT NOT NULL,
    held_from_status   TEXT,
    settlement_status  TEXT NOT NULL DEFAULT 'unbilled',
    order_date         TEXT NOT NULL,
    requested_date     TEXT,
    promised_date      TEXT,
    revision           INTEGER NOT NULL DEFAULT 1,
    last_sent_revision INTEGER NOT NULL DEFAULT 0,
    currency           TEXT NOT NULL DEFAULT 'CNY',
    tax_rate_bp        INTEGER NOT NULL DEFAULT 0,
    notes              TEXT NOT NULL DEFAULT '',
    subtotal           INTEGER NOT NULL DEFAULT 0,
    tax                INTEGER NOT NULL DEFAULT 0,
    total              INTEGER NOT NULL DEFAULT 0,
    line_count         INTEGER NOT NULL DEFAULT 0,
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
-- One index per sortable column of the Orders list (id breaks ties), plus the filters.
CREATE INDEX orders_order_date ON orders (order_date, id);
CREATE INDEX orders_requested_date ON orders (requested_date, id);
CREATE INDEX orders_promised_date ON orders (promised_date, id);
CREATE INDEX orders_customer_name ON orders (customer_name, id);
CREATE INDEX orders_salesperson_name ON orders (salesperson_name, id);
CREATE INDEX orders_total ON orders (total, id);
CREATE INDEX orders_status_requested ON orders (status, requested_date, id);
CREATE INDEX orders_status_order_date ON orders (status, order_date, id);
CREATE INDEX orders_customer ON orders (customer_id, order_date, id);
CREATE INDEX orders_salesperson ON orders (salesperson_id, order_date, id);
-- A customer's open orders and their totals, for the credit-limit check on every save: a big
-- customer has thousands of completed orders that this index leaves out.
CREATE INDEX orders_customer_open ON orders (customer_id, total) WHERE status NOT IN ('completed', 'cancelled');

CREATE TABLE order_lines (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no        INTEGER NOT NULL,
    product_id     INTEGER NOT NULL REFERENCES products (id),
    description    TEXT NOT NULL DEFAULT '',
    quantity       INTEGER NOT NULL,
    unit           TEXT NOT NULL DEFAULT '',
    unit_price     INTEGER NOT NULL,
    discount_bp    INTEGER NOT NULL DEFAULT 0,
    amount         INTEGER NOT NULL,
    requested_date TEXT,
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_product ON order_lines (product_id, order_id);

-- Earlier revisions of an order, as they were when replaced (JSON of header and lines).
CREATE TABLE order_revisions (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL,
    snapshot   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (order_id, revision)
);

CREATE TABLE order_events (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    user_id  INTEGER REFERENCES users (id),
    kind     TEXT NOT NULL,
    revision INTEGER NOT NULL,
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_events_order ON order_events (order_id, id);

CREATE TABLE confirmations (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    revision          INTEGER NOT NULL,
    contact_name      TEXT NOT NULL,
    channel           TEXT NOT NULL,
    confirmed_at      TEXT NOT NULL,
    remarks           TEXT NOT NULL DEFAULT '',
    recorded_by       INTEGER REFERENCES users (id),
    recorded_at       TEXT NOT NULL,
    attachment_path   TEXT NOT NULL DEFAULT '',
    attachment_sha256 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX confirmations_order ON confirmations (order_id, revision);

-- Full-text search over an order's number, customer, products and line descriptions.
-- The trigram tokenizer matches any part of a word, which is what Chinese names need
-- (there are no spaces between words). Kept in step with orders by the repository.
CREATE VIRTUAL TABLE order_search USING fts5 (text, tokenize = 'trigram');
