#include "SettlementCheckRepository.h"

#include "InvoiceCalculator.h"
#include "OrderSettlement.h"
#include "SqlValues.h"

namespace od {

namespace {

QString knownSettlementKeys()
{
    QStringList keys;
    for (SettlementStatus s : SettlementStatusInfo::all())
        keys << u'"' + SettlementStatusInfo::key(s) + u'"';
    return u'[' + keys.join(u',') + u']';
}

} // namespace

Result<MoneyInvariant> SettlementCheckRepository::moneyInvariant()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT coalesce(sum(amount), 0) FROM payments), "
                             "(SELECT coalesce(sum(amount), 0) FROM payment_applications), "
                             "(SELECT coalesce(sum(paid - applied), 0) FROM customer_balances)"));
    if (auto ok = sqlv::exec(q, tr("add up payments, applications and advances")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return MoneyInvariant{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<QList<InvoiceSumsMismatch>> SettlementCheckRepository::invoicesOutOfStep(int limit)
{
    // Sums in SQL; the tax of each invoice's lines in InvoiceCalculator, reading the lines in
    // invoice order alongside.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.invoice_no, i.subtotal, i.tax, i.credited, i.written_off, i.applied, "
        "coalesce((SELECT sum(amount) FROM invoice_lines l WHERE l.invoice_id = i.id), 0), "
        "coalesce((SELECT sum(total) FROM credit_notes c WHERE c.invoice_id = i.id), 0), "
        "coalesce((SELECT sum(amount) FROM write_offs w WHERE w.invoice_id = i.id), 0), "
        "coalesce((SELECT sum(amount) FROM payment_applications a WHERE a.invoice_id = i.id), 0) "
        "FROM invoices i ORDER BY i.id"));
    if (auto ok = sqlv::exec(q, tr("check the invoices")); !ok)
        return std::unexpected(ok.error());
    QSqlQuery lines(m_db.sql());
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral("SELECT invoice_id, kind, tax_rate_bp, amount, fixed_tax FROM invoice_lines "
                                 "ORDER BY invoice_id"));
    if (auto ok = sqlv::exec(lines, tr("check the invoices")); !ok)
        return std::unexpected(ok.error());
    bool moreLines = lines.next();
    QList<InvoiceSumsMismatch> out;
    while (out.size() < limit && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QList<InvoiceLine> invoiceLines;
        while (moreLines && lines.value(0).toLongLong() <= id) {
            if (lines.value(0).toLongLong() == id) {
                InvoiceLine l;
                l.kind =
                    InvoiceKindInfo::lineFromKey(lines.value(1).toString()).value_or(InvoiceLineKind::Goods);
                l.taxRate = BasisPoints::fromRaw(lines.value(2).toInt());
                l.amount = Money::fromMinor(lines.value(3).toLongLong());
                l.fixedTax = Money::fromMinor(lines.value(4).toLongLong());
                invoiceLines << l;
            }
            moreLines = lines.next();
        }
        InvoiceSumsMismatch m;
        m.invoiceNo = q.value(1).toString();
        m.subtotal = q.value(2).toLongLong();
        m.tax = q.value(3).toLongLong();
        m.credited = q.value(4).toLongLong();
        m.writtenOff = q.value(5).toLongLong();
        m.applied = q.value(6).toLongLong();
        m.linesSum = q.value(7).toLongLong();
        m.creditNotes = q.value(8).toLongLong();
        m.writeOffs = q.value(9).toLongLong();
        m.applications = q.value(10).toLongLong();
        const auto linesTax = InvoiceCalculator::documentTax(invoiceLines);
        m.linesTax = linesTax ? linesTax->minor() : m.tax + 1; // an overflow is a mismatch too
        if (m.subtotal != m.linesSum || m.tax != m.linesTax || m.credited != m.creditNotes ||
            m.writtenOff != m.writeOffs || m.applied != m.applications)
            out << m;
    }
    return out;
}

Result<QList<CreditNoteSumsMismatch>> SettlementCheckRepository::creditNotesOutOfStep(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT credit_no, subtotal, lines_sum FROM (SELECT c.id, c.credit_no, c.subtotal, "
                       "coalesce((SELECT sum(amount) FROM credit_note_lines l WHERE l.credit_note_id = "
                       "c.id), 0) AS lines_sum "
                       "FROM credit_notes c) WHERE subtotal <> lines_sum ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("check the credit notes")); !ok)
        return std::unexpected(ok.error());
    QList<CreditNoteSumsMismatch> out;
    while (q.next())
        out << CreditNoteSumsMismatch{q.value(0).toString(), q.value(1).toLongLong(),
                                      q.value(2).toLongLong()};
    return out;
}

Result<QList<PaymentSumsMismatch>> SettlementCheckRepository::paymentsOutOfStep(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT code, reference, applied, applications FROM (SELECT p.id, c.code, p.reference, p.applied, "
        "coalesce((SELECT sum(amount) FROM payment_applications a WHERE a.payment_id = p.id), 0) AS "
        "applications "
        "FROM payments p JOIN customers c ON c.id = p.customer_id) WHERE applied <> applications ORDER BY id "
        "LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("check the payments")); !ok)
        return std::unexpected(ok.error());
    QList<PaymentSumsMismatch> out;
    while (q.next())
        out << PaymentSumsMismatch{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                   q.value(3).toLongLong()};
    return out;
}

Result<QList<NegativeApplication>> SettlementCheckRepository::negativeApplications(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.code, p.reference, i.invoice_no, s.amount FROM (SELECT payment_id, "
                       "invoice_id, sum(amount) AS amount "
                       "FROM payment_applications GROUP BY payment_id, invoice_id HAVING sum(amount) < 0) s "
                       "JOIN payments p ON p.id = s.payment_id JOIN customers c ON c.id = p.customer_id "
                       "JOIN invoices i ON i.id = s.invoice_id ORDER BY s.payment_id, s.invoice_id LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("check the payment applications")); !ok)
        return std::unexpected(ok.error());
    QList<NegativeApplication> out;
    while (q.next())
        out << NegativeApplication{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toLongLong()};
    return out;
}

Result<QList<BalanceMismatch>> SettlementCheckRepository::balancesOutOfStep(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH counted AS (SELECT c.id, c.code, "
        " coalesce((SELECT sum(total) FROM invoices WHERE customer_id = c.id), 0) AS invoiced,"
        " coalesce((SELECT sum(total) FROM credit_notes WHERE customer_id = c.id), 0) AS credited,"
        " coalesce((SELECT sum(amount) FROM write_offs WHERE customer_id = c.id), 0) AS written_off,"
        " coalesce((SELECT sum(amount) FROM payments WHERE customer_id = c.id), 0) AS paid,"
        " coalesce((SELECT sum(a.amount) FROM payment_applications a JOIN payments p ON p.id = a.payment_id"
        "   WHERE p.customer_id = c.id), 0) AS applied FROM customers c)"
        " SELECT k.id, k.code, coalesce(b.invoiced, 0), coalesce(b.credited, 0), coalesce(b.written_off, 0),"
        " coalesce(b.paid, 0), coalesce(b.applied, 0), k.invoiced, k.credited, k.written_off, k.paid, "
        "k.applied"
        " FROM counted k LEFT JOIN customer_balances b ON b.customer_id = k.id"
        " WHERE coalesce(b.invoiced, 0) <> k.invoiced OR coalesce(b.credited, 0) <> k.credited"
        " OR coalesce(b.written_off, 0) <> k.written_off OR coalesce(b.paid, 0) <> k.paid"
        " OR coalesce(b.applied, 0) <> k.applied ORDER BY k.code LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("check the customer balances")); !ok)
        return std::unexpected(ok.error());
    QList<BalanceMismatch> out;
    while (q.next()) {
        BalanceMismatch m;
        m.customerCode = q.value(1).toString();
        m.stored = {q.value(0).toLongLong(),
                    Money::fromMinor(q.value(2).toLongLong()),
                    Money::fromMinor(q.value(3).toLongLong()),
                    Money::fromMinor(q.value(4).toLongLong()),
                    Money::fromMinor(q.value(5).toLongLong()),
                    Money::fromMinor(q.value(6).toLongLong())};
        m.recounted = {q.value(0).toLongLong(),
                       Money::fromMinor(q.value(7).toLongLong()),
                       Money::fromMinor(q.value(8).toLongLong()),
                       Money::fromMinor(q.value(9).toLongLong()),
                       Money::fromMinor(q.value(10).toLongLong()),
                       Money::fromMinor(q.value(11).toLongLong())};
        out << m;
    }
    return out;
}

Result<QStringList> SettlementCheckRepository::ordersWithUnknownSettlement(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT order_no FROM orders WHERE settlement_status NOT IN "
                             "(SELECT value FROM json_each(?)) ORDER BY id LIMIT ?"));
    q.addBindValue(knownSettlementKeys());
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("check the order settlement states")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> SettlementCheckRepository::billingQueueOutOfStep(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.order_no FROM orders o WHERE o.settlement_status <> 'unbilled' "
        "AND EXISTS (SELECT 1 FROM order_lines_left_to_bill l WHERE l.order_id = o.id) "
        "AND NOT EXISTS (SELECT 1 FROM billing_remainders r WHERE r.order_id = o.id) "
        "UNION ALL SELECT o.order_no FROM billing_remainders r JOIN orders o ON o.id = r.order_id "
        "WHERE o.settlement_status = 'unbilled' "
        "OR NOT EXISTS (SELECT 1 FROM order_lines_left_to_bill l WHERE l.order_id = o.id) LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("check the list of orders to invoice")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<SettlementOutOfStep>> SettlementCheckRepository::ordersOutOfStep(int limit)
{
    // Orders that have an invoice or claim to be anything but unbilled; for each, the facts
    // OrderSettlement::derive reads.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.order_no, o.settlement_status, s.n, s.invoiced, s.applied, s.written_off, s.open_amount,"
        " (SELECT count(*) FROM order_lines WHERE order_id = o.id),"
        " (SELECT count(*) FROM order_lines ol WHERE ol.order_id = o.id AND ol.quantity >"
        "   coalesce((SELECT sum(il.quantity) FROM invoice_lines il WHERE il.order_id = o.id"
        "     AND il.order_line_no = ol.line_no), 0) -"
        "   coalesce((SELECT sum(cl.quantity) FROM invoice_lines il JOIN credit_note_lines cl"
        "     ON cl.invoice_line_id = il.id WHERE il.order_id = o.id AND il.order_line_no = ol.line_no), 0))"
        " FROM orders o LEFT JOIN (SELECT oi.order_id, count(*) AS n, sum(i.total - i.credited) AS invoiced,"
        "   sum(i.applied) AS applied, sum(i.written_off) AS written_off, sum(i.open_amount) AS open_amount"
        "   FROM (SELECT DISTINCT order_id, invoice_id FROM invoice_lines) oi"
        "   JOIN invoices i ON i.id = oi.invoice_id GROUP BY oi.order_id) s ON s.order_id = o.id"
        " WHERE s.order_id IS NOT NULL OR o.settlement_status <> ? ORDER BY o.id"));
    q.addBindValue(SettlementStatusInfo::key(SettlementStatus::Unbilled));
    if (auto ok = sqlv::exec(q, tr("check the order settlement states")); !ok)
        return std::unexpected(ok.error());
    QList<SettlementOutOfStep> out;
    while (out.size() < limit && q.next()) {
        OrderSettlementFacts f;
        f.hasInvoice = q.value(2).toLongLong() > 0;
        f.invoiced = Money::fromMinor(q.value(3).toLongLong());
        f.applied = Money::fromMinor(q.value(4).toLongLong());
        f.writtenOff = Money::fromMinor(q.value(5).toLongLong());
        f.open = Money::fromMinor(q.value(6).toLongLong());
        f.fullyInvoiced = q.value(7).toLongLong() > 0 && q.value(8).toLongLong() == 0;
        const SettlementStatus derived = OrderSettlement::derive(f);
        const QString stored = q.value(1).toString();
        if (stored != SettlementStatusInfo::key(derived))
            out << SettlementOutOfStep{q.value(0).toString(), stored, derived};
    }
    return out;
}

} // namespace od
