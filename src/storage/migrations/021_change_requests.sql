-- Change requests (变更): what a customer asked to change on an order that is confirmed or later,
-- the impact it had when asked, and the manager's decision. The order itself changes only when a
-- request is approved, in the approval's transaction.

CREATE TABLE change_requests (
    id                INTEGER PRIMARY KEY,
    change_no         TEXT NOT NULL UNIQUE,
    order_id          INTEGER NOT NULL REFERENCES orders (id),
    base_revision     INTEGER NOT NULL,
    base_version      INTEGER NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('draft', 'waiting_approval', 'approved', 'rejected',
                                                      'waiting_customer', 'done')),
    requested_by      INTEGER NOT NULL REFERENCES users (id),
    requested_at      TEXT NOT NULL,
    contact           TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 2000),
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'wechat', 'visit', 'document')),
    reason            TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    requested_date    TEXT,
    address           TEXT CHECK (address IS NULL OR length(address) <= 2000),
    cancel            INTEGER NOT NULL DEFAULT 0 CHECK (cancel IN (0, 1)),
    cancel_charge     INTEGER NOT NULL DEFAULT 0 CHECK (cancel_charge >= 0),
    scrap_cost        INTEGER NOT NULL DEFAULT 0 CHECK (scrap_cost >= 0),
    scrap_note        TEXT NOT NULL DEFAULT '' CHECK (length(scrap_note) <= 2000),
    -- The impact when it was asked, for the lists.
    old_total         INTEGER NOT NULL,
    new_total         INTEGER NOT NULL,
    old_earliest      TEXT,
    new_earliest      TEXT,
    orders_pushed     INTEGER NOT NULL DEFAULT 0,
    over_credit_limit INTEGER NOT NULL DEFAULT 0 CHECK (over_credit_limit IN (0, 1)),
    decided_by        INTEGER REFERENCES users (id),
    decided_at        TEXT,
    decision_note     TEXT NOT NULL DEFAULT '' CHECK (length(decision_note) <= 2000),
    new_revision      INTEGER,
    -- Decided means who and when, never half of it; a charge only with a cancellation.
    CHECK ((decided_at IS NULL) = (decided_by IS NULL)),
    CHECK (cancel = 1 OR cancel_charge = 0),
    CHECK ((status IN ('draft', 'waiting_approval')) = (decided_at IS NULL))
);

-- One undecided request per order at a time: a second one waits until the first is decided.
CREATE UNIQUE INDEX change_requests_one_open ON change_requests (order_id)
    WHERE status IN ('draft', 'waiting_approval');
CREATE INDEX change_requests_by_order ON change_requests (order_id, requested_at);
CREATE INDEX change_requests_by_status ON change_requests (status, requested_at);
CREATE INDEX change_requests_by_requester ON change_requests (requested_by, status);

-- The line changes of a request: a line's new quantity, price or specification, a line added, a line
-- removed.
CREATE TABLE change_request_lines (
    id          INTEGER PRIMARY KEY,
    change_id   INTEGER NOT NULL REFERENCES change_requests (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('quantity', 'price', 'spec', 'add', 'remove')),
    line_no     INTEGER,
    product_id  INTEGER REFERENCES products (id),
    quantity    INTEGER,
    unit_price  INTEGER,
    spec        TEXT CHECK (spec IS NULL OR length(spec) <= 2000),
    CHECK ((kind = 'add') = (product_id IS NOT NULL)),
    CHECK (kind = 'add' OR line_no IS NOT NULL)
);

CREATE INDEX change_request_lines_by_change ON change_request_lines (change_id);
