#include "WorkloadRepository.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace od {

Result<QHash<qint64, WorkloadCounts>> WorkloadRepository::counts(const QStringList& openStatusKeys,
                                                                 const QString& currency)
{
    QHash<qint64, WorkloadCounts> out;
    QStringList marks;
    for (qsizetype i = 0; i < openStatusKeys.size(); ++i)
        marks << QStringLiteral("?");
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT salesperson_id, sum(orders), "
                                 "coalesce(sum(CASE WHEN currency = ? THEN total END), 0) "
                                 "FROM order_month_totals WHERE status IN (%1) GROUP BY salesperson_id")
                      .arg(marks.join(QStringLiteral(", "))));
        q.addBindValue(currency);
        for (const QString& key : openStatusKeys)
            q.addBindValue(key);
        if (auto ok = sqlv::exec(q, tr("count each salesperson's open orders")); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            WorkloadCounts& c = out[q.value(0).toLongLong()];
            c.openOrders = q.value(1).toLongLong();
            c.openValueMinor = q.value(2).toLongLong();
        }
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT o.salesperson_id, coalesce(sum(r.level = 'late'), 0), "
                       "coalesce(sum(r.level = 'at_risk'), 0) "
                       "FROM order_risks r INDEXED BY order_risks_flagged JOIN orders o ON o.id = r.order_id "
                       "WHERE r.level <> 'on_track' GROUP BY o.salesperson_id"));
    if (auto ok = sqlv::exec(q, tr("count each salesperson's late orders")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        WorkloadCounts& c = out[q.value(0).toLongLong()];
        c.lateOrders = q.value(1).toLongLong();
        c.atRiskOrders = q.value(2).toLongLong();
    }
    return out;
}

} // namespace od
