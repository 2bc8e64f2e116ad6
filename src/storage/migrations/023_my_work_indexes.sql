-- My work reads a salesperson's flagged orders most urgent first (late before at risk, the
-- longest flagged first) and stops at its limit. With the index in that order the read walks it
-- and stops, instead of sorting every flagged order of every salesperson first.
DROP INDEX order_risks_flagged;
CREATE INDEX order_risks_flagged ON order_risks (level DESC, level_since, order_id) WHERE level <> 'on_track';

-- The orders a salesperson is waiting on the customer for: their confirmation queue.
CREATE INDEX orders_awaiting ON orders (salesperson_id, id) WHERE status = 'awaiting_confirmation';
