#include "DateAcceptanceRepository.h"

#include "SqlValues.h"

namespace od {

Result<qint64> DateAcceptanceRepository::insert(const DateAcceptance& a)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO date_acceptances (order_id, revision, requested_date, promised_date, contact_name, "
        "channel, accepted_at, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(a.orderId);
    q.addBindValue(a.revision);
    q.addBindValue(sqlv::date(a.requestedDate));
    q.addBindValue(sqlv::date(a.promisedDate));
    q.addBindValue(sqlv::text(a.contactName));
    q.addBindValue(ContactChannelInfo::key(a.channel));
    q.addBindValue(sqlv::timestamp(a.acceptedAt));
    q.addBindValue(sqlv::text(a.note));
    q.addBindValue(a.recordedBy > 0 ? QVariant(a.recordedBy) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.recordedAt.isValid() ? sqlv::timestamp(a.recordedAt) : QVariant(sqlv::nowUtc()));
    if (auto ok = sqlv::exec(q, QStringLiteral("save the accepted date")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<DateAcceptance>> DateAcceptanceRepository::select(const QString& where,
                                                               const QVariantList& values)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.order_id, a.revision, a.requested_date, a.promised_date, "
                             "a.contact_name, a.channel, a.accepted_at, a.note, coalesce(a.recorded_by, 0), "
                             "coalesce(u.display_name, ''), a.recorded_at FROM date_acceptances a "
                             "LEFT JOIN users u ON u.id = a.recorded_by %1 ORDER BY a.id DESC")
                  .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the accepted dates")); !ok)
        return std::unexpected(ok.error());
    QList<DateAcceptance> out;
    while (q.next()) {
        DateAcceptance a;
        a.id = q.value(0).toLongLong();
        a.orderId = q.value(1).toLongLong();
        a.revision = q.value(2).toInt();
        a.requestedDate = sqlv::toDate(q.value(3));
        a.promisedDate = sqlv::toDate(q.value(4));
        a.contactName = q.value(5).toString();
        a.channel = ContactChannelInfo::fromKey(q.value(6).toString()).value_or(ContactChannel::Phone);
        a.acceptedAt = sqlv::toTimestamp(q.value(7));
        a.note = q.value(8).toString();
        a.recordedBy = q.value(9).toLongLong();
        a.recordedByName = q.value(10).toString();
        a.recordedAt = sqlv::toTimestamp(q.value(11));
        out << a;
    }
    return out;
}

Result<QList<DateAcceptance>> DateAcceptanceRepository::forOrder(qint64 orderId)
{
    return select(QStringLiteral("WHERE a.order_id = ?"), {orderId});
}

Result<std::optional<DateAcceptance>> DateAcceptanceRepository::covering(qint64 orderId,
                                                                         const QDate& promised)
{
    auto rows = select(QStringLiteral("WHERE a.order_id = ? AND a.promised_date >= ?"),
                       {orderId, sqlv::date(promised)});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<DateAcceptance>();
    return std::optional<DateAcceptance>(rows->first());
}

Result<QList<DateAcceptanceRepository::Awaiting>> DateAcceptanceRepository::awaiting(qint64 salespersonId,
                                                                                     int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Driven by the committed plans (a few thousand at most), not by the salesperson's orders.
    q.prepare(QStringLiteral(
        "SELECT o.id, o.order_no, o.customer_name, o.requested_date, o.promised_date, "
        "(SELECT min(s.planned_start) FROM order_plan_steps s WHERE s.plan_id = p.id AND s.kind <> "
        "'shipping') "
        "AS start FROM order_plans p CROSS JOIN orders o ON o.id = p.order_id AND o.revision = p.revision "
        "WHERE p.status = 'committed' AND o.status = 'planned' AND o.salesperson_id = ? "
        "AND o.requested_date IS NOT NULL AND o.promised_date > o.requested_date AND NOT EXISTS "
        "(SELECT 1 FROM date_acceptances a WHERE a.order_id = o.id AND a.promised_date >= o.promised_date) "
        "ORDER BY start, o.order_no LIMIT ?"));
    q.addBindValue(salespersonId);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the orders awaiting the customer's acceptance")); !ok)
        return std::unexpected(ok.error());
    QList<Awaiting> out;
    while (q.next())
        out << Awaiting{q.value(0).toLongLong(),  q.value(1).toString(),    q.value(2).toString(),
                        sqlv::toDate(q.value(3)), sqlv::toDate(q.value(4)), sqlv::toDate(q.value(5))};
    return out;
}

} // namespace od
