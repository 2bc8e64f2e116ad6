#include "SettlementBatchRepository.h"

#include "PaymentApplicationRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace od {

namespace {

QString idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QByteArray isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

} // namespace

Error SettlementBatchRepository::sqliteError(const QString& what) const
{
    return Database::storageError(what, QString::fromUtf8(SqliteStatement::errorText(m_db.handle())));
}

Result<QHash<qint64, QList<OpenInvoiceItem>>>
SettlementBatchRepository::openInvoices(const QList<qint64>& customerIds)
{
    QHash<qint64, QList<OpenInvoiceItem>> out;
    if (customerIds.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Each customer's part of the partial index of open invoices, one customer after the other.
    q.prepare(QStringLiteral(
        "SELECT i.customer_id, i.id, i.invoice_no, i.invoice_date, i.due_date, i.open_amount "
        "FROM json_each(?) c JOIN invoices i ON i.customer_id = c.value AND i.open_amount > 0"));
    q.addBindValue(idArray(customerIds));
    if (auto ok = sqlv::exec(q, tr("read the customers' open invoices")); !ok)
        return std::unexpected(ok.error());
    while (q.next())
        out[q.value(0).toLongLong()] << OpenInvoiceItem{q.value(1).toLongLong(), q.value(2).toString(),
                                                        sqlv::toDate(q.value(3)), sqlv::toDate(q.value(4)),
                                                        Money::fromMinor(q.value(5).toLongLong())};
    return out;
}

Status SettlementBatchRepository::insertPayments(QList<Payment>& payments, qint64 userId)
{
    if (payments.isEmpty())
        return {};
    if (!m_payment.isPrepared() &&
        m_payment.prepare(m_db.handle(),
                          "INSERT INTO payments (customer_id, payment_date, amount, method, reference, "
                          "bill_maturity, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "RETURNING id") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("record the payments")));
    const QByteArray now = sqlv::nowUtc().toLatin1();
    for (Payment& p : payments) {
        const QByteArray date = isoDate(p.date);
        const QByteArray method = PaymentMethodInfo::key(p.method).toUtf8();
        const QByteArray reference = p.reference.toUtf8();
        const QByteArray maturity = isoDate(p.billMaturity);
        const QByteArray note = p.note.toUtf8();
        m_payment.bindInt(1, p.customerId);
        m_payment.bindText(2, view(date));
        m_payment.bindInt(3, p.amount.minor());
        m_payment.bindText(4, view(method));
        m_payment.bindText(5, view(reference));
        m_payment.bindTextOrNull(6, view(maturity));
        m_payment.bindText(7, view(note));
        if (userId)
            m_payment.bindInt(8, userId);
        else
            m_payment.bindNull(8);
        m_payment.bindText(9, view(now));
        if (m_payment.step() != SQLITE_ROW) {
            const Error error = sqliteError(tr("record payment %1").arg(p.reference));
            m_payment.reset();
            return std::unexpected(error);
        }
        p.id = m_payment.columnInt(0);
        const int done = m_payment.step();
        m_payment.reset();
        if (done != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("record payment %1").arg(p.reference)));
        p.applied = Money();
    }
    return {};
}

Status SettlementBatchRepository::insertApplications(const QList<DatedLedgerChange>& changes, qint64 userId)
{
    if (changes.isEmpty())
        return {};
    const std::string insert =
        std::string("INSERT INTO payment_applications (payment_id, invoice_id, amount, "
                    "applied_on, created_by, created_at) VALUES (?, ?, ?, ") +
        kAppliedOn + ", ?, ?)";
    if (!m_application.isPrepared() && m_application.prepare(m_db.handle(), insert) != SQLITE_OK)
        return std::unexpected(sqliteError(tr("apply the payments")));
    const QByteArray now = sqlv::nowUtc().toLatin1();
    QDate lastDate;
    QByteArray day;
    for (const DatedLedgerChange& dated : changes) {
        if (dated.change.amount.isZero())
            continue;
        if (dated.appliedOn != lastDate) {
            lastDate = dated.appliedOn;
            day = isoDate(lastDate);
        }
        m_application.bindInt(1, dated.change.paymentId);
        m_application.bindInt(2, dated.change.invoiceId);
        m_application.bindInt(3, dated.change.amount.minor());
        m_application.bindText(4, view(day));
        m_application.bindInt(5, dated.change.paymentId);
        m_application.bindInt(6, dated.change.invoiceId);
        if (userId)
            m_application.bindInt(7, userId);
        else
            m_application.bindNull(7);
        m_application.bindText(8, view(now));
        if (m_application.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("apply the payments")));
    }
    return {};
}

Result<QList<ShippedOrderToInvoice>>
SettlementBatchRepository::billableOrders(const QList<qint64>& completedOf, const QDate& completedSince)
{
    QList<ShippedOrderToInvoice> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The partial index of billable orders gives them oldest first; their lines follow each.
    q.prepare(QStringLiteral(
        "SELECT o.id, o.order_no, o.customer_id, o.currency, o.tax_rate_bp, o.subtotal, o.total, "
        "o.order_date, c.payment_terms_days, o.revision, l.line_no, p.name, l.description, l.unit, "
        "l.quantity, "
        "l.unit_price, l.discount_bp, l.amount "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        "JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id "
        "WHERE o.status IN ('shipped', 'delivered', 'completed') "
        "AND o.settlement_status IN ('unbilled', 'invoiced', 'partially_paid') "
        "AND (o.status IN ('shipped', 'delivered') OR (o.customer_id IN (SELECT value FROM json_each(?)) "
        "  AND o.order_date >= ?)) AND o.settlement_status = 'unbilled' "
        "AND NOT EXISTS (SELECT 1 FROM invoice_lines il WHERE il.order_id = o.id) "
        "ORDER BY o.order_date, o.id, l.line_no"));
    q.addBindValue(idArray(completedOf));
    q.addBindValue(sqlv::date(completedSince));
    if (auto ok = sqlv::exec(q, tr("read the orders to invoice")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().source.orderId != id) {
            ShippedOrderToInvoice b;
            b.source.orderId = id;
            b.source.orderNo = q.value(1).toString();
            b.source.customerId = q.value(2).toLongLong();
            b.source.currency = q.value(3).toString();
            b.source.taxRate = BasisPoints::fromRaw(q.value(4).toInt());
            b.source.subtotal = Money::fromMinor(q.value(5).toLongLong());
            b.source.total = Money::fromMinor(q.value(6).toLongLong());
            b.orderDate = sqlv::toDate(q.value(7));
            b.paymentTermsDays = q.value(8).toInt();
            b.revision = q.value(9).toInt();
            out << b;
        }
        InvoiceSourceLine line;
        line.lineNo = q.value(10).toInt();
        const QString spec = q.value(12).toString();
        line.description = spec.isEmpty() ? q.value(11).toString() : q.value(11).toString() + u' ' + spec;
        line.unit = q.value(13).toString();
        line.ordered = Quantity::fromRaw(q.value(14).toLongLong());
        line.unitPrice = UnitPrice::fromRaw(q.value(15).toLongLong());
        line.discount = BasisPoints::fromRaw(q.value(16).toInt());
        line.orderedAmount = Money::fromMinor(q.value(17).toLongLong());
        line.shipped = line.ordered; // shipping is recorded per order
        out.last().source.lines << line;
    }
    return out;
}

Status SettlementBatchRepository::insertInvoices(QList<Invoice>& invoices, qint64 userId)
{
    if (invoices.isEmpty())
        return {};
    if (!m_invoice.isPrepared() &&
        m_invoice.prepare(
            m_db.handle(),
            "INSERT INTO invoices (invoice_no, kind, customer_id, currency, invoice_date, due_date, "
            "subtotal, tax, total, open_amount, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("save the invoices")));
    if (!m_invoiceLine.isPrepared() &&
        m_invoiceLine.prepare(
            m_db.handle(),
            "INSERT INTO invoice_lines (invoice_id, line_no, kind, order_id, order_line_no, "
            "deposit_invoice_id, description, quantity, unit, unit_price, discount_bp, "
            "tax_rate_bp, amount, fixed_tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("save the invoices")));
    const QByteArray now = sqlv::nowUtc().toLatin1();
    for (Invoice& invoice : invoices) {
        const QByteArray number = invoice.invoiceNo.toUtf8();
        const QByteArray kind = InvoiceKindInfo::key(invoice.kind).toUtf8();
        const QByteArray currency = invoice.currency.toUtf8();
        const QByteArray date = isoDate(invoice.invoiceDate);
        const QByteArray due = isoDate(invoice.dueDate);
        m_invoice.bindText(1, view(number));
        m_invoice.bindText(2, view(kind));
        m_invoice.bindInt(3, invoice.customerId);
        m_invoice.bindText(4, view(currency));
        m_invoice.bindText(5, view(date));
        m_invoice.bindText(6, view(due));
        m_invoice.bindInt(7, invoice.subtotal.minor());
        m_invoice.bindInt(8, invoice.tax.minor());
        m_invoice.bindInt(9, invoice.total.minor());
        m_invoice.bindInt(10, invoice.total.minor());
        if (userId)
            m_invoice.bindInt(11, userId);
        else
            m_invoice.bindNull(11);
        m_invoice.bindText(12, view(now));
        if (m_invoice.step() != SQLITE_ROW) {
            const Error error = sqliteError(tr("save invoice %1").arg(invoice.invoiceNo));
            m_invoice.reset();
            return std::unexpected(error);
        }
        invoice.id = m_invoice.columnInt(0);
        m_invoice.step();
        m_invoice.reset();
        invoice.credited = invoice.writtenOff = invoice.applied = Money();
        for (InvoiceLine& l : invoice.lines) {
            const QByteArray lineKind = InvoiceKindInfo::lineKey(l.kind).toUtf8();
            const QByteArray description = l.description.toUtf8();
            const QByteArray unit = l.unit.toUtf8();
            m_invoiceLine.bindInt(1, invoice.id);
            m_invoiceLine.bindInt(2, l.lineNo);
            m_invoiceLine.bindText(3, view(lineKind));
            m_invoiceLine.bindInt(4, l.orderId);
            if (l.orderLineNo)
                m_invoiceLine.bindInt(5, l.orderLineNo);
            else
                m_invoiceLine.bindNull(5);
            if (l.depositInvoiceId)
                m_invoiceLine.bindInt(6, l.depositInvoiceId);
            else
                m_invoiceLine.bindNull(6);
            m_invoiceLine.bindText(7, view(description));
            m_invoiceLine.bindInt(8, l.quantity.raw());
            m_invoiceLine.bindText(9, view(unit));
            m_invoiceLine.bindInt(10, l.unitPrice.raw());
            m_invoiceLine.bindInt(11, l.discount.raw());
            m_invoiceLine.bindInt(12, l.taxRate.raw());
            m_invoiceLine.bindInt(13, l.amount.minor());
            m_invoiceLine.bindInt(14, l.fixedTax.minor());
            if (m_invoiceLine.step() != SQLITE_ROW) {
                const Error error = sqliteError(tr("save the lines of invoice %1").arg(invoice.invoiceNo));
                m_invoiceLine.reset();
                return std::unexpected(error);
            }
            l.id = m_invoiceLine.columnInt(0);
            m_invoiceLine.step();
            m_invoiceLine.reset();
        }
    }
    return {};
}

Status SettlementBatchRepository::setInvoiceCounter(const QString& prefix, int year, qint64 lastValue)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO document_number_counters (kind, prefix, year, last_value) VALUES ('invoice', ?, ?, ?) "
        "ON CONFLICT (kind, prefix, year) DO UPDATE SET last_value = max(last_value, excluded.last_value)"));
    q.addBindValue(prefix);
    q.addBindValue(year);
    q.addBindValue(lastValue);
    return sqlv::exec(q, tr("number the invoices"));
}

Status
SettlementBatchRepository::setSettlementOfWholeInvoices(const QList<QPair<qint64, SettlementStatus>>& states)
{
    constexpr const char* kTrigger = "billing_remainders_on_settlement";
    std::string create;
    {
        SqliteStatement read;
        if (read.prepare(m_db.handle(),
                         "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1") != SQLITE_OK)
            return std::unexpected(sqliteError(tr("save the orders' settlement")));
        read.bindText(1, kTrigger);
        if (read.step() == SQLITE_ROW)
            create = std::string(read.columnText(0));
    }
    const auto run = [this](const std::string& sql) -> Status {
        if (sqlite3_exec(m_db.handle(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return std::unexpected(sqliteError(tr("save the orders' settlement")));
        return {};
    };
    if (!create.empty())
        if (auto ok = run(std::string("DROP TRIGGER ") + kTrigger); !ok)
            return ok;
    SqliteStatement update;
    if (update.prepare(m_db.handle(), "UPDATE orders SET settlement_status = ? WHERE id = ?") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("save the orders' settlement")));
    for (const auto& [orderId, status] : states) {
        const QByteArray key = SettlementStatusInfo::key(status).toUtf8();
        update.bindText(1, view(key));
        update.bindInt(2, orderId);
        if (update.execute() != SQLITE_DONE)
            return std::unexpected(sqliteError(tr("save the orders' settlement")));
    }
    if (!create.empty())
        return run(create);
    return {};
}

Status SettlementBatchRepository::insertEvent(const OrderEvent& event)
{
    if (!m_event.isPrepared() &&
        m_event.prepare(m_db.handle(),
                        "INSERT INTO order_events (order_id, at, user_id, kind, revision, detail, "
                        "data) VALUES (?, ?, ?, ?, ?, ?, ?)") != SQLITE_OK)
        return std::unexpected(sqliteError(tr("record the orders' timelines")));
    const QByteArray at =
        (event.at.isValid() ? event.at.toUTC().toString(Qt::ISODate) : sqlv::nowUtc()).toLatin1();
    const QByteArray kind = event.kind.toUtf8();
    const QByteArray detail = event.detail.toUtf8();
    const QByteArray data =
        event.data.isEmpty() ? QByteArray() : QJsonDocument(event.data).toJson(QJsonDocument::Compact);
    m_event.bindInt(1, event.orderId);
    m_event.bindText(2, view(at));
    if (event.userId > 0)
        m_event.bindInt(3, event.userId);
    else
        m_event.bindNull(3);
    m_event.bindText(4, view(kind));
    m_event.bindInt(5, event.revision);
    m_event.bindText(6, view(detail));
    m_event.bindText(7, view(data));
    if (m_event.execute() != SQLITE_DONE)
        return std::unexpected(sqliteError(tr("record the orders' timelines")));
    return {};
}

} // namespace od
