-- OrderDesk schema, version 26: an order's own delivery address (送货地址), where the goods go
-- when it is not the customer's address. Empty means the customer's address; a change request
-- may change it, and the delivery note and the confirmation print it.
ALTER TABLE orders ADD COLUMN delivery_address TEXT NOT NULL DEFAULT '';
