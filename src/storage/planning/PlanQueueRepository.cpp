#include "PlanQueueRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace od {

Result<QList<CommittedPlanStep>> PlanQueueRepository::behind(const QueuePosition& position,
                                                             const QSet<qint64>& centreIds)
{
    QList<CommittedPlanStep> out;
    // An order not promised yet comes after every promised one: nothing is behind it.
    if (!position.promisedDate.isValid() || centreIds.isEmpty())
        return out;
    QJsonArray centres;
    for (qint64 id : centreIds)
        centres.append(id);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH queue AS (SELECT p.id AS plan_id, o.id AS order_id, o.order_no, o.order_date, "
        "o.requested_date, "
        "coalesce(p.promised_date, o.promised_date) AS promised "
        "FROM order_plans p JOIN orders o ON o.id = p.order_id AND o.revision = p.revision "
        "WHERE p.status = 'committed' AND o.id <> ? AND (o.status IN ('planned', 'in_production') OR "
        "(o.status = 'on_hold' AND o.held_from_status IN ('planned', 'in_production')))) "
        "SELECT q.order_id, q.order_no, q.order_date, q.requested_date, q.promised, "
        "s.id, s.line_no, s.step_no, s.name, s.kind, coalesce(s.work_centre_id, 0), coalesce(w.code, ''), "
        "s.hours, s.quantity, s.wait_days, coalesce(s.owner_user_id, 0), s.planned_start, s.planned_finish, "
        "s.not_before, s.actual_start, s.actual_finish, s.quantity_done, s.status "
        "FROM queue q JOIN order_plan_steps s ON s.plan_id = q.plan_id "
        "LEFT JOIN work_centres w ON w.id = s.work_centre_id "
        "WHERE (q.promised > ? OR (q.promised = ? AND (q.order_date > ? OR (q.order_date = ? AND q.order_id "
        "> ?)))) "
        "AND EXISTS (SELECT 1 FROM order_plan_steps t WHERE t.plan_id = q.plan_id AND t.work_centre_id IN "
        "(SELECT value FROM json_each(?))) "
        "ORDER BY q.promised, q.order_date, q.order_id, s.line_no = 0, s.line_no, s.step_no"));
    const QVariant promised = sqlv::date(position.promisedDate);
    const QVariant ordered = sqlv::date(position.orderDate);
    q.addBindValue(position.orderId);
    q.addBindValue(promised);
    q.addBindValue(promised);
    q.addBindValue(ordered);
    q.addBindValue(ordered);
    q.addBindValue(position.orderId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(centres).toJson(QJsonDocument::Compact)));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the plans")); !ok)
        return std::unexpected(ok.error());
    QHash<qint64, qsizetype> byStep;
    QJsonArray stepIds;
    while (q.next()) {
        CommittedPlanStep row;
        row.orderId = q.value(0).toLongLong();
        row.orderNo = q.value(1).toString();
        row.orderDate = sqlv::toDate(q.value(2));
        row.requestedDate = sqlv::toDate(q.value(3));
        row.promisedDate = sqlv::toDate(q.value(4));
        OrderPlanStep& step = row.step;
        step.id = q.value(5).toLongLong();
        step.lineNo = q.value(6).toInt();
        step.stepNo = q.value(7).toInt();
        step.name = q.value(8).toString();
        step.kind = OrderPlanStep::kindFromKey(q.value(9).toString()).value_or(StepKind::Work);
        step.workCentreId = q.value(10).toLongLong();
        step.workCentre = q.value(11).toString();
        step.hours = Hours::fromRaw(q.value(12).toLongLong());
        step.quantity = Quantity::fromRaw(q.value(13).toLongLong());
        step.waitDays = q.value(14).toInt();
        step.ownerUserId = q.value(15).toLongLong();
        step.plannedStart = sqlv::toDate(q.value(16));
        step.plannedFinish = sqlv::toDate(q.value(17));
        step.notBefore = sqlv::toDate(q.value(18));
        step.actualStart = sqlv::toDate(q.value(19));
        step.actualFinish = sqlv::toDate(q.value(20));
        step.quantityDone = Quantity::fromRaw(q.value(21).toLongLong());
        step.status = OrderPlanStep::statusFromKey(q.value(22).toString()).value_or(PlanStepStatus::Pending);
        if (step.kind == StepKind::Work) {
            byStep.insert(step.id, out.size());
            stepIds.append(step.id);
        }
        out << row;
    }
    if (stepIds.isEmpty())
        return out;
    QSqlQuery d(m_db.sql());
    d.setForwardOnly(true);
    d.prepare(
        QStringLiteral("SELECT d.step_id, d.day, d.hours FROM order_plan_step_days d "
                       "WHERE d.step_id IN (SELECT value FROM json_each(?)) ORDER BY d.step_id, d.day"));
    d.addBindValue(QString::fromUtf8(QJsonDocument(stepIds).toJson(QJsonDocument::Compact)));
    if (auto ok = sqlv::exec(d, QStringLiteral("read the plans")); !ok)
        return std::unexpected(ok.error());
    while (d.next()) {
        const qsizetype at = byStep.value(d.value(0).toLongLong(), -1);
        if (at >= 0)
            out[at].step.days << DayHours{sqlv::toDate(d.value(1)), Hours::fromRaw(d.value(2).toLongLong())};
    }
    return out;
}

} // namespace od
