#include "BulkSettlementWriter.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace od {

namespace {

QByteArray isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
}

void bindUser(SqliteStatement& s, int index, qint64 userId)
{
    if (userId > 0)
        s.bindInt(index, userId);
    else
        s.bindNull(index);
}

// An event's columns as UTF-8, kept for as long as the stage spans borrow them.
struct EventText
{
    qint64 orderId = 0;
    QByteArray at, kind, detail, data;
};

} // namespace

Error BulkSettlementWriter::sqliteError(const QString& what) const
{
    return Database::storageError(what, QString::fromUtf8(SqliteStatement::errorText(m_db)));
}

Status BulkSettlementWriter::write(BulkSettlement& book, const SpanSink& spans)
{
    // The sums the triggers would keep, from the applications.
    for (Invoice& invoice : book.invoices)
        invoice.credited = invoice.writtenOff = invoice.applied = Money();
    for (Payment& payment : book.payments)
        payment.applied = Money();
    for (const BulkPaymentApplication& a : std::as_const(book.applications)) {
        if (a.invoice < 0 || a.invoice >= book.invoices.size() || a.payment < 0 ||
            a.payment >= book.payments.size() ||
            book.invoices[a.invoice].customerId != book.payments[a.payment].customerId)
            return std::unexpected(
                Error::storage(tr("A demo payment is applied to another customer's invoice.")));
        book.invoices[a.invoice].applied += a.amount;
        book.payments[a.payment].applied += a.amount;
    }
    const QByteArray now = sqlv::nowUtc().toLatin1();
    if (auto ok = insertInvoices(book.invoices, book.userId, now); !ok)
        return ok;
    if (auto ok = insertPayments(book.payments, book.userId, now); !ok)
        return ok;
    if (auto ok = insertApplications(book, now); !ok)
        return ok;
    if (auto ok = insertEvents(book.events, spans); !ok)
        return ok;
    if (auto ok = sumBalances(); !ok)
        return ok;
    return setCounters(book);
}

Status BulkSettlementWriter::insertInvoices(QList<Invoice>& invoices, qint64 userId, const QByteArray& now)
{
    SqliteStatement invoice, line;
    if (invoice.prepare(m_db, "INSERT INTO invoices (invoice_no, kind, customer_id, currency, invoice_date, "
                              "due_date, subtotal, tax, total, applied, open_amount, created_by, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") != SQLITE_OK ||
        line.prepare(m_db,
                     "INSERT INTO invoice_lines (invoice_id, line_no, kind, order_id, order_line_no, "
                     "deposit_invoice_id, description, quantity, unit, unit_price, discount_bp, "
                     "tax_rate_bp, amount, fixed_tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") !=
            SQLITE_OK)
        return std::unexpected(sqliteError(tr("save the invoices")));
    for (Invoice& i : invoices) {
        const QByteArray number = i.invoiceNo.toUtf8(), kind = InvoiceKindInfo::key(i.kind).toUtf8(),
                         currency = i.currency.toUtf8(), date = isoDate(i.invoiceDate),
                         due = isoDate(i.dueDate);
        invoice.bindText(1, SqliteStatement::view(number));
        invoice.bindText(2, SqliteStatement::view(kind));
        invoice.bindInt(3, i.customerId);
        invoice.bindText(4, SqliteStatement::view(currency));
        invoice.bindText(5, SqliteStatement::view(date));
        invoice.bindText(6, SqliteStatement::view(due));
        invoice.bindInt(7, i.subtotal.minor());
        invoice.bindInt(8, i.tax.minor());
        invoice.bindInt(9, i.total.minor());
        invoice.bindInt(10, i.applied.minor());
        invoice.bindInt(11, i.open().minor());
        bindUser(invoice, 12, userId);
        invoice.bindText(13, SqliteStatement::view(now));
        if (invoice.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("save invoice %1").arg(i.invoiceNo)));
        i.id = sqlite3_last_insert_rowid(m_db);
        for (InvoiceLine& l : i.lines) {
            const QByteArray lineKind = InvoiceKindInfo::lineKey(l.kind).toUtf8(),
                             description = l.description.toUtf8(), unit = l.unit.toUtf8();
            line.bindInt(1, i.id);
            line.bindInt(2, l.lineNo);
            line.bindText(3, SqliteStatement::view(lineKind));
            line.bindInt(4, l.orderId);
            if (l.orderLineNo)
                line.bindInt(5, l.orderLineNo);
            else
                line.bindNull(5);
            if (l.depositInvoiceId)
                line.bindInt(6, l.depositInvoiceId);
            else
                line.bindNull(6);
            line.bindText(7, SqliteStatement::view(description));
            line.bindInt(8, l.quantity.raw());
            line.bindText(9, SqliteStatement::view(unit));
            line.bindInt(10, l.unitPrice.raw());
            line.bindInt(11, l.discount.raw());
            line.bindInt(12, l.taxRate.raw());
            line.bindInt(13, l.amount.minor());
            line.bindInt(14, l.fixedTax.minor());
            if (line.execute() != SQLITE_DONE)
                return std::unexpected(sqliteError(tr("save the lines of invoice %1").arg(i.invoiceNo)));
            l.id = sqlite3_last_insert_rowid(m_db);
        }
    }
    return {};
}

Status BulkSettlementWriter::insertPayments(QList<Payment>& payments, qint64 userId, const QByteArray& now)
{
    SqliteStatement s;
    if (s.prepare(m_db, "INSERT INTO payments (customer_id, payment_date, amount, method, reference, "
                        "bill_maturity, note, applied, created_by, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("record the payments")));
    for (Payment& p : payments) {
        const QByteArray date = isoDate(p.date), method = PaymentMethodInfo::key(p.method).toUtf8(),
                         reference = p.reference.toUtf8(), maturity = isoDate(p.billMaturity),
                         note = p.note.toUtf8();
        s.bindInt(1, p.customerId);
        s.bindText(2, SqliteStatement::view(date));
        s.bindInt(3, p.amount.minor());
        s.bindText(4, SqliteStatement::view(method));
        s.bindText(5, SqliteStatement::view(reference));
        s.bindTextOrNull(6, SqliteStatement::view(maturity));
        s.bindText(7, SqliteStatement::view(note));
        s.bindInt(8, p.applied.minor());
        bindUser(s, 9, userId);
        s.bindText(10, SqliteStatement::view(now));
        if (s.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record payment %1").arg(p.reference)));
        p.id = sqlite3_last_insert_rowid(m_db);
    }
    return {};
}

Status BulkSettlementWriter::insertApplications(const BulkSettlement& book, const QByteArray& now)
{
    SqliteStatement s;
    if (s.prepare(m_db, "INSERT INTO payment_applications (payment_id, invoice_id, amount, applied_on, "
                        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("apply the payments")));
    for (const BulkPaymentApplication& a : book.applications) {
        if (a.amount.isZero())
            continue;
        const Payment& payment = book.payments[a.payment];
        const Invoice& invoice = book.invoices[a.invoice];
        // Never dated before the payment or the invoice, as the schema requires.
        const QByteArray day = isoDate(std::max(payment.date, invoice.invoiceDate));
        s.bindInt(1, payment.id);
        s.bindInt(2, invoice.id);
        s.bindInt(3, a.amount.minor());
        s.bindText(4, SqliteStatement::view(day));
        bindUser(s, 5, book.userId);
        s.bindText(6, SqliteStatement::view(now));
        if (s.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("apply the payments")));
    }
    return {};
}

Status BulkSettlementWriter::insertEvents(const QList<OrderEvent>& events, const SpanSink& spans)
{
    SqliteStatement s;
    if (s.prepare(m_db, "INSERT INTO order_events (order_id, at, user_id, kind, revision, detail, data) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("record the orders' timelines")));
    std::vector<EventText> texts;
    std::vector<BulkOrderEvent> order;
    std::vector<BulkStageSpan> measured;
    // Each order's events are measured together, as the loader measures an order's timeline.
    const auto measure = [&] {
        order.clear();
        for (const EventText& t : texts)
            order.push_back(BulkOrderEvent{SqliteStatement::view(t.at), 0, SqliteStatement::view(t.kind), 1,
                                           SqliteStatement::view(t.data)});
        measured.clear();
        BulkStageSpans::measure(order, measured);
        for (const BulkStageSpan& span : measured)
            spans(texts.front().orderId, span);
        texts.clear();
    };
    for (const OrderEvent& e : events) {
        if (!texts.empty() && texts.front().orderId != e.orderId)
            measure();
        EventText& t = texts.emplace_back();
        t.orderId = e.orderId;
        t.at = (e.at.isValid() ? e.at.toUTC().toString(Qt::ISODate) : sqlv::nowUtc()).toLatin1();
        t.kind = e.kind.toUtf8();
        t.detail = e.detail.toUtf8();
        t.data = e.data.isEmpty() ? QByteArray() : QJsonDocument(e.data).toJson(QJsonDocument::Compact);
        s.bindInt(1, e.orderId);
        s.bindText(2, SqliteStatement::view(t.at));
        bindUser(s, 3, e.userId);
        s.bindText(4, SqliteStatement::view(t.kind));
        s.bindInt(5, e.revision);
        s.bindText(6, SqliteStatement::view(t.detail));
        s.bindText(7, SqliteStatement::view(t.data));
        if (s.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record the orders' timelines")));
    }
    if (!texts.empty())
        measure();
    return {};
}

Status BulkSettlementWriter::sumBalances()
{
    // A demo goes into a database without customers, so nobody has a balance yet: every invoice
    // and payment there is the book's.
    const char* sql =
        "INSERT INTO customer_balances (customer_id, invoiced, paid, applied) "
        "SELECT customer_id, sum(invoiced), sum(paid), sum(applied) FROM ("
        "  SELECT customer_id, total AS invoiced, 0 AS paid, 0 AS applied FROM invoices"
        "  UNION ALL SELECT customer_id, 0, amount, applied FROM payments) "
        "WHERE true GROUP BY customer_id "
        "ON CONFLICT (customer_id) DO UPDATE SET invoiced = excluded.invoiced, paid = excluded.paid, "
        "applied = excluded.applied";
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(tr("sum the customers' balances")));
    return {};
}

Status BulkSettlementWriter::setCounters(const BulkSettlement& book)
{
    SqliteStatement s;
    if (s.prepare(m_db, "INSERT INTO document_number_counters (kind, prefix, year, last_value) "
                        "VALUES ('invoice', ?, ?, ?) ON CONFLICT (kind, prefix, year) DO UPDATE SET "
                        "last_value = max(last_value, excluded.last_value)") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("number the invoices")));
    const QByteArray prefix = book.invoicePrefix.toUtf8();
    for (auto it = book.lastInvoiceNumbers.cbegin(); it != book.lastInvoiceNumbers.cend(); ++it) {
        s.bindText(1, SqliteStatement::view(prefix));
        s.bindInt(2, it.key());
        s.bindInt(3, it.value());
        if (s.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("number the invoices")));
    }
    return {};
}

} // namespace od
