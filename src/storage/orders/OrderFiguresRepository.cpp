#include "OrderFiguresRepository.h"

#include "SqlValues.h"

namespace od {

Result<QHash<qint64, Quantity>> OrderFiguresRepository::largestQuantities(const QList<qint64>& productIds,
                                                                          qint64 excludeOrderId)
{
    // Walks order_lines_product_quantity downwards from the top and stops at the first line of
    // an order that counts.
    QSqlQuery q(m_db.sql());
    if (auto ok = sqlv::prepare(
            q, QStringLiteral("SELECT l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id "
                              "WHERE l.product_id = ? AND l.order_id <> ? "
                              "AND o.status NOT IN ('draft', 'awaiting_confirmation', 'cancelled') ORDER BY "
                              "l.quantity DESC LIMIT 1"));
        !ok)
        return std::unexpected(ok.error());
    QHash<qint64, Quantity> out;
    for (const qint64 productId : productIds) {
        if (productId <= 0 || out.contains(productId))
            continue;
        q.bindValue(0, productId);
        q.bindValue(1, excludeOrderId);
        if (auto ok = sqlv::exec(q, tr("read the largest quantities ordered")); !ok)
            return std::unexpected(ok.error());
        if (q.next())
            out.insert(productId, Quantity::fromRaw(q.value(0).toLongLong()));
        q.finish();
    }
    return out;
}

Result<Money> OrderFiguresRepository::largestTotal(qint64 customerId, qint64 excludeOrderId)
{
    QSqlQuery q(m_db.sql());
    if (customerId > 0) {
        q.prepare(
            QStringLiteral("SELECT coalesce(max(total), 0) FROM orders WHERE customer_id = ? AND id <> ? "
                           "AND status NOT IN ('draft', 'awaiting_confirmation', 'cancelled')"));
        q.addBindValue(customerId);
    } else {
        q.prepare(QStringLiteral("SELECT total FROM orders WHERE id <> ? AND status NOT IN ('draft', "
                                 "'awaiting_confirmation', 'cancelled') "
                                 "ORDER BY total DESC LIMIT 1"));
    }
    q.addBindValue(excludeOrderId);
    if (auto ok = sqlv::exec(q, tr("read the largest order totals")); !ok)
        return std::unexpected(ok.error());
    return Money::fromMinor(q.next() ? q.value(0).toLongLong() : 0);
}

} // namespace od
