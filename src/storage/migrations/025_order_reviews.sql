-- OrderDesk schema, version 25: the post-analysis (事后分析) of an order delivered late or with an
-- exception: what caused it (one cause key), what happened, the lesson, who wrote it and when,
-- and the lesson learnt made from it, if any. One review per order; a review is never edited.
CREATE TABLE order_reviews (
    order_id    INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    cause       TEXT NOT NULL CHECK (cause IN ('capacity', 'material', 'quality', 'customer_change',
                                               'logistics', 'payment', 'other')),
    happened    TEXT NOT NULL CHECK (length(trim(happened)) > 0),
    lesson      TEXT NOT NULL DEFAULT '',
    reviewer_id INTEGER NOT NULL REFERENCES users (id),
    reviewed_at TEXT NOT NULL,
    lesson_id   INTEGER REFERENCES lessons (id) ON DELETE SET NULL
) WITHOUT ROWID;
CREATE INDEX order_reviews_cause ON order_reviews (cause, order_id);

CREATE TRIGGER order_reviews_kept BEFORE UPDATE OF order_id, cause, happened, lesson, reviewer_id, reviewed_at
ON order_reviews BEGIN
    SELECT RAISE(ABORT, 'a review is never edited');
END;
