#include "DashboardRepository.h"

#include "RiskLevel.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace od {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString salespersonCondition(qint64 salespersonId, const QString& column)
{
    return salespersonId > 0 ? QStringLiteral(" AND %1 = ?").arg(column) : QString();
}

Result<QList<MonthStatusTotals>> readTotals(QSqlQuery& q)
{
    QList<MonthStatusTotals> out;
    while (q.next()) {
        MonthStatusTotals t;
        t.month = q.value(0).toString();
        t.statusKey = q.value(1).toString();
        t.currency = q.value(2).toString();
        t.orders = q.value(3).toLongLong();
        t.totalMinor = q.value(4).toLongLong();
        out << t;
    }
    return out;
}

} // namespace

Result<QList<MonthStatusTotals>>
DashboardRepository::monthTotals(const QString& fromMonth, const QString& toMonth, qint64 salespersonId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT month, status, currency, sum(orders), sum(total) FROM order_month_totals "
                       "WHERE month BETWEEN ? AND ?%1 GROUP BY month, status, currency")
            .arg(salespersonCondition(salespersonId, QStringLiteral("salesperson_id"))));
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    if (salespersonId > 0)
        q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, tr("read the orders per month")); !ok)
        return std::unexpected(ok.error());
    return readTotals(q);
}

Result<QList<MonthStatusTotals>> DashboardRepository::statusTotals(const QStringList& statusKeys,
                                                                   qint64 salespersonId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT '', status, currency, sum(orders), sum(total) FROM order_month_totals "
                             "WHERE status IN (%1)%2 GROUP BY status, currency")
                  .arg(placeholders(statusKeys.size()),
                       salespersonCondition(salespersonId, QStringLiteral("salesperson_id"))));
    for (const QString& key : statusKeys)
        q.addBindValue(key);
    if (salespersonId > 0)
        q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, tr("read the open orders per status")); !ok)
        return std::unexpected(ok.error());
    return readTotals(q);
}

Result<ShipmentCounts> DashboardRepository::shipments(const QDate& from, const QDate& to,
                                                      qint64 salespersonId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(shipped_on <= promised_date), 0), "
                             "coalesce(sum(promised_date IS NULL), 0) FROM order_shipments "
                             "WHERE shipped_on BETWEEN ? AND ?%1")
                  .arg(salespersonCondition(salespersonId, QStringLiteral("salesperson_id"))));
    q.addBindValue(sqlv::date(from));
    q.addBindValue(sqlv::date(to));
    if (salespersonId > 0)
        q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, tr("count the orders shipped")); !ok)
        return std::unexpected(ok.error());
    ShipmentCounts c;
    if (q.next()) {
        c.shipped = q.value(0).toLongLong();
        c.onTime = q.value(1).toLongLong();
        c.withoutPromise = q.value(2).toLongLong();
    }
    return c;
}

Result<DashboardRepository::Flagged> DashboardRepository::flagged(const QString& currency,
                                                                  qint64 salespersonId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The flagged orders' partial index: the orders on track are never read.
    q.prepare(QStringLiteral(
                  "SELECT r.level, count(*), coalesce(sum(CASE WHEN o.currency = ? THEN o.total END), 0) "
                  "FROM order_risks r INDEXED BY order_risks_flagged JOIN orders o ON o.id = r.order_id "
                  "WHERE r.level <> 'on_track'%1 GROUP BY r.level")
                  .arg(salespersonCondition(salespersonId, QStringLiteral("o.salesperson_id"))));
    q.addBindValue(currency);
    if (salespersonId > 0)
        q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, tr("count the orders late and at risk")); !ok)
        return std::unexpected(ok.error());
    Flagged out;
    while (q.next()) {
        OrderCountValue& level =
            q.value(0).toString() == RiskLevelInfo::key(RiskLevel::Late) ? out.late : out.atRisk;
        level.orders = q.value(1).toLongLong();
        level.valueMinor = q.value(2).toLongLong();
    }
    return out;
}

Result<qint64> DashboardRepository::openExceptions(qint64 salespersonId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        salespersonId > 0
            ? QStringLiteral("SELECT count(*) FROM order_exceptions e JOIN orders o ON o.id = e.order_id "
                             "WHERE e.resolved_at IS NULL AND o.salesperson_id = ?")
            : QStringLiteral("SELECT count(*) FROM order_exceptions WHERE resolved_at IS NULL"));
    if (salespersonId > 0)
        q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, tr("count the open exceptions")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<MonthTotalsMismatch>> DashboardRepository::monthTotalsMismatches(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH counted AS (SELECT substr(order_date, 1, 7) AS month, status, salesperson_id, currency, "
        "count(*) AS orders, sum(total) AS total FROM orders GROUP BY 1, 2, 3, 4), "
        "differ AS (SELECT month, status, salesperson_id, currency FROM (SELECT * FROM counted EXCEPT "
        "SELECT month, status, salesperson_id, currency, orders, total FROM order_month_totals) "
        "UNION SELECT month, status, salesperson_id, currency FROM (SELECT month, status, salesperson_id, "
        "currency, orders, total FROM order_month_totals EXCEPT SELECT * FROM counted)) "
        "SELECT d.month, d.status, d.salesperson_id, d.currency, coalesce(s.orders, 0), coalesce(s.total, "
        "0), "
        "coalesce(c.orders, 0), coalesce(c.total, 0) FROM differ d "
        "LEFT JOIN order_month_totals s ON s.month = d.month AND s.status = d.status "
        "AND s.salesperson_id = d.salesperson_id AND s.currency = d.currency "
        "LEFT JOIN counted c ON c.month = d.month AND c.status = d.status "
        "AND c.salesperson_id = d.salesperson_id AND c.currency = d.currency "
        "ORDER BY d.month, d.status LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("recount the orders per month")); !ok)
        return std::unexpected(ok.error());
    QList<MonthTotalsMismatch> out;
    while (q.next()) {
        MonthTotalsMismatch m;
        m.month = q.value(0).toString();
        m.statusKey = q.value(1).toString();
        m.salespersonId = q.value(2).toLongLong();
        m.currency = q.value(3).toString();
        m.storedOrders = q.value(4).toLongLong();
        m.storedTotalMinor = q.value(5).toLongLong();
        m.countedOrders = q.value(6).toLongLong();
        m.countedTotalMinor = q.value(7).toLongLong();
        out << m;
    }
    return out;
}

Result<QStringList> DashboardRepository::shipmentMismatches(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH first AS (SELECT order_id, substr(min(at), 1, 10) AS day FROM order_events "
        "WHERE kind = 'status_changed' AND CASE WHEN json_valid(data) THEN json_extract(data, '$.to') END "
        "= 'shipped' GROUP BY order_id), "
        "differ AS (SELECT order_id FROM (SELECT order_id, day FROM first EXCEPT "
        "SELECT order_id, shipped_on FROM order_shipments) UNION SELECT order_id FROM (SELECT order_id, "
        "shipped_on FROM order_shipments EXCEPT SELECT order_id, day FROM first)) "
        "SELECT coalesce(o.order_no, '#' || d.order_id) FROM differ d LEFT JOIN orders o ON o.id = "
        "d.order_id "
        "ORDER BY d.order_id LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("recount the shipments")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace od
