#include "ReceivablesRepository.h"

#include "SqlValues.h"

namespace od {

Result<QList<CustomerReceivables>> ReceivablesRepository::byCustomer(const QDate& asOf)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        // Each customer's running sums, less what is dated after the day.
        "WITH moves AS ("
        " SELECT customer_id, invoiced, credited, written_off, paid, applied FROM customer_balances"
        " UNION ALL SELECT customer_id, -total, 0, 0, 0, 0 FROM invoices WHERE invoice_date > :d"
        " UNION ALL SELECT customer_id, 0, -total, 0, 0, 0 FROM credit_notes WHERE credit_date > :d"
        " UNION ALL SELECT customer_id, 0, 0, -amount, 0, 0 FROM write_offs WHERE write_off_date > :d"
        " UNION ALL SELECT customer_id, 0, 0, 0, -amount, 0 FROM payments WHERE payment_date > :d"
        " UNION ALL SELECT p.customer_id, 0, 0, 0, 0, -a.amount FROM payment_applications a"
        "   JOIN payments p ON p.id = a.payment_id WHERE a.applied_on > :d),"
        " sums AS (SELECT customer_id, sum(invoiced) AS invoiced, sum(credited) AS credited,"
        "   sum(written_off) AS written_off, sum(paid) AS paid, sum(applied) AS applied"
        "   FROM moves GROUP BY customer_id),"
        // What was open on the day, by customer and due date: what is open now (read in the partial
        // index's own order, so grouping needs no sort; the + keeps the planner on that index
        // instead of walking every invoice by date) plus what was taken off after the day. All of
        // an invoice shares one due date, so these sums age exactly as the invoices would.
        " now AS (SELECT customer_id, due_date, sum(open_amount) AS amount FROM invoices"
        "   WHERE open_amount > 0 AND +invoice_date <= :d GROUP BY customer_id, due_date),"
        " later AS ("
        " SELECT i.customer_id, i.due_date, a.amount FROM payment_applications a"
        "   JOIN invoices i ON i.id = a.invoice_id WHERE a.applied_on > :d AND i.invoice_date <= :d"
        " UNION ALL SELECT i.customer_id, i.due_date, c.total FROM credit_notes c"
        "   JOIN invoices i ON i.id = c.invoice_id WHERE c.credit_date > :d AND i.invoice_date <= :d"
        " UNION ALL SELECT i.customer_id, i.due_date, w.amount FROM write_offs w"
        "   JOIN invoices i ON i.id = w.invoice_id WHERE w.write_off_date > :d AND i.invoice_date <= :d),"
        " open AS (SELECT customer_id, due_date, sum(amount) AS amount FROM"
        "   (SELECT * FROM now UNION ALL SELECT * FROM later) GROUP BY customer_id, due_date"
        "   HAVING sum(amount) > 0),"
        " aged AS (SELECT customer_id,"
        "   sum(CASE WHEN due_date >= :d THEN amount ELSE 0 END) AS current,"
        "   sum(CASE WHEN due_date < :d AND due_date >= :d30 THEN amount ELSE 0 END) AS d1_30,"
        "   sum(CASE WHEN due_date < :d30 AND due_date >= :d60 THEN amount ELSE 0 END) AS d31_60,"
        "   sum(CASE WHEN due_date < :d60 AND due_date >= :d90 THEN amount ELSE 0 END) AS d61_90,"
        "   sum(CASE WHEN due_date < :d90 THEN amount ELSE 0 END) AS over_90,"
        "   min(CASE WHEN due_date < :d THEN due_date END) AS oldest"
        "   FROM open GROUP BY customer_id)"
        " SELECT c.id, c.code, c.name, c.credit_limit, s.invoiced, s.credited, s.written_off, s.paid, "
        "s.applied,"
        " coalesce(a.current, 0), coalesce(a.d1_30, 0), coalesce(a.d31_60, 0), coalesce(a.d61_90, 0),"
        " coalesce(a.over_90, 0), a.oldest,"
        // The salesperson who looks after the customer: the one of its latest order.
        " (SELECT o.salesperson_name FROM orders o WHERE o.customer_id = c.id"
        "  ORDER BY o.order_date DESC, o.id DESC LIMIT 1)"
        " FROM sums s JOIN customers c ON c.id = s.customer_id LEFT JOIN aged a ON a.customer_id = "
        "s.customer_id"
        " WHERE s.invoiced <> 0 OR s.paid <> 0 ORDER BY c.code"));
    q.bindValue(QStringLiteral(":d"), sqlv::date(asOf));
    q.bindValue(QStringLiteral(":d30"), sqlv::date(asOf.addDays(-30)));
    q.bindValue(QStringLiteral(":d60"), sqlv::date(asOf.addDays(-60)));
    q.bindValue(QStringLiteral(":d90"), sqlv::date(asOf.addDays(-90)));
    if (auto ok = sqlv::exec(q, tr("add up the receivables")); !ok)
        return std::unexpected(ok.error());
    QList<CustomerReceivables> out;
    while (q.next()) {
        CustomerReceivables r;
        r.customerId = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.creditLimit = Money::fromMinor(q.value(3).toLongLong());
        r.balance.customerId = r.customerId;
        r.balance.invoiced = Money::fromMinor(q.value(4).toLongLong());
        r.balance.credited = Money::fromMinor(q.value(5).toLongLong());
        r.balance.writtenOff = Money::fromMinor(q.value(6).toLongLong());
        r.balance.paid = Money::fromMinor(q.value(7).toLongLong());
        r.balance.applied = Money::fromMinor(q.value(8).toLongLong());
        int column = 9;
        for (AgeingBucket bucket : ReceivablesAgeing::all())
            r.buckets[bucket] = Money::fromMinor(q.value(column++).toLongLong());
        r.oldestOverdueDue = sqlv::toDate(q.value(14));
        r.salesperson = q.value(15).toString();
        out << r;
    }
    return out;
}

Result<Money> ReceivablesRepository::creditSales(const QDate& from, const QDate& to, qint64 customerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        customerId
            ? QStringLiteral("SELECT (SELECT coalesce(sum(total), 0) FROM invoices WHERE customer_id = :c "
                             "AND invoice_date BETWEEN :from AND :to) - (SELECT coalesce(sum(total), 0) FROM "
                             "credit_notes WHERE customer_id = :c AND credit_date BETWEEN :from AND :to)")
            : QStringLiteral(
                  "SELECT (SELECT coalesce(sum(total), 0) FROM invoices WHERE invoice_date BETWEEN "
                  ":from AND :to) - (SELECT coalesce(sum(total), 0) FROM credit_notes WHERE "
                  "credit_date BETWEEN :from AND :to)"));
    if (customerId)
        q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":from"), sqlv::date(from));
    q.bindValue(QStringLiteral(":to"), sqlv::date(to));
    if (auto ok = sqlv::exec(q, tr("add up the sales")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return Money::fromMinor(q.value(0).toLongLong());
}

OverdueInvoice ReceivablesRepository::overdueFromRow(const QSqlQuery& q)
{
    return OverdueInvoice{q.value(0).toLongLong(),
                          q.value(1).toString(),
                          q.value(2).toLongLong(),
                          q.value(3).toString(),
                          q.value(4).toString(),
                          sqlv::toDate(q.value(5)),
                          sqlv::toDate(q.value(6)),
                          Money::fromMinor(q.value(7).toLongLong()),
                          Money::fromMinor(q.value(8).toLongLong())};
}

Result<QList<OverdueInvoice>> ReceivablesRepository::overdue(const QDate& asOf, int limit, int offset)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.invoice_no, i.customer_id, c.code, c.name, i.invoice_date, i.due_date, "
        "i.total, i.open_amount FROM invoices i JOIN customers c ON c.id = i.customer_id "
        "WHERE i.open_amount > 0 AND i.due_date < ? ORDER BY i.due_date, i.id LIMIT ? OFFSET ?"));
    q.addBindValue(sqlv::date(asOf));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (auto ok = sqlv::exec(q, tr("list the overdue invoices")); !ok)
        return std::unexpected(ok.error());
    QList<OverdueInvoice> out;
    while (q.next())
        out << overdueFromRow(q);
    return out;
}

} // namespace od
