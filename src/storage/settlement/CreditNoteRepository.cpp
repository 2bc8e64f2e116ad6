#include "CreditNoteRepository.h"

#include "InvoiceRepository.h"
#include "SqlValues.h"

namespace od {

Status CreditNoteRepository::insert(CreditNote& note, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO credit_notes (credit_no, invoice_id, customer_id, credit_date, "
                             "reason, subtotal, tax, total, "
                             "official_no, official_date, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(note.creditNo);
    q.addBindValue(note.invoiceId);
    q.addBindValue(note.customerId);
    q.addBindValue(sqlv::date(note.date));
    q.addBindValue(sqlv::text(note.reason));
    q.addBindValue(note.subtotal.minor());
    q.addBindValue(note.tax.minor());
    q.addBindValue(note.total.minor());
    q.addBindValue(sqlv::text(note.officialNo));
    q.addBindValue(sqlv::date(note.officialDate));
    q.addBindValue(userId ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::nowUtc());
    if (auto ok = sqlv::exec(q, tr("save credit note %1").arg(note.creditNo)); !ok)
        return ok;
    q.next();
    note.id = q.value(0).toLongLong();

    QSqlQuery line(m_db.sql());
    line.prepare(QStringLiteral(
        "INSERT INTO credit_note_lines (credit_note_id, line_no, invoice_line_id, description, "
        "quantity, amount) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (CreditNoteLine& l : note.lines) {
        line.addBindValue(note.id);
        line.addBindValue(l.lineNo);
        line.addBindValue(l.invoiceLineId ? QVariant(l.invoiceLineId)
                                          : QVariant(QMetaType::fromType<qint64>()));
        line.addBindValue(sqlv::text(l.description));
        line.addBindValue(l.quantity.raw());
        line.addBindValue(l.amount.minor());
        if (auto ok = sqlv::exec(line, tr("save the lines of credit note %1").arg(note.creditNo)); !ok)
            return ok;
        line.next();
        l.id = line.value(0).toLongLong();
        line.finish();
    }
    return {};
}

Result<QList<CreditNote>> CreditNoteRepository::forInvoice(qint64 invoiceId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id, c.credit_no, c.invoice_id, i.invoice_no, c.customer_id, c.credit_date, "
                       "c.reason, c.subtotal, c.tax, c.total, c.official_no, c.official_date "
                       "FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id "
                       "WHERE c.invoice_id = ? ORDER BY c.id"));
    q.addBindValue(invoiceId);
    if (auto ok = sqlv::exec(q, tr("read the invoice's credit notes")); !ok)
        return std::unexpected(ok.error());
    QList<CreditNote> out;
    while (q.next()) {
        CreditNote n;
        n.id = q.value(0).toLongLong();
        n.creditNo = q.value(1).toString();
        n.invoiceId = q.value(2).toLongLong();
        n.invoiceNo = q.value(3).toString();
        n.customerId = q.value(4).toLongLong();
        n.date = sqlv::toDate(q.value(5));
        n.reason = q.value(6).toString();
        n.subtotal = Money::fromMinor(q.value(7).toLongLong());
        n.tax = Money::fromMinor(q.value(8).toLongLong());
        n.total = Money::fromMinor(q.value(9).toLongLong());
        n.officialNo = q.value(10).toString();
        n.officialDate = sqlv::toDate(q.value(11));
        out << n;
    }
    QSqlQuery lines(m_db.sql());
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral("SELECT id, line_no, invoice_line_id, description, quantity, amount "
                                 "FROM credit_note_lines WHERE credit_note_id = ? ORDER BY line_no"));
    for (CreditNote& n : out) {
        lines.addBindValue(n.id);
        if (auto ok = sqlv::exec(lines, tr("read the credit note lines")); !ok)
            return std::unexpected(ok.error());
        while (lines.next())
            n.lines << CreditNoteLine{lines.value(0).toLongLong(),
                                      lines.value(1).toInt(),
                                      lines.value(2).toLongLong(),
                                      lines.value(3).toString(),
                                      Quantity::fromRaw(lines.value(4).toLongLong()),
                                      Money::fromMinor(lines.value(5).toLongLong())};
    }
    return out;
}

Result<std::optional<CreditableInvoice>> CreditNoteRepository::creditable(qint64 invoiceId)
{
    auto invoice = InvoiceRepository(m_db).byId(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    if (!invoice->has_value())
        return std::optional<CreditableInvoice>();
    CreditableInvoice out;
    out.invoice = **invoice;

    QSqlQuery totals(m_db.sql());
    totals.prepare(
        QStringLiteral("SELECT coalesce(sum(subtotal), 0), coalesce(sum(tax), 0) FROM credit_notes "
                       "WHERE invoice_id = ?"));
    totals.addBindValue(invoiceId);
    if (auto ok = sqlv::exec(totals, tr("read the invoice's credit notes")); !ok)
        return std::unexpected(ok.error());
    totals.next();
    out.creditedSubtotal = Money::fromMinor(totals.value(0).toLongLong());
    out.creditedTax = Money::fromMinor(totals.value(1).toLongLong());

    QSqlQuery lines(m_db.sql());
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral(
        "SELECT cl.invoice_line_id, sum(cl.quantity), sum(cl.amount) "
        "FROM credit_note_lines cl JOIN credit_notes c ON c.id = cl.credit_note_id "
        "WHERE c.invoice_id = ? AND cl.invoice_line_id IS NOT NULL GROUP BY cl.invoice_line_id"));
    lines.addBindValue(invoiceId);
    if (auto ok = sqlv::exec(lines, tr("read the invoice's credit notes")); !ok)
        return std::unexpected(ok.error());
    while (lines.next())
        out.creditedLines.insert(lines.value(0).toLongLong(),
                                 CreditedLine{Quantity::fromRaw(lines.value(1).toLongLong()),
                                              Money::fromMinor(lines.value(2).toLongLong())});
    return std::optional<CreditableInvoice>(out);
}

Status CreditNoteRepository::setOfficial(qint64 creditNoteId, const QString& officialNo,
                                         const QDate& officialDate)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE credit_notes SET official_no = ?, official_date = ? WHERE id = ?"));
    q.addBindValue(sqlv::text(officialNo));
    q.addBindValue(sqlv::date(officialDate));
    q.addBindValue(creditNoteId);
    if (auto ok = sqlv::exec(q, tr("save the official credit note number")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::notFound(tr("The credit note no longer exists.")));
    return {};
}

} // namespace od
