#include "StatementRepository.h"

#include "PaymentMethod.h"
#include "SqlValues.h"

namespace od {

Result<StatementData> StatementRepository::load(qint64 customerId, const QDate& from, const QDate& to)
{
    StatementData out;
    QSqlQuery opening(m_db.sql());
    opening.prepare(QStringLiteral(
        "SELECT (SELECT coalesce(sum(total), 0) FROM invoices WHERE customer_id = :c AND invoice_date < "
        ":from)"
        " - (SELECT coalesce(sum(total), 0) FROM credit_notes WHERE customer_id = :c AND credit_date < :from)"
        " - (SELECT coalesce(sum(amount), 0) FROM write_offs WHERE customer_id = :c AND write_off_date < "
        ":from)"
        " - (SELECT coalesce(sum(amount), 0) FROM payments WHERE customer_id = :c AND payment_date < "
        ":from)"));
    opening.bindValue(QStringLiteral(":c"), customerId);
    opening.bindValue(QStringLiteral(":from"), sqlv::date(from));
    if (auto ok = sqlv::exec(opening, tr("read the opening balance")); !ok)
        return std::unexpected(ok.error());
    opening.next();
    out.opening = Money::fromMinor(opening.value(0).toLongLong());

    // kind: 0 invoice, 1 credit note, 2 write-off, 3 payment (StatementEntryKind's order).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT 0, invoice_date, invoice_no, official_no, total FROM invoices"
        "  WHERE customer_id = :c AND invoice_date BETWEEN :from AND :to"
        " UNION ALL SELECT 1, c.credit_date, c.credit_no, i.invoice_no, c.total FROM credit_notes c"
        "  JOIN invoices i ON i.id = c.invoice_id WHERE c.customer_id = :c AND c.credit_date BETWEEN :from "
        "AND :to"
        " UNION ALL SELECT 2, w.write_off_date, i.invoice_no, w.reason, w.amount FROM write_offs w"
        "  JOIN invoices i ON i.id = w.invoice_id WHERE w.customer_id = :c AND w.write_off_date BETWEEN "
        ":from AND :to"
        " UNION ALL SELECT 3, payment_date, reference, method, amount FROM payments"
        "  WHERE customer_id = :c AND payment_date BETWEEN :from AND :to"));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":from"), sqlv::date(from));
    q.bindValue(QStringLiteral(":to"), sqlv::date(to));
    if (auto ok = sqlv::exec(q, tr("read the customer's documents")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        StatementEntry e;
        e.kind = StatementEntryKind(q.value(0).toInt());
        e.date = sqlv::toDate(q.value(1));
        e.documentNo = q.value(2).toString();
        const Money amount = Money::fromMinor(q.value(4).toLongLong());
        switch (e.kind) {
        case StatementEntryKind::Invoice:
            e.description = q.value(3).toString(); // the official 发票 number, once known
            e.debit = amount;
            break;
        case StatementEntryKind::CreditNote:
            e.description = tr("against %1").arg(q.value(3).toString());
            e.credit = amount;
            break;
        case StatementEntryKind::WriteOff:
            e.description = q.value(3).toString();
            e.credit = amount;
            break;
        case StatementEntryKind::Payment: {
            const auto method = PaymentMethodInfo::fromKey(q.value(3).toString());
            e.description = method ? PaymentMethodInfo::displayName(*method) : q.value(3).toString();
            e.credit = amount;
            break;
        }
        }
        out.entries << e;
    }
    return out;
}

} // namespace od
