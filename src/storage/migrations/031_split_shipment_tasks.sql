-- OrderDesk schema, version 31: "ship the finished lines now" (分批发货), a task the manager gives
-- logistics from the allocation suggestions for an order forecast late whose some lines are
-- finished. It lists in logistics' My work until its lines have left: each line's quantity is the
-- total that will have shipped of it once the finished part has left.
CREATE TABLE split_shipment_tasks (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    suggestion_key TEXT NOT NULL,
    forecast       TEXT,
    created_by     INTEGER REFERENCES users (id),
    created_at     TEXT NOT NULL,
    done_at        TEXT
);
-- The open tasks are few: My work and the Shipments page read them from this index.
CREATE INDEX split_shipment_tasks_open ON split_shipment_tasks (order_id) WHERE done_at IS NULL;

CREATE TABLE split_shipment_task_lines (
    task_id  INTEGER NOT NULL REFERENCES split_shipment_tasks (id) ON DELETE CASCADE,
    line_no  INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (task_id, line_no)
) WITHOUT ROWID;
