#include "DemoPlanWriter.h"

#include "DateAcceptanceRepository.h"
#include "SqlValues.h"
#include "WorkCentreLoadRepository.h"

#include <QHash>

#include <algorithm>

namespace od {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Prepares `q` on first use.
Status ready(Database& db, std::optional<QSqlQuery>& q, const QString& sql)
{
    if (q)
        return {};
    q.emplace(db.sql());
    return sqlv::prepare(*q, sql);
}

} // namespace

Result<QList<DemoOpenOrder>> DemoPlanWriter::newestOpenOrders(int limit)
{
    QList<DemoOpenOrder> orders;
    QHash<qint64, qsizetype> indexById;
    // One indexed range per status, newest first; the newest `limit` of both are kept.
    for (OrderStatus status : {OrderStatus::InProduction, OrderStatus::Planned}) {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, order_no, revision, salesperson_id, order_date, requested_date, "
                           "promised_date FROM orders WHERE status = ? ORDER BY order_date DESC, id DESC "
                           "LIMIT ?"));
        q.addBindValue(OrderStatusInfo::key(status));
        q.addBindValue(limit);
        if (auto ok = sqlv::exec(q, QStringLiteral("read the orders to plan")); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            DemoOpenOrder o;
            o.id = q.value(0).toLongLong();
            o.orderNo = q.value(1).toString();
            o.status = status;
            o.revision = q.value(2).toInt();
            o.salespersonId = q.value(3).toLongLong();
            o.orderDate = sqlv::toDate(q.value(4));
            o.requestedDate = sqlv::toDate(q.value(5));
            o.promisedDate = sqlv::toDate(q.value(6));
            orders << o;
        }
    }
    std::sort(orders.begin(), orders.end(), [](const DemoOpenOrder& a, const DemoOpenOrder& b) {
        return a.orderDate != b.orderDate ? a.orderDate > b.orderDate : a.id > b.id;
    });
    if (orders.size() > limit)
        orders.resize(limit);
    for (qsizetype i = 0; i < orders.size(); ++i)
        indexById.insert(orders[i].id, i);

    QSqlQuery lines(m_db.sql());
    lines.setForwardOnly(true);
    if (auto ok =
            sqlv::prepare(lines, QStringLiteral("SELECT line_no, product_id, quantity, requested_date "
                                                "FROM order_lines WHERE order_id = ? ORDER BY line_no"));
        !ok)
        return std::unexpected(ok.error());
    // The day an order went into production: its last move to in_production on the timeline.
    QSqlQuery started(m_db.sql());
    started.setForwardOnly(true);
    if (auto ok = sqlv::prepare(
            started, QStringLiteral("SELECT max(at) FROM order_events WHERE order_id = ? AND kind = "
                                    "'status_changed' AND data LIKE '%\"to\":\"in_production\"%'"));
        !ok)
        return std::unexpected(ok.error());
    for (DemoOpenOrder& o : orders) {
        lines.addBindValue(o.id);
        if (auto ok = sqlv::exec(lines, QStringLiteral("read the orders to plan")); !ok)
            return std::unexpected(ok.error());
        while (lines.next())
            o.lines << DemoOpenOrder::Line{lines.value(0).toInt(), lines.value(1).toLongLong(),
                                           Quantity::fromRaw(lines.value(2).toLongLong()),
                                           sqlv::toDate(lines.value(3))};
        lines.finish();
        if (o.status != OrderStatus::InProduction)
            continue;
        started.addBindValue(o.id);
        if (auto ok = sqlv::exec(started, QStringLiteral("read the orders to plan")); !ok)
            return std::unexpected(ok.error());
        if (started.next()) {
            const QDateTime at = sqlv::toTimestamp(started.value(0));
            // Timeline times are UTC; the shop floor works on China's calendar days.
            if (at.isValid())
                o.productionStart = at.addSecs(8 * 3600).date();
        }
        started.finish();
    }
    return orders;
}

Result<qint64> DemoPlanWriter::insertPlan(const OrderPlan& plan)
{
    if (auto ok =
            ready(m_db, m_plan,
                  QStringLiteral("INSERT INTO order_plans (order_id, revision, status, planned_from, "
                                 "earliest_completion, promised_date, override_reason, committed_by, "
                                 "committed_at) VALUES (?, ?, 'committed', ?, ?, ?, ?, ?, ?) RETURNING id"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = ready(m_db, m_step,
                        QStringLiteral("INSERT INTO order_plan_steps (plan_id, line_no, step_no, name, kind, "
                                       "work_centre_id, hours, quantity, wait_days, owner_user_id, "
                                       "planned_start, planned_finish, not_before, actual_start, "
                                       "actual_finish, quantity_done, status) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok =
            ready(m_db, m_day,
                  QStringLiteral("INSERT INTO order_plan_step_days (step_id, day, hours) VALUES (?, ?, ?)"));
        !ok)
        return std::unexpected(ok.error());
    QSqlQuery& header = *m_plan;
    header.addBindValue(plan.orderId);
    header.addBindValue(plan.revision);
    header.addBindValue(sqlv::date(plan.plannedFrom));
    header.addBindValue(sqlv::date(plan.earliestCompletion));
    header.addBindValue(sqlv::date(plan.promisedDate));
    header.addBindValue(sqlv::text(plan.overrideReason));
    header.addBindValue(idOrNull(plan.committedBy));
    header.addBindValue(sqlv::timestamp(plan.committedAt));
    if (auto ok = sqlv::exec(header, QStringLiteral("save the plan")); !ok)
        return std::unexpected(ok.error());
    header.next();
    const qint64 planId = header.value(0).toLongLong();
    header.finish();
    QSqlQuery& step = *m_step;
    QSqlQuery& day = *m_day;
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
        }
    }
    return planId;
}

Status DemoPlanWriter::setPromisedDate(qint64 orderId, const QDate& promised)
{
    if (auto ok = ready(m_db, m_promise, QStringLiteral("UPDATE orders SET promised_date = ? WHERE id = ?"));
        !ok)
        return ok;
    m_promise->addBindValue(sqlv::date(promised));
    m_promise->addBindValue(orderId);
    return sqlv::exec(*m_promise, QStringLiteral("save the promised date"));
}

Result<qint64> DemoPlanWriter::insertAcceptance(const DateAcceptance& acceptance)
{
    return DateAcceptanceRepository(m_db).insert(acceptance);
}

Status DemoPlanWriter::finish()
{
    return WorkCentreLoadRepository(m_db).rebuild();
}

} // namespace od
