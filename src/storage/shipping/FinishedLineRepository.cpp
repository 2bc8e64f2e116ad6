#include "FinishedLineRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

constexpr qsizetype Chunk = 500;

QString marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

} // namespace

Result<QHash<qint64, QList<OrderPlanStep>>> FinishedLineRepository::lineSteps(const QList<qint64>& orderIds)
{
    QHash<qint64, QList<OrderPlanStep>> out;
    for (qsizetype first = 0; first < orderIds.size(); first += Chunk) {
        const qsizetype n = qMin(Chunk, orderIds.size() - first);
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT p.order_id, s.line_no, s.step_no, s.kind, s.status, s.quantity, "
                                 "s.quantity_done FROM order_plans p JOIN order_plan_steps s ON s.plan_id = "
                                 "p.id AND s.line_no > 0 WHERE p.status = 'committed' AND p.order_id IN (%1) "
                                 "ORDER BY p.order_id, s.line_no, s.step_no")
                      .arg(marks(n)));
        for (qsizetype i = first; i < first + n; ++i)
            q.addBindValue(orderIds.at(i));
        if (auto ok = sqlv::exec(q, tr("read what production has finished")); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            OrderPlanStep s;
            s.lineNo = q.value(1).toInt();
            s.stepNo = q.value(2).toInt();
            s.kind = OrderPlanStep::kindFromKey(q.value(3).toString()).value_or(StepKind::Work);
            s.status = OrderPlanStep::statusFromKey(q.value(4).toString()).value_or(PlanStepStatus::Pending);
            s.quantity = Quantity::fromRaw(q.value(5).toLongLong());
            s.quantityDone = Quantity::fromRaw(q.value(6).toLongLong());
            out[q.value(0).toLongLong()] << s;
        }
    }
    return out;
}

Result<QHash<qint64, QMap<int, Quantity>>> FinishedLineRepository::shipped(const QList<qint64>& orderIds)
{
    QHash<qint64, QMap<int, Quantity>> out;
    for (qsizetype first = 0; first < orderIds.size(); first += Chunk) {
        const qsizetype n = qMin(Chunk, orderIds.size() - first);
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT s.order_id, sl.order_line_no, sum(sl.quantity) FROM shipments s "
                                 "JOIN shipment_lines sl ON sl.shipment_id = s.id WHERE s.order_id IN (%1) "
                                 "GROUP BY s.order_id, sl.order_line_no")
                      .arg(marks(n)));
        for (qsizetype i = first; i < first + n; ++i)
            q.addBindValue(orderIds.at(i));
        if (auto ok = sqlv::exec(q, tr("read what has been shipped")); !ok)
            return std::unexpected(ok.error());
        while (q.next())
            out[q.value(0).toLongLong()].insert(q.value(1).toInt(),
                                                Quantity::fromRaw(q.value(2).toLongLong()));
    }
    return out;
}

} // namespace od
