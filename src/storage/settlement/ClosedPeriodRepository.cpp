#include "ClosedPeriodRepository.h"

#include "SqlValues.h"

namespace od {

Result<PeriodLock> ClosedPeriodRepository::lock()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT month FROM closed_periods ORDER BY month"));
    if (auto ok = sqlv::exec(q, tr("read the closed months")); !ok)
        return std::unexpected(ok.error());
    QList<QDate> months;
    while (q.next())
        if (const auto first = PeriodLock::monthFromKey(q.value(0).toString()))
            months << *first;
    return PeriodLock(months);
}

Status ClosedPeriodRepository::close(const QDate& month, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO closed_periods (month, closed_by, closed_at) VALUES (?, ?, ?)"));
    q.addBindValue(PeriodLock::monthKey(month));
    q.addBindValue(userId ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::nowUtc());
    return sqlv::exec(q, tr("close %1").arg(PeriodLock::monthKey(month)));
}

} // namespace od
