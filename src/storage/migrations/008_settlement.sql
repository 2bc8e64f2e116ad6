-- OrderDesk schema, version 4: settlement. Invoices and credit notes, payments and where they are
-- applied, write-offs, each customer's balance, collection contacts, credit holds and releases,
-- and closed months.
--
-- Money is kept honest by the schema itself, not only by the code that writes it:
--  * an invoice's credited, written-off and applied amounts and a payment's applied amount are
--    sums of their credit notes, write-offs and applications, kept by the triggers below in the
--    same statement, and CHECKs refuse an invoice with more taken off it than its total or a
--    payment applied beyond its amount;
--  * applications are only ever added (a negative one takes money back), so what was applied on
--    any past day can be read back;
--  * issued documents are never edited or deleted, and nothing dated in a closed month is added;
--  * customer_balances holds each customer's sums, kept by the same triggers, so receivables for
--    every customer do not add up a million rows; `orderdesk-cli check` recounts all of it.

-- Gap-free numbers for invoices and credit notes, per kind, prefix and year (orders keep their
-- own counters, so an invoice prefix equal to the order prefix cannot share a sequence).
CREATE TABLE document_number_counters (
    kind       TEXT NOT NULL,
    prefix     TEXT NOT NULL,
    year       INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (kind, prefix, year)
);

CREATE TABLE invoices (
    id            INTEGER PRIMARY KEY,
    invoice_no    TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    currency      TEXT NOT NULL DEFAULT 'CNY',
    invoice_date  TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    subtotal      INTEGER NOT NULL,
    tax           INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    credited      INTEGER NOT NULL DEFAULT 0,
    written_off   INTEGER NOT NULL DEFAULT 0,
    applied       INTEGER NOT NULL DEFAULT 0,
    open_amount   INTEGER NOT NULL,
    -- The official 发票 number and date, typed in when the tax system issues it.
    official_no   TEXT NOT NULL DEFAULT '',
    official_date TEXT,
    notes         TEXT NOT NULL DEFAULT '',
    created_by    INTEGER REFERENCES users (id),
    created_at    TEXT NOT NULL,
    CHECK (total = subtotal + tax AND total >= 0),
    CHECK (due_date >= invoice_date),
    CHECK (credited >= 0 AND written_off >= 0 AND applied >= 0 AND open_amount >= 0),
    CHECK (open_amount = total - credited - written_off - applied)
);
-- A customer's invoices by date with what its statement shows, so that a statement (its opening
-- balance, its totals, its lines in date order) is read from the index alone.
CREATE INDEX invoices_customer_date ON invoices (customer_id, invoice_date, invoice_no, total, official_no);
-- Open invoices only, in collection order (due date, invoice date, number) with what ageing
-- needs: a payment reads only as many as its money reaches, receivables never touch the table.
CREATE INDEX invoices_open ON invoices (customer_id, due_date, invoice_date, invoice_no, open_amount) WHERE open_amount > 0;
-- The overdue list across customers, oldest due first.
CREATE INDEX invoices_open_due ON invoices (due_date, id) WHERE open_amount > 0;
-- Invoices by date (the list; credit sales of a period for DSO; receivables as of a past day).
CREATE INDEX invoices_date ON invoices (invoice_date, customer_id, total);

CREATE TABLE invoice_lines (
    id                 INTEGER PRIMARY KEY,
    invoice_id         INTEGER NOT NULL REFERENCES invoices (id),
    line_no            INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    order_id           INTEGER NOT NULL REFERENCES orders (id),
    -- Goods lines name the order line by its number, which stays when an order's lines are
    -- rewritten (their ids do not).
    order_line_no      INTEGER,
    deposit_invoice_id INTEGER REFERENCES invoices (id),
    description        TEXT NOT NULL DEFAULT '',
    quantity           INTEGER NOT NULL DEFAULT 0,
    unit               TEXT NOT NULL DEFAULT '',
    unit_price         INTEGER NOT NULL DEFAULT 0,
    discount_bp        INTEGER NOT NULL DEFAULT 0,
    tax_rate_bp        INTEGER NOT NULL,
    amount             INTEGER NOT NULL,
    fixed_tax          INTEGER NOT NULL DEFAULT 0,
    UNIQUE (invoice_id, line_no)
);
-- What is invoiced of each order line, and the invoices of an order.
CREATE INDEX invoice_lines_order ON invoice_lines (order_id, order_line_no, invoice_id);
CREATE INDEX invoice_lines_deposit ON invoice_lines (deposit_invoice_id) WHERE deposit_invoice_id IS NOT NULL;

CREATE TABLE credit_notes (
    id            INTEGER PRIMARY KEY,
    credit_no     TEXT NOT NULL UNIQUE,
    invoice_id    INTEGER NOT NULL REFERENCES invoices (id),
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    credit_date   TEXT NOT NULL,
    reason        TEXT NOT NULL,
    subtotal      INTEGER NOT NULL,
    tax           INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    official_no   TEXT NOT NULL DEFAULT '',
    official_date TEXT,
    created_by    INTEGER REFERENCES users (id),
    created_at    TEXT NOT NULL,
    CHECK (total = subtotal + tax AND total > 0)
);
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);
CREATE INDEX credit_notes_customer_date ON credit_notes (customer_id, credit_date, credit_no, total);
CREATE INDEX credit_notes_date ON credit_notes (credit_date, customer_id, total);

CREATE TABLE credit_note_lines (
    id              INTEGER PRIMARY KEY,
    credit_note_id  INTEGER NOT NULL REFERENCES credit_notes (id),
    line_no         INTEGER NOT NULL,
    invoice_line_id INTEGER REFERENCES invoice_lines (id),
    description     TEXT NOT NULL DEFAULT '',
    quantity        INTEGER NOT NULL DEFAULT 0,
    amount          INTEGER NOT NULL,
    UNIQUE (credit_note_id, line_no)
);
CREATE INDEX credit_note_lines_invoice_line ON credit_note_lines (invoice_line_id) WHERE invoice_line_id IS NOT NULL;

-- The reference is unique per customer: the same payment can never be recorded twice.
CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    payment_date  TEXT NOT NULL,
    amount        INTEGER NOT NULL,
    method        TEXT NOT NULL,
    reference     TEXT NOT NULL,
    bill_maturity TEXT,
    note          TEXT NOT NULL DEFAULT '',
    applied       INTEGER NOT NULL DEFAULT 0,
    created_by    INTEGER REFERENCES users (id),
    created_at    TEXT NOT NULL,
    UNIQUE (customer_id, reference),
    CHECK (amount > 0 AND reference <> ''),
    CHECK (applied >= 0 AND applied <= amount)
);
CREATE INDEX payments_customer_date ON payments (customer_id, payment_date, reference, amount, method);
-- Payments with money not yet applied (the customer's advances), oldest first.
CREATE INDEX payments_unapplied ON payments (customer_id, payment_date, id) WHERE applied < amount;
CREATE INDEX payments_date ON payments (payment_date, customer_id, amount);

CREATE TABLE payment_applications (
    id         INTEGER PRIMARY KEY,
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    amount     INTEGER NOT NULL,
    applied_on TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    CHECK (amount <> 0)
);
CREATE INDEX payment_applications_payment ON payment_applications (payment_id, invoice_id, amount);
CREATE INDEX payment_applications_invoice ON payment_applications (invoice_id, payment_id, amount);
CREATE INDEX payment_applications_date ON payment_applications (applied_on);

-- A bad debt: everything open on one invoice, approved by a manager.
CREATE TABLE write_offs (
    id             INTEGER PRIMARY KEY,
    invoice_id     INTEGER NOT NULL UNIQUE REFERENCES invoices (id),
    customer_id    INTEGER NOT NULL REFERENCES customers (id),
    write_off_date TEXT NOT NULL,
    amount         INTEGER NOT NULL,
    reason         TEXT NOT NULL,
    approved_by    INTEGER NOT NULL REFERENCES users (id),
    created_by     INTEGER REFERENCES users (id),
    created_at     TEXT NOT NULL,
    CHECK (amount > 0 AND reason <> '')
);
CREATE INDEX write_offs_customer_date ON write_offs (customer_id, write_off_date, invoice_id, amount);
CREATE INDEX write_offs_date ON write_offs (write_off_date);

-- Each customer's sums. Outstanding = invoiced − credited − written_off − applied; the advance
-- (paid, not applied) = paid − applied, never negative.
CREATE TABLE customer_balances (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
    invoiced    INTEGER NOT NULL DEFAULT 0,
    credited    INTEGER NOT NULL DEFAULT 0,
    written_off INTEGER NOT NULL DEFAULT 0,
    paid        INTEGER NOT NULL DEFAULT 0,
    applied     INTEGER NOT NULL DEFAULT 0,
    CHECK (applied >= 0 AND applied <= paid)
);

CREATE TABLE collection_contacts (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    invoice_id      INTEGER REFERENCES invoices (id),
    contacted_at    TEXT NOT NULL,
    contacted_by    INTEGER REFERENCES users (id),
    channel         TEXT NOT NULL,
    contact_name    TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    promised_date   TEXT,
    promised_amount INTEGER,
    CHECK (promised_amount IS NULL OR (promised_amount > 0 AND promised_date IS NOT NULL))
);
CREATE INDEX collection_contacts_customer ON collection_contacts (customer_id, contacted_at, id);
CREATE INDEX collection_contacts_promised ON collection_contacts (promised_date, customer_id) WHERE promised_date IS NOT NULL;

-- When the credit rules put a customer on hold and when they no longer did; at most one hold is
-- in force per customer.
CREATE TABLE credit_holds (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    placed_on   TEXT NOT NULL,
    reasons     TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    lifted_on   TEXT,
    CHECK (lifted_on IS NULL OR lifted_on >= placed_on)
);
CREATE UNIQUE INDEX credit_holds_in_force ON credit_holds (customer_id) WHERE lifted_on IS NULL;
CREATE INDEX credit_holds_customer ON credit_holds (customer_id, placed_on, id);

-- A manager's decision to let a customer on hold buy on credit until a day, with the reason.
CREATE TABLE credit_releases (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    hold_id     INTEGER REFERENCES credit_holds (id),
    released_on TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    manager_id  INTEGER NOT NULL REFERENCES users (id),
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK (valid_until >= released_on AND reason <> '')
);
CREATE INDEX credit_releases_customer ON credit_releases (customer_id, released_on, id);

-- Months finance has closed ('YYYY-MM').
CREATE TABLE closed_periods (
    month     TEXT PRIMARY KEY,
    closed_by INTEGER REFERENCES users (id),
    closed_at TEXT NOT NULL
);

-- Running sums, kept in the statement that adds each document.
CREATE TRIGGER invoices_balance AFTER INSERT ON invoices BEGIN INSERT INTO customer_balances (customer_id, invoiced) VALUES (NEW.customer_id, NEW.total) ON CONFLICT (customer_id) DO UPDATE SET invoiced = invoiced + excluded.invoiced; END;
CREATE TRIGGER credit_notes_apply AFTER INSERT ON credit_notes BEGIN UPDATE invoices SET credited = credited + NEW.total, open_amount = open_amount - NEW.total WHERE id = NEW.invoice_id; INSERT INTO customer_balances (customer_id, credited) VALUES (NEW.customer_id, NEW.total) ON CONFLICT (customer_id) DO UPDATE SET credited = credited + excluded.credited; END;
CREATE TRIGGER write_offs_apply AFTER INSERT ON write_offs BEGIN UPDATE invoices SET written_off = written_off + NEW.amount, open_amount = open_amount - NEW.amount WHERE id = NEW.invoice_id; INSERT INTO customer_balances (customer_id, written_off) VALUES (NEW.customer_id, NEW.amount) ON CONFLICT (customer_id) DO UPDATE SET written_off = written_off + excluded.written_off; END;
CREATE TRIGGER payments_balance AFTER INSERT ON payments BEGIN INSERT INTO customer_balances (customer_id, paid) VALUES (NEW.customer_id, NEW.amount) ON CONFLICT (customer_id) DO UPDATE SET paid = paid + excluded.paid; END;
CREATE TRIGGER payment_applications_apply AFTER INSERT ON payment_applications BEGIN UPDATE invoices SET applied = applied + NEW.amount, open_amount = open_amount - NEW.amount WHERE id = NEW.invoice_id; UPDATE payments SET applied = applied + NEW.amount WHERE id = NEW.payment_id; UPDATE customer_balances SET applied = applied + NEW.amount WHERE customer_id = (SELECT customer_id FROM payments WHERE id = NEW.payment_id); END;

-- What belongs together: a document of one customer refers only to that customer's documents,
-- and nothing is dated before what it refers to.
CREATE TRIGGER credit_notes_check BEFORE INSERT ON credit_notes BEGIN SELECT RAISE(ABORT, 'credit note for another customer''s invoice') WHERE NEW.customer_id <> (SELECT customer_id FROM invoices WHERE id = NEW.invoice_id); SELECT RAISE(ABORT, 'credit note dated before its invoice') WHERE NEW.credit_date < (SELECT invoice_date FROM invoices WHERE id = NEW.invoice_id); END;
CREATE TRIGGER write_offs_check BEFORE INSERT ON write_offs BEGIN SELECT RAISE(ABORT, 'write-off of another customer''s invoice') WHERE NEW.customer_id <> (SELECT customer_id FROM invoices WHERE id = NEW.invoice_id); SELECT RAISE(ABORT, 'write-off dated before its invoice') WHERE NEW.write_off_date < (SELECT invoice_date FROM invoices WHERE id = NEW.invoice_id); END;
CREATE TRIGGER payment_applications_check BEFORE INSERT ON payment_applications BEGIN SELECT RAISE(ABORT, 'payment applied to another customer''s invoice') WHERE (SELECT customer_id FROM payments WHERE id = NEW.payment_id) <> (SELECT customer_id FROM invoices WHERE id = NEW.invoice_id); SELECT RAISE(ABORT, 'application dated before its payment or invoice') WHERE NEW.applied_on < (SELECT payment_date FROM payments WHERE id = NEW.payment_id) OR NEW.applied_on < (SELECT invoice_date FROM invoices WHERE id = NEW.invoice_id); SELECT RAISE(ABORT, 'more taken back from an invoice than the payment applied to it') WHERE NEW.amount < 0 AND (SELECT coalesce(sum(amount), 0) FROM payment_applications WHERE payment_id = NEW.payment_id AND invoice_id = NEW.invoice_id) + NEW.amount < 0; END;

-- Issued documents are never edited (the official 发票 number and date are filled in later) and
-- never deleted; a correction is a new document.
CREATE TRIGGER invoices_issued BEFORE UPDATE OF invoice_no, kind, customer_id, currency, invoice_date, due_date, subtotal, tax, total ON invoices BEGIN SELECT RAISE(ABORT, 'an issued invoice is never edited'); END;
CREATE TRIGGER invoices_kept BEFORE DELETE ON invoices BEGIN SELECT RAISE(ABORT, 'an issued invoice is never deleted'); END;
CREATE TRIGGER invoice_lines_issued BEFORE UPDATE ON invoice_lines BEGIN SELECT RAISE(ABORT, 'an issued invoice is never edited'); END;
CREATE TRIGGER invoice_lines_kept BEFORE DELETE ON invoice_lines BEGIN SELECT RAISE(ABORT, 'an issued invoice is never deleted'); END;
CREATE TRIGGER credit_notes_issued BEFORE UPDATE OF credit_no, invoice_id, customer_id, credit_date, subtotal, tax, total ON credit_notes BEGIN SELECT RAISE(ABORT, 'an issued credit note is never edited'); END;
CREATE TRIGGER credit_notes_kept BEFORE DELETE ON credit_notes BEGIN SELECT RAISE(ABORT, 'an issued credit note is never deleted'); END;
CREATE TRIGGER credit_note_lines_issued BEFORE UPDATE ON credit_note_lines BEGIN SELECT RAISE(ABORT, 'an issued credit note is never edited'); END;
CREATE TRIGGER credit_note_lines_kept BEFORE DELETE ON credit_note_lines BEGIN SELECT RAISE(ABORT, 'an issued credit note is never deleted'); END;
CREATE TRIGGER payments_recorded BEFORE UPDATE OF customer_id, payment_date, amount ON payments BEGIN SELECT RAISE(ABORT, 'a recorded payment''s customer, date and amount are never changed'); END;
CREATE TRIGGER payments_kept BEFORE DELETE ON payments BEGIN SELECT RAISE(ABORT, 'a recorded payment is never deleted'); END;
CREATE TRIGGER payment_applications_recorded BEFORE UPDATE ON payment_applications BEGIN SELECT RAISE(ABORT, 'applications are only added'); END;
CREATE TRIGGER payment_applications_kept BEFORE DELETE ON payment_applications BEGIN SELECT RAISE(ABORT, 'applications are only added'); END;
CREATE TRIGGER write_offs_recorded BEFORE UPDATE ON write_offs BEGIN SELECT RAISE(ABORT, 'a write-off is never changed'); END;
CREATE TRIGGER write_offs_kept BEFORE DELETE ON write_offs BEGIN SELECT RAISE(ABORT, 'a write-off is never deleted'); END;

-- Closed months: nothing dated in one is added, and a month once closed stays closed.
CREATE TRIGGER invoices_period BEFORE INSERT ON invoices WHEN EXISTS (SELECT 1 FROM closed_periods WHERE month = substr(NEW.invoice_date, 1, 7)) BEGIN SELECT RAISE(ABORT, 'closed period'); END;
CREATE TRIGGER credit_notes_period BEFORE INSERT ON credit_notes WHEN EXISTS (SELECT 1 FROM closed_periods WHERE month = substr(NEW.credit_date, 1, 7)) BEGIN SELECT RAISE(ABORT, 'closed period'); END;
CREATE TRIGGER payments_period BEFORE INSERT ON payments WHEN EXISTS (SELECT 1 FROM closed_periods WHERE month = substr(NEW.payment_date, 1, 7)) BEGIN SELECT RAISE(ABORT, 'closed period'); END;
CREATE TRIGGER payment_applications_period BEFORE INSERT ON payment_applications WHEN EXISTS (SELECT 1 FROM closed_periods WHERE month = substr(NEW.applied_on, 1, 7)) BEGIN SELECT RAISE(ABORT, 'closed period'); END;
CREATE TRIGGER write_offs_period BEFORE INSERT ON write_offs WHEN EXISTS (SELECT 1 FROM closed_periods WHERE month = substr(NEW.write_off_date, 1, 7)) BEGIN SELECT RAISE(ABORT, 'closed period'); END;
CREATE TRIGGER closed_periods_stay_closed BEFORE DELETE ON closed_periods BEGIN SELECT RAISE(ABORT, 'a closed month stays closed'); END;
CREATE TRIGGER closed_periods_unchanged BEFORE UPDATE ON closed_periods BEGIN SELECT RAISE(ABORT, 'a closed month stays closed'); END;
