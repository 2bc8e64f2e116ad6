-- OrderDesk schema, version 13: shipments (发货). An order leaves in one or several shipments,
-- each with the quantity of each order line it carries (by the line's number, which stays when
-- an order's lines are rewritten), its carrier and tracking number, and its delivery once the
-- customer signed for it. The order becomes shipped when every line has left in full, and
-- delivered when every shipment is.
CREATE TABLE shipments (
    id           INTEGER PRIMARY KEY,
    shipment_no  TEXT NOT NULL UNIQUE,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    ship_date    TEXT NOT NULL,
    carrier      TEXT NOT NULL,
    tracking_no  TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    delivered_on TEXT,
    received_by  TEXT NOT NULL DEFAULT '',
    created_by   INTEGER REFERENCES users (id),
    created_at   TEXT NOT NULL
);
CREATE INDEX shipments_order ON shipments (order_id, ship_date);
-- Shipments on their way, oldest first.
CREATE INDEX shipments_in_transit ON shipments (ship_date, id) WHERE delivered_on IS NULL;

CREATE TABLE shipment_lines (
    shipment_id   INTEGER NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    order_line_no INTEGER NOT NULL,
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, order_line_no)
);

-- The orders ready to ship, oldest promise first.
CREATE INDEX orders_ready_to_ship ON orders (promised_date, id) WHERE status = 'ready_to_ship';
