-- The orders finance still has to invoice: shipped (or further) and not fully billed. The
-- Invoicing page lists them oldest first; this partial index holds only them, so the list costs
-- the same in a book of a million orders as in a small one.
CREATE INDEX orders_billable ON orders (order_date, id)
    WHERE status IN ('shipped', 'delivered', 'completed')
      AND settlement_status IN ('unbilled', 'invoiced', 'partially_paid');
