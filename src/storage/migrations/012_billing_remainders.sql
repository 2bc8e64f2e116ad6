-- OrderDesk schema, version 12: the Invoicing queue costs what it lists. Orders shipped and never
-- invoiced are found through a partial index of unbilled orders; the few invoiced only in part
-- (a shipped part, a deposit, goods credited back) are kept in billing_remainders, which triggers
-- keep true whoever writes invoices: an order whose settlement state leaves 'unbilled', any
-- invoice line of an order already listed, and any credit note line are checked again.
DROP INDEX orders_billable;
CREATE INDEX orders_unbilled ON orders (order_date, id)
    WHERE status IN ('shipped', 'delivered', 'completed') AND settlement_status = 'unbilled';

CREATE TABLE billing_remainders (
    order_id INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE
);

-- Is anything of order X left to invoice: a line ordered beyond what its goods invoice lines
-- billed, net of what credit notes gave back.
CREATE VIEW order_lines_left_to_bill AS
SELECT ol.order_id, ol.line_no FROM order_lines ol
WHERE ol.quantity > coalesce((SELECT sum(il.quantity) FROM invoice_lines il WHERE il.order_id = ol.order_id
                              AND il.order_line_no = ol.line_no AND il.kind = 'goods'), 0)
                    - coalesce((SELECT sum(cl.quantity) FROM invoice_lines il JOIN credit_note_lines cl
                                ON cl.invoice_line_id = il.id WHERE il.order_id = ol.order_id
                                AND il.order_line_no = ol.line_no), 0);

INSERT INTO billing_remainders (order_id)
SELECT o.id FROM orders o WHERE o.settlement_status <> 'unbilled'
    AND EXISTS (SELECT 1 FROM order_lines_left_to_bill l WHERE l.order_id = o.id);

CREATE TRIGGER billing_remainders_on_settlement AFTER UPDATE OF settlement_status ON orders
WHEN NEW.settlement_status IS NOT OLD.settlement_status
BEGIN
    DELETE FROM billing_remainders WHERE order_id = NEW.id;
    INSERT INTO billing_remainders (order_id)
    SELECT NEW.id WHERE NEW.settlement_status <> 'unbilled'
        AND EXISTS (SELECT 1 FROM order_lines_left_to_bill l WHERE l.order_id = NEW.id);
END;

CREATE TRIGGER billing_remainders_on_invoice_line AFTER INSERT ON invoice_lines
WHEN EXISTS (SELECT 1 FROM billing_remainders WHERE order_id = NEW.order_id)
BEGIN
    DELETE FROM billing_remainders WHERE order_id = NEW.order_id
        AND NOT EXISTS (SELECT 1 FROM order_lines_left_to_bill l WHERE l.order_id = NEW.order_id);
END;

CREATE TRIGGER billing_remainders_on_credit_line AFTER INSERT ON credit_note_lines
WHEN NEW.invoice_line_id IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO billing_remainders (order_id)
    SELECT o.id FROM invoice_lines il JOIN orders o ON o.id = il.order_id
    WHERE il.id = NEW.invoice_line_id AND o.settlement_status <> 'unbilled'
        AND EXISTS (SELECT 1 FROM order_lines_left_to_bill l WHERE l.order_id = o.id);
END;
