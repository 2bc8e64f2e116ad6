#include "InvoiceSourceRepository.h"

#include "Invoice.h"
#include "SqlValues.h"

namespace od {

Result<std::optional<InvoiceSourceOrder>> InvoiceSourceRepository::load(qint64 orderId)
{
    QSqlQuery h(m_db.sql());
    h.prepare(QStringLiteral("SELECT order_no, customer_id, currency, tax_rate_bp, subtotal, total "
                             "FROM orders WHERE id = ?"));
    h.addBindValue(orderId);
    if (auto ok = sqlv::exec(h, tr("read the order to invoice")); !ok)
        return std::unexpected(ok.error());
    if (!h.next())
        return std::optional<InvoiceSourceOrder>();
    InvoiceSourceOrder order;
    order.orderId = orderId;
    order.orderNo = h.value(0).toString();
    order.customerId = h.value(1).toLongLong();
    order.currency = h.value(2).toString();
    order.taxRate = BasisPoints::fromRaw(h.value(3).toInt());
    order.subtotal = Money::fromMinor(h.value(4).toLongLong());
    order.total = Money::fromMinor(h.value(5).toLongLong());

    // Goods invoice lines name the order line by number; credit note lines name the invoice line.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT ol.line_no, p.name, ol.description, ol.unit, ol.quantity, ol.unit_price, ol.discount_bp, "
        "ol.amount, "
        "coalesce(inv.quantity, 0), coalesce(inv.amount, 0), coalesce(cr.quantity, 0), coalesce(cr.amount, "
        "0) "
        "FROM order_lines ol JOIN products p ON p.id = ol.product_id "
        "LEFT JOIN (SELECT order_line_no, sum(quantity) AS quantity, sum(amount) AS amount FROM "
        "invoice_lines "
        "  WHERE order_id = ? AND order_line_no IS NOT NULL GROUP BY order_line_no) inv "
        "  ON inv.order_line_no = ol.line_no "
        "LEFT JOIN (SELECT il.order_line_no, sum(cl.quantity) AS quantity, sum(cl.amount) AS amount "
        "  FROM invoice_lines il JOIN credit_note_lines cl ON cl.invoice_line_id = il.id "
        "  WHERE il.order_id = ? AND il.order_line_no IS NOT NULL GROUP BY il.order_line_no) cr "
        "  ON cr.order_line_no = ol.line_no "
        "WHERE ol.order_id = ? ORDER BY ol.line_no"));
    q.addBindValue(orderId);
    q.addBindValue(orderId);
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read what is invoiced of the order")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        InvoiceSourceLine line;
        line.lineNo = q.value(0).toInt();
        const QString spec = q.value(2).toString();
        line.description = spec.isEmpty() ? q.value(1).toString() : q.value(1).toString() + u' ' + spec;
        line.unit = q.value(3).toString();
        line.ordered = Quantity::fromRaw(q.value(4).toLongLong());
        line.unitPrice = UnitPrice::fromRaw(q.value(5).toLongLong());
        line.discount = BasisPoints::fromRaw(q.value(6).toInt());
        line.orderedAmount = Money::fromMinor(q.value(7).toLongLong());
        line.invoiced = Quantity::fromRaw(q.value(8).toLongLong() - q.value(10).toLongLong());
        line.invoicedAmount = Money::fromMinor(q.value(9).toLongLong() - q.value(11).toLongLong());
        order.lines << line;
    }
    auto deposit = this->deposit(orderId);
    if (!deposit)
        return std::unexpected(deposit.error());
    order.deposit = *deposit;
    return std::optional<InvoiceSourceOrder>(order);
}

Result<std::optional<InvoiceDeposit>> InvoiceSourceRepository::deposit(qint64 orderId)
{
    // The order's deposit invoice that is not wholly credited (a credited deposit is no deposit),
    // less what its credit notes took off it.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT i.id, i.invoice_no, i.total - i.credited, "
        "i.tax - coalesce((SELECT sum(c.tax) FROM credit_notes c WHERE c.invoice_id = i.id), 0) "
        "FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
        "WHERE l.order_id = ? AND l.kind = ? AND i.total > i.credited ORDER BY i.id DESC LIMIT 1"));
    q.addBindValue(orderId);
    q.addBindValue(InvoiceKindInfo::lineKey(InvoiceLineKind::Deposit));
    if (auto ok = sqlv::exec(q, tr("read the order's deposit")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<InvoiceDeposit>();
    InvoiceDeposit d;
    d.invoiceId = q.value(0).toLongLong();
    d.invoiceNo = q.value(1).toString();
    d.gross = Money::fromMinor(q.value(2).toLongLong());
    d.tax = Money::fromMinor(q.value(3).toLongLong());

    QSqlQuery deducted(m_db.sql());
    deducted.prepare(
        QStringLiteral("SELECT coalesce(-sum(amount + fixed_tax), 0), coalesce(-sum(fixed_tax), 0) "
                       "FROM invoice_lines WHERE deposit_invoice_id = ?"));
    deducted.addBindValue(d.invoiceId);
    if (auto ok = sqlv::exec(deducted, tr("read the order's deposit")); !ok)
        return std::unexpected(ok.error());
    deducted.next();
    d.deductedGross = Money::fromMinor(deducted.value(0).toLongLong());
    d.deductedTax = Money::fromMinor(deducted.value(1).toLongLong());
    return std::optional<InvoiceDeposit>(d);
}

} // namespace od
