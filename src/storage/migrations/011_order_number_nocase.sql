-- OrderDesk schema, version 9: order numbers are unique whatever their case (SO-2026-000466 and
-- so-2026-000466 are the same order for anyone reading them); this index answers the
-- case-insensitive look-up an import makes for each number in its file.
CREATE INDEX orders_order_no_nocase ON orders (order_no COLLATE NOCASE);
