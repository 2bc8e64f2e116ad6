-- OrderDesk schema, version 3: the Orders list sorts by revision too (newest first within a
-- revision, as for the other columns, with id breaking ties).
CREATE INDEX orders_revision ON orders (revision, id);
