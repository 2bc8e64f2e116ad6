-- OrderDesk schema, version 18: the lessons learnt (经验库). A lesson is a short text, written
-- directly or from an order's review, tagged with the customers and products it is about, so that
-- intake can show it when that customer or product is chosen. Lessons are only ever added.
CREATE TABLE lessons (
    id         INTEGER PRIMARY KEY,
    body       TEXT NOT NULL,
    order_id   INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE TABLE lesson_customers (
    lesson_id   INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    PRIMARY KEY (customer_id, lesson_id)
) WITHOUT ROWID;
CREATE TABLE lesson_products (
    lesson_id  INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    PRIMARY KEY (product_id, lesson_id)
) WITHOUT ROWID;
CREATE TRIGGER lessons_kept BEFORE UPDATE ON lessons BEGIN
    SELECT RAISE(ABORT, 'a lesson is never edited');
END;
