#include "CustomerDashboardRepository.h"

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

QList<MonthStatusTotals> readTotals(QSqlQuery& q)
{
    QList<MonthStatusTotals> out;
    while (q.next())
        out << MonthStatusTotals{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toLongLong(), q.value(4).toLongLong()};
    return out;
}

} // namespace

QString CustomerDashboardRepository::salespersonCondition(const QString& column) const
{
    return m_salespersonId > 0 ? QStringLiteral(" AND %1 = ?").arg(column) : QString();
}

void CustomerDashboardRepository::bindScope(QSqlQuery& q) const
{
    q.addBindValue(m_customerId);
    if (m_salespersonId > 0)
        q.addBindValue(m_salespersonId);
}

Result<QList<MonthStatusTotals>> CustomerDashboardRepository::monthTotals(const QString& fromMonth,
                                                                          const QString& toMonth)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The customer's running month summary (kept by triggers with the orders), not the orders.
    q.prepare(
        QStringLiteral("SELECT month, status, currency, sum(orders), sum(total) FROM customer_month_totals "
                       "WHERE month BETWEEN ? AND ? AND customer_id = ?%1 GROUP BY 1, 2, 3")
            .arg(salespersonCondition(QStringLiteral("salesperson_id"))));
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    bindScope(q);
    if (auto ok = sqlv::exec(q, tr("read the customer's orders per month")); !ok)
        return std::unexpected(ok.error());
    return readTotals(q);
}

Result<QList<MonthStatusTotals>> CustomerDashboardRepository::statusTotals(const QStringList& statusKeys)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT '', status, currency, sum(orders), sum(total) FROM customer_month_totals "
                       "WHERE status IN (%1) AND customer_id = ?%2 GROUP BY status, currency")
            .arg(placeholders(statusKeys.size()), salespersonCondition(QStringLiteral("salesperson_id"))));
    for (const QString& key : statusKeys)
        q.addBindValue(key);
    bindScope(q);
    if (auto ok = sqlv::exec(q, tr("read the customer's open orders per status")); !ok)
        return std::unexpected(ok.error());
    return readTotals(q);
}

Result<ShipmentCounts> CustomerDashboardRepository::shipments(const QDate& from, const QDate& to)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The customer's orders first, then each one's first shipment by its key.
    q.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(s.shipped_on <= s.promised_date), 0), "
                       "coalesce(sum(s.promised_date IS NULL), 0) FROM orders o INDEXED BY orders_customer "
                       "CROSS JOIN order_shipments s ON s.order_id = o.id "
                       "WHERE s.shipped_on BETWEEN ? AND ? AND o.customer_id = ?%1")
            .arg(salespersonCondition(QStringLiteral("s.salesperson_id"))));
    q.addBindValue(sqlv::date(from));
    q.addBindValue(sqlv::date(to));
    bindScope(q);
    if (auto ok = sqlv::exec(q, tr("count the customer's orders shipped")); !ok)
        return std::unexpected(ok.error());
    ShipmentCounts c;
    if (q.next())
        c = ShipmentCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return c;
}

Result<QList<MonthShipmentCounts>> CustomerDashboardRepository::shipmentsByMonth(const QDate& from,
                                                                                 const QDate& to)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT substr(s.shipped_on, 1, 7), count(*), "
                       "coalesce(sum(s.shipped_on <= s.promised_date), 0), "
                       "coalesce(sum(s.promised_date IS NULL), 0) FROM orders o INDEXED BY orders_customer "
                       "CROSS JOIN order_shipments s ON s.order_id = o.id "
                       "WHERE s.shipped_on BETWEEN ? AND ? AND o.customer_id = ?%1 GROUP BY 1 ORDER BY 1")
            .arg(salespersonCondition(QStringLiteral("s.salesperson_id"))));
    q.addBindValue(sqlv::date(from));
    q.addBindValue(sqlv::date(to));
    bindScope(q);
    if (auto ok = sqlv::exec(q, tr("count the customer's orders shipped per month")); !ok)
        return std::unexpected(ok.error());
    QList<MonthShipmentCounts> out;
    while (q.next())
        out << MonthShipmentCounts{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                   q.value(3).toLongLong()};
    return out;
}

Result<DashboardRepository::Flagged> CustomerDashboardRepository::flagged(const QString& currency)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT r.level, count(*), coalesce(sum(CASE WHEN o.currency = ? THEN o.total END), 0) "
                  "FROM order_risks r INDEXED BY order_risks_flagged JOIN orders o ON o.id = r.order_id "
                  "WHERE r.level <> 'on_track' AND o.customer_id = ?%1 GROUP BY r.level")
                  .arg(salespersonCondition(QStringLiteral("o.salesperson_id"))));
    q.addBindValue(currency);
    bindScope(q);
    if (auto ok = sqlv::exec(q, tr("count the customer's orders late and at risk")); !ok)
        return std::unexpected(ok.error());
    DashboardRepository::Flagged out;
    while (q.next()) {
        OrderCountValue& level =
            q.value(0).toString() == RiskLevelInfo::key(RiskLevel::Late) ? out.late : out.atRisk;
        level.orders = q.value(1).toLongLong();
        level.valueMinor = q.value(2).toLongLong();
    }
    return out;
}

Result<qint64> CustomerDashboardRepository::openExceptions()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM order_exceptions e JOIN orders o ON o.id = e.order_id "
                             "WHERE e.resolved_at IS NULL AND o.customer_id = ?%1")
                  .arg(salespersonCondition(QStringLiteral("o.salesperson_id"))));
    bindScope(q);
    if (auto ok = sqlv::exec(q, tr("count the customer's open exceptions")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace od
