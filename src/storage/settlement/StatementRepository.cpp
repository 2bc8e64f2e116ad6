#include "StatementRepository.h"

#include "PaymentMethod.h"
#include "SqlValues.h"

#include <limits>

namespace od {

Result<StatementTotals> StatementRepository::totals(qint64 customerId, const QDate& from, const QDate& to)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT"
        " (SELECT coalesce(sum(total), 0) FROM invoices WHERE customer_id = :c AND invoice_date < :from)"
        " - (SELECT coalesce(sum(total), 0) FROM credit_notes WHERE customer_id = :c AND credit_date < :from)"
        " - (SELECT coalesce(sum(amount), 0) FROM write_offs WHERE customer_id = :c AND write_off_date < "
        ":from)"
        " - (SELECT coalesce(sum(amount), 0) FROM payments WHERE customer_id = :c AND payment_date < :from),"
        " (SELECT coalesce(sum(total), 0) FROM invoices WHERE customer_id = :c AND invoice_date BETWEEN "
        ":from AND :to),"
        " (SELECT coalesce(sum(total), 0) FROM credit_notes WHERE customer_id = :c"
        "   AND credit_date BETWEEN :from AND :to),"
        " (SELECT coalesce(sum(amount), 0) FROM write_offs WHERE customer_id = :c"
        "   AND write_off_date BETWEEN :from AND :to),"
        " (SELECT coalesce(sum(amount), 0) FROM payments WHERE customer_id = :c AND payment_date BETWEEN "
        ":from AND :to)"));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":from"), sqlv::date(from));
    q.bindValue(QStringLiteral(":to"), sqlv::date(to));
    if (auto ok = sqlv::exec(q, tr("add up the customer's statement")); !ok)
        return std::unexpected(ok.error());
    q.next();
    StatementTotals t;
    t.opening = Money::fromMinor(q.value(0).toLongLong());
    t.invoiced = Money::fromMinor(q.value(1).toLongLong());
    t.credited = Money::fromMinor(q.value(2).toLongLong());
    t.writtenOff = Money::fromMinor(q.value(3).toLongLong());
    t.paid = Money::fromMinor(q.value(4).toLongLong());
    return t;
}

Result<QList<StatementEntry>> StatementRepository::entries(qint64 customerId, const QDate& from,
                                                           const QDate& to, int limit, int offset)
{
    // Each branch walks its customer-and-date index in (date, number) order, so SQLite merges the
    // four streams instead of sorting them. kind: 0 invoice, 1 credit note, 2 write-off,
    // 3 payment (StatementEntryKind's order).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT kind, day, no, detail, amount FROM ("
        " SELECT 0 AS kind, invoice_date AS day, invoice_no AS no, official_no AS detail, total AS amount"
        "  FROM invoices WHERE customer_id = :c AND invoice_date BETWEEN :from AND :to"
        " UNION ALL SELECT 1, c.credit_date, c.credit_no, i.invoice_no, c.total FROM credit_notes c"
        "  JOIN invoices i ON i.id = c.invoice_id WHERE c.customer_id = :c AND c.credit_date BETWEEN :from "
        "AND :to"
        " UNION ALL SELECT 2, w.write_off_date, i.invoice_no, w.reason, w.amount FROM write_offs w"
        "  JOIN invoices i ON i.id = w.invoice_id WHERE w.customer_id = :c AND w.write_off_date BETWEEN "
        ":from AND :to"
        " UNION ALL SELECT 3, payment_date, reference, method, amount FROM payments"
        "  WHERE customer_id = :c AND payment_date BETWEEN :from AND :to)"
        " ORDER BY day, kind, no LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":from"), sqlv::date(from));
    q.bindValue(QStringLiteral(":to"), sqlv::date(to));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto ok = sqlv::exec(q, tr("read the customer's documents")); !ok)
        return std::unexpected(ok.error());
    QList<StatementEntry> out;
    QHash<QString, QString> methodNames;
    for (PaymentMethod m : PaymentMethodInfo::all())
        methodNames.insert(PaymentMethodInfo::key(m), PaymentMethodInfo::displayName(m));
    const QString against = tr("against %1");
    while (q.next()) {
        StatementEntry e;
        e.kind = StatementEntryKind(q.value(0).toInt());
        e.date = sqlv::toDate(q.value(1));
        e.documentNo = q.value(2).toString();
        const Money amount = Money::fromMinor(q.value(4).toLongLong());
        const QString detail = q.value(3).toString();
        switch (e.kind) {
        case StatementEntryKind::Invoice:
            e.description = detail; // the official 发票 number, once known
            e.debit = amount;
            break;
        case StatementEntryKind::CreditNote:
            e.description = against.arg(detail);
            e.credit = amount;
            break;
        case StatementEntryKind::WriteOff:
            e.description = detail;
            e.credit = amount;
            break;
        case StatementEntryKind::Payment:
            e.description = methodNames.value(detail, detail);
            e.credit = amount;
            break;
        }
        out << e;
    }
    return out;
}

Result<StatementData> StatementRepository::load(qint64 customerId, const QDate& from, const QDate& to)
{
    auto totals = this->totals(customerId, from, to);
    if (!totals)
        return std::unexpected(totals.error());
    auto entries = this->entries(customerId, from, to, std::numeric_limits<int>::max());
    if (!entries)
        return std::unexpected(entries.error());
    return StatementData{totals->opening, *entries};
}

} // namespace od
