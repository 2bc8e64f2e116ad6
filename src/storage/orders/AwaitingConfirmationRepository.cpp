#include "AwaitingConfirmationRepository.h"

#include "SqlValues.h"

namespace od {

Result<QList<AwaitingConfirmation>> AwaitingConfirmationRepository::list(qint64 visibleToSalespersonId,
                                                                         int limit)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral(
            "SELECT o.id, o.order_no, o.customer_name, o.salesperson_name, o.revision, o.requested_date, "
            "o.total, "
            "coalesce((SELECT max(e.at) FROM order_events e WHERE e.order_id = o.id AND e.kind = 'submitted' "
            "AND e.revision = o.revision), o.updated_at) AS sent_at "
            "FROM orders o WHERE o.status = 'awaiting_confirmation'%1 ORDER BY sent_at, o.id LIMIT ?")
            // One salesperson's queue comes from its own small index.
            .arg(visibleToSalespersonId != 0 ? QStringLiteral(" AND o.salesperson_id = ?") : QString()));
    if (visibleToSalespersonId != 0)
        q.addBindValue(visibleToSalespersonId);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("list orders awaiting confirmation")); !ok)
        return std::unexpected(ok.error());
    QList<AwaitingConfirmation> out;
    while (q.next()) {
        AwaitingConfirmation a;
        a.orderId = q.value(0).toLongLong();
        a.orderNo = q.value(1).toString();
        a.customerName = q.value(2).toString();
        a.salespersonName = q.value(3).toString();
        a.revision = q.value(4).toInt();
        a.requestedDate = sqlv::toDate(q.value(5));
        a.total = Money::fromMinor(q.value(6).toLongLong());
        a.sentAt = sqlv::toTimestamp(q.value(7));
        out << a;
    }
    return out;
}

} // namespace od
