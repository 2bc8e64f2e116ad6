-- OrderDesk schema, version 16: a customer's credit exposure costs what it lists. The open orders
-- of a customer are indexed by their settlement state as well, so that the total of those never
-- invoiced is read from the index alone; only the few invoiced in part (billing_remainders) are
-- looked at one by one.
DROP INDEX orders_customer_open;
CREATE INDEX orders_customer_open ON orders (customer_id, settlement_status, total)
    WHERE status NOT IN ('completed', 'cancelled');
