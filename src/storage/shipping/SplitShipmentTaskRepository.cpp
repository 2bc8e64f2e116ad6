#include "SplitShipmentTaskRepository.h"

#include "SqlValues.h"

#include <QHash>

namespace od {

Status SplitShipmentTaskRepository::insert(SplitShipmentTask& task)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO split_shipment_tasks (order_id, suggestion_key, forecast, "
                             "created_by, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(task.orderId);
    q.addBindValue(task.suggestionKey);
    q.addBindValue(sqlv::date(task.forecast));
    q.addBindValue(task.createdBy > 0 ? QVariant(task.createdBy) : QVariant());
    q.addBindValue(sqlv::timestamp(task.createdAt));
    if (auto ok = sqlv::exec(q, tr("record the shipping task")); !ok)
        return ok;
    task.id = q.lastInsertId().toLongLong();
    QSqlQuery line(m_db.sql());
    line.prepare(QStringLiteral(
        "INSERT INTO split_shipment_task_lines (task_id, line_no, quantity) VALUES (?, ?, ?)"));
    for (const ShipmentLine& l : task.lines) {
        line.addBindValue(task.id);
        line.addBindValue(l.orderLineNo);
        line.addBindValue(l.quantity.raw());
        if (auto ok = sqlv::exec(line, tr("record the shipping task's lines")); !ok)
            return ok;
    }
    return {};
}

Result<QList<SplitShipmentTask>> SplitShipmentTaskRepository::read(const QString& where,
                                                                   const QVariantList& values, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT t.id, t.order_id, o.order_no, o.customer_name, o.promised_date, t.forecast, "
                       "t.suggestion_key, t.created_by, t.created_at, o.status FROM split_shipment_tasks t "
                       "INDEXED BY split_shipment_tasks_open JOIN orders o ON o.id = t.order_id "
                       "WHERE t.done_at IS NULL AND o.status NOT IN ('completed', 'cancelled')%1 "
                       "ORDER BY o.promised_date, t.id LIMIT ?")
            .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("list the shipping tasks")); !ok)
        return std::unexpected(ok.error());
    QList<SplitShipmentTask> out;
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        SplitShipmentTask t;
        t.id = q.value(0).toLongLong();
        t.orderId = q.value(1).toLongLong();
        t.orderNo = q.value(2).toString();
        t.customerName = q.value(3).toString();
        t.promisedDate = sqlv::toDate(q.value(4));
        t.forecast = sqlv::toDate(q.value(5));
        t.suggestionKey = q.value(6).toString();
        t.createdBy = q.value(7).toLongLong();
        t.createdAt = sqlv::toTimestamp(q.value(8));
        t.orderStatus = OrderStatusInfo::fromKey(q.value(9).toString()).value_or(OrderStatus::InProduction);
        indexOf.insert(t.id, out.size());
        out << t;
    }
    if (out.isEmpty())
        return out;
    // The open tasks are a handful: their lines in one statement.
    QSqlQuery lines(m_db.sql());
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral("SELECT l.task_id, l.line_no, l.quantity FROM split_shipment_task_lines l "
                                 "JOIN split_shipment_tasks t ON t.id = l.task_id WHERE t.done_at IS NULL "
                                 "ORDER BY l.task_id, l.line_no"));
    if (auto ok = sqlv::exec(lines, tr("read the shipping tasks' lines")); !ok)
        return std::unexpected(ok.error());
    while (lines.next())
        if (const auto at = indexOf.constFind(lines.value(0).toLongLong()); at != indexOf.cend())
            out[*at].lines << ShipmentLine{lines.value(1).toInt(),
                                           Quantity::fromRaw(lines.value(2).toLongLong())};
    return out;
}

Result<QList<SplitShipmentTask>> SplitShipmentTaskRepository::open(int limit)
{
    return read({}, {}, limit);
}

Result<std::optional<SplitShipmentTask>> SplitShipmentTaskRepository::openForOrder(qint64 orderId)
{
    auto found = read(QStringLiteral(" AND t.order_id = ?"), {orderId}, 1);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<SplitShipmentTask>();
    return std::optional<SplitShipmentTask>(found->constFirst());
}

Result<QSet<qint64>> SplitShipmentTaskRepository::openOrderIds()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT order_id FROM split_shipment_tasks INDEXED BY "
                             "split_shipment_tasks_open WHERE done_at IS NULL"));
    if (auto ok = sqlv::exec(q, tr("list the shipping tasks")); !ok)
        return std::unexpected(ok.error());
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Status SplitShipmentTaskRepository::closeShipped(qint64 orderId, const QDateTime& at)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE split_shipment_tasks SET done_at = ? WHERE order_id = ? AND done_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM split_shipment_task_lines l WHERE l.task_id = split_shipment_tasks.id AND "
        " l.quantity > coalesce((SELECT sum(sl.quantity) FROM shipment_lines sl JOIN shipments s ON "
        " s.id = sl.shipment_id WHERE s.order_id = split_shipment_tasks.order_id AND sl.order_line_no = "
        " l.line_no), 0))"));
    q.addBindValue(sqlv::timestamp(at));
    q.addBindValue(orderId);
    return sqlv::exec(q, tr("close the shipping tasks done"));
}

} // namespace od
