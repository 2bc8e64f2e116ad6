#include "BillingQueueRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

// Shipped orders never invoiced (the partial index orders_unbilled, its terms word for word) and
// those invoiced in part (billing_remainders, kept by triggers), each in order-date order so
// that SQLite merges the two and stops at the limit.
const char* const kShipped = "o.status IN ('shipped', 'delivered', 'completed')";
const char* const kColumns =
    "o.id, o.order_no, o.customer_id, c.code, o.customer_name, o.order_date, o.status, o.settlement_status, "
    "o.total, o.currency, c.payment_terms_days";

} // namespace

Result<QList<BillableOrder>> BillingQueueRepository::billable(qint64 customerId, int limit, int offset)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM orders o INDEXED BY orders_unbilled "
                       "JOIN customers c ON c.id = o.customer_id "
                       "WHERE %2 AND o.settlement_status = 'unbilled' AND (:c = 0 OR o.customer_id = :c) "
                       "UNION ALL "
                       "SELECT %1 FROM billing_remainders r CROSS JOIN orders o ON o.id = r.order_id "
                       "JOIN customers c ON c.id = o.customer_id "
                       "WHERE %2 AND o.settlement_status IN ('invoiced', 'partially_paid') "
                       "AND (:c = 0 OR o.customer_id = :c) "
                       "ORDER BY 6, 1 LIMIT :limit OFFSET :offset")
            .arg(QLatin1String(kColumns), QLatin1String(kShipped)));
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
    q.prepare(
        QStringLiteral("SELECT 1 FROM orders o WHERE o.id = ? AND %1 AND (o.settlement_status = 'unbilled' "
                       "OR (o.settlement_status IN ('invoiced', 'partially_paid') AND EXISTS "
                       "(SELECT 1 FROM billing_remainders r WHERE r.order_id = o.id)))")
            .arg(QLatin1String(kShipped)));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order to invoice")); !ok)
        return std::unexpected(ok.error());
    return q.next();
}

} // namespace od
