#include "MyWorkRepository.h"

#include "ReceivablesRepository.h"
#include "SqlValues.h"

namespace od {

Result<QList<OwnedStep>> MyWorkRepository::ownedSteps(qint64 userId, const QDate& until, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, o.id, o.order_no, o.customer_name, s.line_no, s.step_no, s.name, "
        "coalesce(w.code, ''), s.planned_start, s.planned_finish, s.status "
        "FROM order_plan_steps s JOIN order_plans p ON p.id = s.plan_id AND p.status = 'committed' "
        "JOIN orders o ON o.id = p.order_id LEFT JOIN work_centres w ON w.id = s.work_centre_id "
        "WHERE s.owner_user_id = ? AND s.status IN ('pending', 'started') AND s.planned_start <= ? "
        "ORDER BY s.planned_finish, o.id, s.line_no, s.step_no LIMIT ?"));
    q.addBindValue(userId);
    q.addBindValue(sqlv::date(until));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("list the steps you own")); !ok)
        return std::unexpected(ok.error());
    QList<OwnedStep> out;
    while (q.next()) {
        OwnedStep s;
        s.stepId = q.value(0).toLongLong();
        s.orderId = q.value(1).toLongLong();
        s.orderNo = q.value(2).toString();
        s.customerName = q.value(3).toString();
        s.lineNo = q.value(4).toInt();
        s.stepNo = q.value(5).toInt();
        s.name = q.value(6).toString();
        s.workCentre = q.value(7).toString();
        s.plannedStart = sqlv::toDate(q.value(8));
        s.plannedFinish = sqlv::toDate(q.value(9));
        s.started = q.value(10).toString() == QLatin1String("started");
        out << s;
    }
    return out;
}

Result<QList<OverdueInvoice>> MyWorkRepository::overdueForSalesperson(qint64 salespersonId, const QDate& asOf,
                                                                      int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.invoice_no, i.customer_id, c.code, c.name, i.invoice_date, i.due_date, "
        "i.total, i.open_amount FROM invoices i JOIN customers c ON c.id = i.customer_id "
        "WHERE i.open_amount > 0 AND i.due_date < ? AND i.customer_id IN ("
        // The customers the salesperson looks after: those whose latest order is theirs (as the
        // Receivables page shows them). A few customers are looked up, not every invoice's orders.
        " SELECT k.id FROM customers k WHERE (SELECT o.salesperson_id FROM orders o "
        " WHERE o.customer_id = k.id ORDER BY o.order_date DESC, o.id DESC LIMIT 1) = ?) "
        "ORDER BY i.due_date, i.id LIMIT ?"));
    q.addBindValue(sqlv::date(asOf));
    q.addBindValue(salespersonId);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("list your customers' overdue invoices")); !ok)
        return std::unexpected(ok.error());
    QList<OverdueInvoice> out;
    while (q.next())
        out << ReceivablesRepository::overdueFromRow(q);
    return out;
}

Result<QList<OrderBehindPromise>> MyWorkRepository::behindPromise(const QDate& today, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Committed plans are the open orders' only: their index is the whole scan.
    q.prepare(QStringLiteral(
        "SELECT o.id, o.order_no, o.customer_name, o.promised_date, p.earliest_completion, "
        "(SELECT min(s.planned_finish) FROM order_plan_steps s WHERE s.plan_id = p.id "
        " AND s.status <> 'finished' AND s.planned_finish < ?) AS late_step "
        "FROM order_plans p JOIN orders o ON o.id = p.order_id "
        "WHERE p.status = 'committed' AND o.status IN ('planned', 'in_production', 'ready_to_ship') "
        "AND (p.earliest_completion > o.promised_date OR o.promised_date < ? OR late_step IS NOT NULL) "
        "ORDER BY coalesce(o.promised_date, p.earliest_completion), o.id LIMIT ?"));
    q.addBindValue(sqlv::date(today));
    q.addBindValue(sqlv::date(today));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("list the orders behind their promised date")); !ok)
        return std::unexpected(ok.error());
    QList<OrderBehindPromise> out;
    while (q.next()) {
        OrderBehindPromise b;
        b.orderId = q.value(0).toLongLong();
        b.orderNo = q.value(1).toString();
        b.customerName = q.value(2).toString();
        b.promisedDate = sqlv::toDate(q.value(3));
        b.plannedCompletion = sqlv::toDate(q.value(4));
        b.oldestLateStepFinish = sqlv::toDate(q.value(5));
        out << b;
    }
    return out;
}

} // namespace od
