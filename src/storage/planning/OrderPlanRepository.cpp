#include "OrderPlanRepository.h"

#include "SqlValues.h"
#include "WorkCentreLoadRepository.h"

#include <QHash>

namespace od {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<qint64> OrderPlanRepository::insert(const OrderPlan& plan)
{
    QSqlQuery header(m_db.sql());
    header.prepare(QStringLiteral(
        "INSERT INTO order_plans (order_id, revision, status, planned_from, earliest_completion, "
        "promised_date, "
        "override_reason, committed_by, committed_at, released_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    header.addBindValue(plan.orderId);
    header.addBindValue(plan.revision);
    header.addBindValue(plan.committed ? QStringLiteral("committed") : QStringLiteral("released"));
    header.addBindValue(sqlv::date(plan.plannedFrom));
    header.addBindValue(sqlv::date(plan.earliestCompletion));
    header.addBindValue(sqlv::date(plan.promisedDate));
    header.addBindValue(sqlv::text(plan.overrideReason));
    header.addBindValue(idOrNull(plan.committedBy));
    header.addBindValue(plan.committedAt.isValid() ? sqlv::timestamp(plan.committedAt)
                                                   : QVariant(sqlv::nowUtc()));
    header.addBindValue(sqlv::timestamp(plan.releasedAt));
    if (auto ok = sqlv::exec(header, QStringLiteral("save the plan")); !ok)
        return std::unexpected(ok.error());
    header.next();
    const qint64 planId = header.value(0).toLongLong();
    header.finish();

    QSqlQuery step(m_db.sql());
    step.prepare(QStringLiteral(
        "INSERT INTO order_plan_steps (plan_id, line_no, step_no, name, kind, work_centre_id, hours, "
        "quantity, "
        "wait_days, owner_user_id, planned_start, planned_finish, not_before, actual_start, actual_finish, "
        "quantity_done, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery day(m_db.sql());
    day.prepare(QStringLiteral("INSERT INTO order_plan_step_days (step_id, day, hours) VALUES (?, ?, ?)"));
    WorkCentreLoadRepository load(m_db);
    for (const OrderPlanStep& s : plan.steps) {
        step.addBindValue(planId);
        step.addBindValue(s.lineNo);
        step.addBindValue(s.stepNo);
        step.addBindValue(sqlv::text(s.name));
        step.addBindValue(OrderPlanStep::kindKey(s.kind));
        step.addBindValue(idOrNull(s.workCentreId));
        step.addBindValue(s.hours.raw());
        step.addBindValue(s.quantity.raw());
        step.addBindValue(s.waitDays);
        step.addBindValue(idOrNull(s.ownerUserId));
        step.addBindValue(sqlv::date(s.plannedStart));
        step.addBindValue(sqlv::date(s.plannedFinish));
        step.addBindValue(sqlv::date(s.notBefore));
        step.addBindValue(sqlv::date(s.actualStart));
        step.addBindValue(sqlv::date(s.actualFinish));
        step.addBindValue(s.quantityDone.raw());
        step.addBindValue(OrderPlanStep::statusKey(s.status));
        if (auto ok = sqlv::exec(step, QStringLiteral("save the plan")); !ok)
            return std::unexpected(ok.error());
        step.next();
        const qint64 stepId = step.value(0).toLongLong();
        step.finish();
        for (const DayHours& d : s.days) {
            if (!d.hours.isPositive())
                continue;
            day.addBindValue(stepId);
            day.addBindValue(sqlv::date(d.date));
            day.addBindValue(d.hours.raw());
            if (auto ok = sqlv::exec(day, QStringLiteral("save the plan")); !ok)
                return std::unexpected(ok.error());
            if (plan.committed && s.workCentreId > 0) {
                if (auto ok = load.add(s.workCentreId, d.date, d.hours); !ok)
                    return std::unexpected(ok.error());
            }
        }
    }
    return planId;
}

Result<std::optional<OrderPlan>> OrderPlanRepository::single(const QString& where, const QVariantList& values)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT id, order_id, revision, status, planned_from, earliest_completion, promised_date, "
                  "override_reason, coalesce(committed_by, 0), committed_at, released_at FROM order_plans "
                  "%1 ORDER BY revision DESC, id DESC LIMIT 1")
                  .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the plan")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<OrderPlan>();
    OrderPlan plan;
    plan.id = q.value(0).toLongLong();
    plan.orderId = q.value(1).toLongLong();
    plan.revision = q.value(2).toInt();
    plan.committed = q.value(3).toString() == QLatin1String("committed");
    plan.plannedFrom = sqlv::toDate(q.value(4));
    plan.earliestCompletion = sqlv::toDate(q.value(5));
    plan.promisedDate = sqlv::toDate(q.value(6));
    plan.overrideReason = q.value(7).toString();
    plan.committedBy = q.value(8).toLongLong();
    plan.committedAt = sqlv::toTimestamp(q.value(9));
    plan.releasedAt = sqlv::toTimestamp(q.value(10));

    QSqlQuery s(m_db.sql());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral(
        "SELECT s.id, s.line_no, s.step_no, s.name, s.kind, coalesce(s.work_centre_id, 0), coalesce(w.code, "
        "''), "
        "s.hours, s.quantity, s.wait_days, coalesce(s.owner_user_id, 0), s.planned_start, s.planned_finish, "
        "s.not_before, s.actual_start, s.actual_finish, s.quantity_done, s.status FROM order_plan_steps s "
        "LEFT JOIN work_centres w ON w.id = s.work_centre_id WHERE s.plan_id = ? "
        "ORDER BY s.line_no = 0, s.line_no, s.step_no"));
    s.addBindValue(plan.id);
    if (auto ok = sqlv::exec(s, QStringLiteral("read the plan")); !ok)
        return std::unexpected(ok.error());
    QHash<qint64, qsizetype> indexOfStep;
    while (s.next()) {
        OrderPlanStep step;
        step.id = s.value(0).toLongLong();
        step.lineNo = s.value(1).toInt();
        step.stepNo = s.value(2).toInt();
        step.name = s.value(3).toString();
        step.kind = OrderPlanStep::kindFromKey(s.value(4).toString()).value_or(StepKind::Work);
        step.workCentreId = s.value(5).toLongLong();
        step.workCentre = s.value(6).toString();
        step.hours = Hours::fromRaw(s.value(7).toLongLong());
        step.quantity = Quantity::fromRaw(s.value(8).toLongLong());
        step.waitDays = s.value(9).toInt();
        step.ownerUserId = s.value(10).toLongLong();
        step.plannedStart = sqlv::toDate(s.value(11));
        step.plannedFinish = sqlv::toDate(s.value(12));
        step.notBefore = sqlv::toDate(s.value(13));
        step.actualStart = sqlv::toDate(s.value(14));
        step.actualFinish = sqlv::toDate(s.value(15));
        step.quantityDone = Quantity::fromRaw(s.value(16).toLongLong());
        step.status = OrderPlanStep::statusFromKey(s.value(17).toString()).value_or(PlanStepStatus::Pending);
        indexOfStep.insert(step.id, plan.steps.size());
        plan.steps << step;
    }

    QSqlQuery d(m_db.sql());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral(
        "SELECT d.step_id, d.day, d.hours FROM order_plan_step_days d "
        "JOIN order_plan_steps s ON s.id = d.step_id WHERE s.plan_id = ? ORDER BY d.step_id, d.day"));
    d.addBindValue(plan.id);
    if (auto ok = sqlv::exec(d, QStringLiteral("read the plan")); !ok)
        return std::unexpected(ok.error());
    while (d.next()) {
        const auto index = indexOfStep.constFind(d.value(0).toLongLong());
        if (index != indexOfStep.cend())
            plan.steps[*index].days.append(
                {sqlv::toDate(d.value(1)), Hours::fromRaw(d.value(2).toLongLong())});
    }
    return std::optional<OrderPlan>(plan);
}

Result<std::optional<OrderPlan>> OrderPlanRepository::byId(qint64 planId)
{
    return single(QStringLiteral("WHERE id = ?"), {planId});
}

Result<std::optional<OrderPlan>> OrderPlanRepository::forRevision(qint64 orderId, int revision)
{
    return single(QStringLiteral("WHERE order_id = ? AND revision = ?"), {orderId, revision});
}

Result<std::optional<OrderPlan>> OrderPlanRepository::committedForOrder(qint64 orderId)
{
    return single(QStringLiteral("WHERE order_id = ? AND status = 'committed'"), {orderId});
}

Status OrderPlanRepository::takeLoadOut(qint64 planId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.work_centre_id, d.day, sum(d.hours) FROM order_plan_step_days d "
                       "JOIN order_plan_steps s ON s.id = d.step_id JOIN order_plans p ON p.id = s.plan_id "
                       "WHERE s.plan_id = ? AND p.status = 'committed' AND s.work_centre_id IS NOT NULL "
                       "GROUP BY s.work_centre_id, d.day"));
    q.addBindValue(planId);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the plan")); !ok)
        return ok;
    QList<WorkCentreDayLoad> taken;
    while (q.next())
        taken << WorkCentreDayLoad{q.value(0).toLongLong(), sqlv::toDate(q.value(1)),
                                   Hours::fromRaw(q.value(2).toLongLong())};
    q.finish();
    WorkCentreLoadRepository load(m_db);
    for (const WorkCentreDayLoad& day : std::as_const(taken)) {
        if (auto ok = load.add(day.workCentreId, day.date, -day.hours); !ok)
            return ok;
    }
    // Days nobody plans on any more leave no row behind.
    QSqlQuery empty(m_db.sql());
    empty.prepare(
        QStringLiteral("DELETE FROM work_centre_load WHERE work_centre_id = ? AND day = ? AND hours = 0"));
    for (const WorkCentreDayLoad& day : std::as_const(taken)) {
        empty.addBindValue(day.workCentreId);
        empty.addBindValue(sqlv::date(day.date));
        if (auto ok = sqlv::exec(empty, QStringLiteral("save the work centres' load")); !ok)
            return ok;
    }
    return {};
}

Status OrderPlanRepository::release(qint64 planId, const QDateTime& at)
{
    if (auto ok = takeLoadOut(planId); !ok)
        return ok;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE order_plans SET status = 'released', released_at = ? WHERE id = ? AND status = 'committed'"));
    q.addBindValue(sqlv::timestamp(at));
    q.addBindValue(planId);
    return sqlv::exec(q, QStringLiteral("save the plan"));
}

Status OrderPlanRepository::remove(qint64 planId)
{
    if (auto ok = takeLoadOut(planId); !ok)
        return ok;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM order_plans WHERE id = ?"));
    q.addBindValue(planId);
    return sqlv::exec(q, QStringLiteral("delete the plan"));
}

Status OrderPlanRepository::updateStep(const OrderPlanStep& step)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE order_plan_steps SET owner_user_id = ?, not_before = ?, actual_start = ?, "
                       "actual_finish = ?, quantity_done = ?, status = ? WHERE id = ?"));
    q.addBindValue(idOrNull(step.ownerUserId));
    q.addBindValue(sqlv::date(step.notBefore));
    q.addBindValue(sqlv::date(step.actualStart));
    q.addBindValue(sqlv::date(step.actualFinish));
    q.addBindValue(step.quantityDone.raw());
    q.addBindValue(OrderPlanStep::statusKey(step.status));
    q.addBindValue(step.id);
    return sqlv::exec(q, QStringLiteral("save the plan step"));
}

Status OrderPlanRepository::reschedule(const OrderPlan& plan, const QList<OrderPlanStep>& before,
                                       const QList<OrderPlanStep>& after)
{
    QSqlQuery header(m_db.sql());
    header.prepare(
        QStringLiteral("UPDATE order_plans SET earliest_completion = ?, promised_date = ? WHERE id = ?"));
    header.addBindValue(sqlv::date(plan.earliestCompletion));
    header.addBindValue(sqlv::date(plan.promisedDate));
    header.addBindValue(plan.id);
    if (auto ok = sqlv::exec(header, QStringLiteral("save the plan")); !ok)
        return ok;
    WorkCentreLoadRepository load(m_db);
    for (const OrderPlanStep& old : before) {
        if (!plan.committed || old.workCentreId <= 0)
            continue;
        for (const DayHours& d : old.days)
            if (auto ok = load.add(old.workCentreId, d.date, Hours::fromRaw(-d.hours.raw())); !ok)
                return ok;
    }
    QSqlQuery step(m_db.sql());
    step.prepare(QStringLiteral("UPDATE order_plan_steps SET planned_start = ?, planned_finish = ?, "
                                "not_before = ?, work_centre_id = ? "
                                "WHERE id = ?"));
    QSqlQuery clear(m_db.sql());
    clear.prepare(QStringLiteral("DELETE FROM order_plan_step_days WHERE step_id = ?"));
    QSqlQuery day(m_db.sql());
    day.prepare(QStringLiteral("INSERT INTO order_plan_step_days (step_id, day, hours) VALUES (?, ?, ?)"));
    for (const OrderPlanStep& s : after) {
        step.addBindValue(sqlv::date(s.plannedStart));
        step.addBindValue(sqlv::date(s.plannedFinish));
        step.addBindValue(sqlv::date(s.notBefore));
        step.addBindValue(s.workCentreId > 0 ? QVariant(s.workCentreId)
                                             : QVariant(QMetaType::fromType<qint64>()));
        step.addBindValue(s.id);
        if (auto ok = sqlv::exec(step, QStringLiteral("save the plan step")); !ok)
            return ok;
        clear.addBindValue(s.id);
        if (auto ok = sqlv::exec(clear, QStringLiteral("save the plan step")); !ok)
            return ok;
        for (const DayHours& d : s.days) {
            if (!d.hours.isPositive())
                continue;
            day.addBindValue(s.id);
            day.addBindValue(sqlv::date(d.date));
            day.addBindValue(d.hours.raw());
            if (auto ok = sqlv::exec(day, QStringLiteral("save the plan step")); !ok)
                return ok;
            if (plan.committed && s.workCentreId > 0)
                if (auto ok = load.add(s.workCentreId, d.date, d.hours); !ok)
                    return ok;
        }
    }
    return {};
}

Result<QList<CommittedPlanStep>> OrderPlanRepository::committedOpenSteps()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.id, o.order_no, o.order_date, o.requested_date, coalesce(p.promised_date, "
        "o.promised_date), "
        "s.id, s.line_no, s.step_no, s.name, s.kind, coalesce(s.work_centre_id, 0), coalesce(w.code, ''), "
        "s.hours, s.quantity, s.wait_days, coalesce(s.owner_user_id, 0), s.planned_start, s.planned_finish, "
        "s.not_before, s.actual_start, s.actual_finish, s.quantity_done, s.status "
        "FROM order_plans p JOIN orders o ON o.id = p.order_id AND o.revision = p.revision "
        "JOIN order_plan_steps s ON s.plan_id = p.id LEFT JOIN work_centres w ON w.id = s.work_centre_id "
        "WHERE p.status = 'committed' AND (o.status IN ('planned', 'in_production') OR "
        "(o.status = 'on_hold' AND o.held_from_status IN ('planned', 'in_production'))) "
        "ORDER BY o.id, s.line_no = 0, s.line_no, s.step_no"));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the plans")); !ok)
        return std::unexpected(ok.error());
    QList<CommittedPlanStep> out;
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
        out << row;
    }
    return out;
}

Result<QList<StepDayLoad>> OrderPlanRepository::stepsOnDay(qint64 workCentreId, const QDate& day)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT o.id, o.order_no, o.customer_name, s.id, s.line_no, s.step_no, s.name, "
                       "coalesce(u.display_name, ''), s.planned_start, s.planned_finish, d.hours, s.status "
                       "FROM order_plan_step_days d JOIN order_plan_steps s ON s.id = d.step_id "
                       "JOIN order_plans p ON p.id = s.plan_id AND p.status = 'committed' JOIN orders o ON "
                       "o.id = p.order_id "
                       "LEFT JOIN users u ON u.id = s.owner_user_id "
                       "WHERE d.day = ? AND s.work_centre_id = ? ORDER BY o.order_no, s.line_no, s.step_no"));
    q.addBindValue(sqlv::date(day));
    q.addBindValue(workCentreId);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the plans")); !ok)
        return std::unexpected(ok.error());
    QList<StepDayLoad> out;
    while (q.next()) {
        StepDayLoad row;
        row.orderId = q.value(0).toLongLong();
        row.orderNo = q.value(1).toString();
        row.customerName = q.value(2).toString();
        row.stepId = q.value(3).toLongLong();
        row.lineNo = q.value(4).toInt();
        row.stepNo = q.value(5).toInt();
        row.name = q.value(6).toString();
        row.ownerName = q.value(7).toString();
        row.plannedStart = sqlv::toDate(q.value(8));
        row.plannedFinish = sqlv::toDate(q.value(9));
        row.hours = Hours::fromRaw(q.value(10).toLongLong());
        row.status = OrderPlanStep::statusFromKey(q.value(11).toString()).value_or(PlanStepStatus::Pending);
        out << row;
    }
    return out;
}

} // namespace od
