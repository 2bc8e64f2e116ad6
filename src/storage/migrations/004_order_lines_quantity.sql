-- OrderDesk schema, version 4: the largest quantity ordered of a product is one index lookup,
-- for the intake's warning about a quantity far beyond anything ordered before.
CREATE INDEX order_lines_product_quantity ON order_lines (product_id, quantity);
