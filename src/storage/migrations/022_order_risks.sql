-- The early warning (预警): each open order's risk level, when its remaining steps are forecast to
-- finish, why (a compact JSON list of reasons with their facts and next action), when it was
-- computed and since when the order has been at this level. Only open orders not yet shipped
-- have a row. The partial index keeps "at risk / late" lists and counts to the flagged orders.

CREATE TABLE order_risks (
    order_id      INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    level         TEXT NOT NULL CHECK (level IN ('on_track', 'at_risk', 'late')),
    forecast_date TEXT,
    reasons       TEXT NOT NULL DEFAULT '[]',
    computed_at   TEXT NOT NULL,
    level_since   TEXT NOT NULL
);
CREATE INDEX order_risks_flagged ON order_risks (level, level_since, order_id) WHERE level <> 'on_track';

-- When each user last looked at what became at risk or late, for the notice at start.
CREATE TABLE risk_seen (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    seen_at TEXT NOT NULL
);
