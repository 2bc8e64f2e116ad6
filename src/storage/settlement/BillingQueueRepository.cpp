#include "BillingQueueRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

// The terms repeat the partial index orders_billable word for word, so SQLite uses it.
const char* const kBillable =
    "o.status IN ('shipped', 'delivered', 'completed') "
    "AND o.settlement_status IN ('unbilled', 'invoiced', 'partially_paid') "
    "AND (o.settlement_status = 'unbilled' OR EXISTS ("
    "  SELECT 1 FROM order_lines ol WHERE ol.order_id = o.id AND ol.quantity > "
    "  coalesce((SELECT sum(il.quantity) FROM invoice_lines il WHERE il.order_id = o.id "
    "    AND il.order_line_no = ol.line_no AND il.kind = 'goods'), 0) - "
    "  coalesce((SELECT sum(cl.quantity) FROM invoice_lines il JOIN credit_note_lines cl "
    "    ON cl.invoice_line_id = il.id WHERE il.order_id = o.id AND il.order_line_no = ol.line_no), 0)))";

} // namespace

Result<QList<BillableOrder>> BillingQueueRepository::billable(qint64 customerId, int limit, int offset)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT o.id, o.order_no, o.customer_id, c.code, o.customer_name, o.order_date, "
                       "o.status, o.settlement_status, o.total, o.currency, c.payment_terms_days "
                       "FROM orders o INDEXED BY orders_billable JOIN customers c ON c.id = o.customer_id "
                       "WHERE %1 AND (:c = 0 OR o.customer_id = :c) "
                       "ORDER BY o.order_date, o.id LIMIT :limit OFFSET :offset")
            .arg(QLatin1String(kBillable)));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto ok = sqlv::exec(q, tr("read the orders to invoice")); !ok)
        return std::unexpected(ok.error());
    QList<BillableOrder> out;
    while (q.next()) {
        BillableOrder o;
        o.orderId = q.value(0).toLongLong();
        o.orderNo = q.value(1).toString();
        o.customerId = q.value(2).toLongLong();
        o.customerCode = q.value(3).toString();
        o.customerName = q.value(4).toString();
        o.orderDate = sqlv::toDate(q.value(5));
        o.statusKey = q.value(6).toString();
        o.settlementKey = q.value(7).toString();
        o.total = Money::fromMinor(q.value(8).toLongLong());
        o.currency = q.value(9).toString();
        o.paymentTermsDays = q.value(10).toInt();
        out << o;
    }
    return out;
}

Result<bool> BillingQueueRepository::isBillable(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM orders o WHERE o.id = ? AND %1").arg(QLatin1String(kBillable)));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order to invoice")); !ok)
        return std::unexpected(ok.error());
    return q.next();
}

} // namespace od
