#include "StepAlternativeRepository.h"

#include "SqlValues.h"

namespace od {

Result<bool> StepAlternativeRepository::any()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM routing_step_alternatives)"));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the alternative work centres")); !ok)
        return std::unexpected(ok.error());
    return q.next() && q.value(0).toBool();
}

Result<QList<StepAlternative>> StepAlternativeRepository::forOrder(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.line_no, r.step_no, w.id, w.code, w.name FROM order_lines l "
        "JOIN routing_steps r ON r.product_id = l.product_id "
        "JOIN routing_step_alternatives a ON a.routing_step_id = r.id "
        "JOIN work_centres w ON w.id = a.work_centre_id AND w.active = 1 "
        "JOIN order_plans p ON p.order_id = l.order_id AND p.status = 'committed' "
        "JOIN order_plan_steps s ON s.plan_id = p.id AND s.line_no = l.line_no AND s.step_no = r.step_no "
        "WHERE l.order_id = ? AND s.kind = 'work' AND s.status = 'pending' AND s.work_centre_id <> w.id "
        "ORDER BY l.line_no, r.step_no, w.code"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the alternative work centres")); !ok)
        return std::unexpected(ok.error());
    QList<StepAlternative> out;
    while (q.next())
        out << StepAlternative{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong(),
                               q.value(3).toString(), q.value(4).toString()};
    return out;
}

} // namespace od
