#include "InvoiceRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace od {

namespace {

const char* kColumns =
    "id, invoice_no, kind, customer_id, currency, invoice_date, due_date, subtotal, tax, total, "
    "credited, written_off, applied, official_no, official_date, notes";

Invoice fromRow(const QSqlQuery& q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.invoiceNo = q.value(1).toString();
    i.kind = InvoiceKindInfo::fromKey(q.value(2).toString()).value_or(InvoiceKind::Goods);
    i.customerId = q.value(3).toLongLong();
    i.currency = q.value(4).toString();
    i.invoiceDate = sqlv::toDate(q.value(5));
    i.dueDate = sqlv::toDate(q.value(6));
    i.subtotal = Money::fromMinor(q.value(7).toLongLong());
    i.tax = Money::fromMinor(q.value(8).toLongLong());
    i.total = Money::fromMinor(q.value(9).toLongLong());
    i.credited = Money::fromMinor(q.value(10).toLongLong());
    i.writtenOff = Money::fromMinor(q.value(11).toLongLong());
    i.applied = Money::fromMinor(q.value(12).toLongLong());
    i.officialNo = q.value(13).toString();
    i.officialDate = sqlv::toDate(q.value(14));
    i.notes = q.value(15).toString();
    return i;
}

LedgerInvoice ledgerFromRow(const QSqlQuery& q)
{
    LedgerInvoice i;
    i.id = q.value(0).toLongLong();
    i.invoiceNo = q.value(1).toString();
    i.invoiceDate = sqlv::toDate(q.value(2));
    i.dueDate = sqlv::toDate(q.value(3));
    i.total = Money::fromMinor(q.value(4).toLongLong());
    i.credited = Money::fromMinor(q.value(5).toLongLong());
    i.writtenOff = Money::fromMinor(q.value(6).toLongLong());
    i.applied = Money::fromMinor(q.value(7).toLongLong());
    return i;
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Status InvoiceRepository::insert(Invoice& invoice, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO invoices (invoice_no, kind, customer_id, currency, invoice_date, "
                             "due_date, subtotal, tax, total, "
                             "open_amount, official_no, official_date, notes, created_by, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(invoice.invoiceNo);
    q.addBindValue(InvoiceKindInfo::key(invoice.kind));
    q.addBindValue(invoice.customerId);
    q.addBindValue(sqlv::text(invoice.currency));
    q.addBindValue(sqlv::date(invoice.invoiceDate));
    q.addBindValue(sqlv::date(invoice.dueDate));
    q.addBindValue(invoice.subtotal.minor());
    q.addBindValue(invoice.tax.minor());
    q.addBindValue(invoice.total.minor());
    q.addBindValue(invoice.total.minor());
    q.addBindValue(sqlv::text(invoice.officialNo));
    q.addBindValue(sqlv::date(invoice.officialDate));
    q.addBindValue(sqlv::text(invoice.notes));
    q.addBindValue(nullableId(userId));
    q.addBindValue(sqlv::nowUtc());
    if (auto ok = sqlv::exec(q, tr("save invoice %1").arg(invoice.invoiceNo)); !ok)
        return ok;
    q.next();
    invoice.id = q.value(0).toLongLong();
    invoice.credited = invoice.writtenOff = invoice.applied = Money();

    QSqlQuery line(m_db.sql());
    line.prepare(QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, line_no, kind, order_id, order_line_no, deposit_invoice_id, "
        "description, quantity, unit, unit_price, discount_bp, tax_rate_bp, amount, fixed_tax) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (InvoiceLine& l : invoice.lines) {
        line.addBindValue(invoice.id);
        line.addBindValue(l.lineNo);
        line.addBindValue(InvoiceKindInfo::lineKey(l.kind));
        line.addBindValue(l.orderId);
        line.addBindValue(l.orderLineNo ? QVariant(l.orderLineNo) : QVariant(QMetaType::fromType<int>()));
        line.addBindValue(nullableId(l.depositInvoiceId));
        line.addBindValue(sqlv::text(l.description));
        line.addBindValue(l.quantity.raw());
        line.addBindValue(sqlv::text(l.unit));
        line.addBindValue(l.unitPrice.raw());
        line.addBindValue(l.discount.raw());
        line.addBindValue(l.taxRate.raw());
        line.addBindValue(l.amount.minor());
        line.addBindValue(l.fixedTax.minor());
        if (auto ok = sqlv::exec(line, tr("save the lines of invoice %1").arg(invoice.invoiceNo)); !ok)
            return ok;
        line.next();
        l.id = line.value(0).toLongLong();
        line.finish();
    }
    return {};
}

Result<std::optional<Invoice>> InvoiceRepository::single(QSqlQuery& q)
{
    if (auto ok = sqlv::exec(q, tr("read an invoice")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<Invoice>();
    Invoice invoice = fromRow(q);
    auto lines = this->lines(invoice.id);
    if (!lines)
        return std::unexpected(lines.error());
    invoice.lines = *lines;
    return std::optional<Invoice>(invoice);
}

Result<std::optional<Invoice>> InvoiceRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM invoices WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    return single(q);
}

Result<std::optional<Invoice>> InvoiceRepository::byNumber(const QString& invoiceNo)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM invoices WHERE invoice_no = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(invoiceNo);
    return single(q);
}

Result<QList<InvoiceLine>> InvoiceRepository::lines(qint64 invoiceId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.id, l.line_no, l.kind, l.order_id, o.order_no, l.order_line_no, l.deposit_invoice_id, "
        "l.description, l.quantity, l.unit, l.unit_price, l.discount_bp, l.tax_rate_bp, l.amount, "
        "l.fixed_tax "
        "FROM invoice_lines l JOIN orders o ON o.id = l.order_id WHERE l.invoice_id = ? ORDER BY l.line_no"));
    q.addBindValue(invoiceId);
    if (auto ok = sqlv::exec(q, tr("read the invoice lines")); !ok)
        return std::unexpected(ok.error());
    QList<InvoiceLine> out;
    while (q.next()) {
        InvoiceLine l;
        l.id = q.value(0).toLongLong();
        l.lineNo = q.value(1).toInt();
        l.kind = InvoiceKindInfo::lineFromKey(q.value(2).toString()).value_or(InvoiceLineKind::Goods);
        l.orderId = q.value(3).toLongLong();
        l.orderNo = q.value(4).toString();
        l.orderLineNo = q.value(5).toInt();
        l.depositInvoiceId = q.value(6).toLongLong();
        l.description = q.value(7).toString();
        l.quantity = Quantity::fromRaw(q.value(8).toLongLong());
        l.unit = q.value(9).toString();
        l.unitPrice = UnitPrice::fromRaw(q.value(10).toLongLong());
        l.discount = BasisPoints::fromRaw(q.value(11).toInt());
        l.taxRate = BasisPoints::fromRaw(q.value(12).toInt());
        l.amount = Money::fromMinor(q.value(13).toLongLong());
        l.fixedTax = Money::fromMinor(q.value(14).toLongLong());
        out << l;
    }
    return out;
}

Status InvoiceRepository::setOfficial(qint64 invoiceId, const QString& officialNo, const QDate& officialDate)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE invoices SET official_no = ?, official_date = ? WHERE id = ?"));
    q.addBindValue(sqlv::text(officialNo));
    q.addBindValue(sqlv::date(officialDate));
    q.addBindValue(invoiceId);
    if (auto ok = sqlv::exec(q, tr("save the official invoice number")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::notFound(tr("The invoice no longer exists.")));
    return {};
}

Result<QList<Invoice>> InvoiceRepository::forCustomer(qint64 customerId, bool openOnly, int limit, int offset)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Open invoices come from their partial index, all of them from the customer's date index.
    q.prepare(openOnly ? QStringLiteral("SELECT %1 FROM invoices WHERE customer_id = ? AND open_amount > 0 "
                                        "ORDER BY due_date DESC, id DESC LIMIT ? OFFSET ?")
                             .arg(QLatin1String(kColumns))
                       : QStringLiteral("SELECT %1 FROM invoices WHERE customer_id = ? "
                                        "ORDER BY invoice_date DESC, id DESC LIMIT ? OFFSET ?")
                             .arg(QLatin1String(kColumns)));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (auto ok = sqlv::exec(q, tr("list the customer's invoices")); !ok)
        return std::unexpected(ok.error());
    QList<Invoice> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<QList<qint64>> InvoiceRepository::orderIds(qint64 invoiceId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT DISTINCT order_id FROM invoice_lines WHERE invoice_id = ? ORDER BY order_id"));
    q.addBindValue(invoiceId);
    if (auto ok = sqlv::exec(q, tr("read the orders of the invoice")); !ok)
        return std::unexpected(ok.error());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<qint64>> InvoiceRepository::orderIdsOf(const QList<qint64>& invoiceIds)
{
    QList<qint64> out;
    if (invoiceIds.isEmpty())
        return out;
    QJsonArray ids;
    for (qint64 id : invoiceIds)
        ids.append(id);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT l.order_id FROM json_each(?) i "
                             "JOIN invoice_lines l ON l.invoice_id = i.value ORDER BY l.order_id"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (auto ok = sqlv::exec(q, tr("read the orders of the invoices")); !ok)
        return std::unexpected(ok.error());
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<LedgerInvoice>> InvoiceRepository::openForCustomer(qint64 customerId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, invoice_no, invoice_date, due_date, total, credited, written_off, applied "
                       "FROM invoices WHERE customer_id = ? AND open_amount > 0 "
                       "ORDER BY due_date, invoice_date, invoice_no, id"));
    q.addBindValue(customerId);
    if (auto ok = sqlv::exec(q, tr("read the customer's open invoices")); !ok)
        return std::unexpected(ok.error());
    QList<LedgerInvoice> out;
    while (q.next())
        out << ledgerFromRow(q);
    return out;
}

Result<QList<LedgerInvoice>> InvoiceRepository::openReachedBy(qint64 customerId, Money amount)
{
    // Both read the partial index of open invoices in collection order and stop early; a big
    // customer's thousands of open invoices are never all read for one payment.
    QList<LedgerInvoice> out;
    QSqlQuery exact(m_db.sql());
    exact.prepare(
        QStringLiteral("SELECT id, invoice_no, invoice_date, due_date, total, credited, written_off, applied "
                       "FROM invoices WHERE customer_id = ? AND open_amount > 0 AND open_amount = ? "
                       "ORDER BY due_date, invoice_date, invoice_no, id LIMIT 1"));
    exact.addBindValue(customerId);
    exact.addBindValue(amount.minor());
    if (auto ok = sqlv::exec(exact, tr("read the customer's open invoices")); !ok)
        return std::unexpected(ok.error());
    if (exact.next()) {
        out << ledgerFromRow(exact);
        return out;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, invoice_no, invoice_date, due_date, total, credited, written_off, applied "
                       "FROM invoices WHERE customer_id = ? AND open_amount > 0 "
                       "ORDER BY due_date, invoice_date, invoice_no, id"));
    q.addBindValue(customerId);
    if (auto ok = sqlv::exec(q, tr("read the customer's open invoices")); !ok)
        return std::unexpected(ok.error());
    Money reached;
    while (reached < amount && q.next()) {
        out << ledgerFromRow(q);
        reached += out.last().open();
    }
    return out;
}

Result<std::optional<LedgerInvoice>> InvoiceRepository::ledgerInvoice(qint64 invoiceId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id, invoice_no, invoice_date, due_date, total, credited, written_off, applied "
                       "FROM invoices WHERE id = ?"));
    q.addBindValue(invoiceId);
    if (auto ok = sqlv::exec(q, tr("read an invoice")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<LedgerInvoice>();
    return std::optional<LedgerInvoice>(ledgerFromRow(q));
}

Result<QHash<QString, InvoiceRef>> InvoiceRepository::refsByNumber(const QStringList& invoiceNos)
{
    QHash<QString, InvoiceRef> out;
    if (invoiceNos.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.invoice_no, i.id, i.customer_id, i.open_amount FROM json_each(?) k "
                             "JOIN invoices i ON i.invoice_no = k.value"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(invoiceNos)).toJson(QJsonDocument::Compact)));
    if (auto ok = sqlv::exec(q, tr("look up invoices")); !ok)
        return std::unexpected(ok.error());
    while (q.next())
        out.insert(q.value(0).toString(), InvoiceRef{q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                     Money::fromMinor(q.value(3).toLongLong())});
    return out;
}

} // namespace od
