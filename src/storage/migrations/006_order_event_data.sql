-- OrderDesk schema, version 6: the facts of a timeline event (statuses, counts, amounts, who
-- confirmed how) as JSON, so that the timeline is worded in the reader's language when it is
-- shown. `detail` keeps the sentence as written at the time, for events recorded before.
ALTER TABLE order_events ADD COLUMN data TEXT NOT NULL DEFAULT '';
