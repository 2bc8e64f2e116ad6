#include "DashboardChartRepository.h"

#include "DashboardSummarySql.h"
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

// The rows in which `table` and its recount `counted` (the same columns) differ, either way, each
// named by the expression `label` over the columns.
Result<QStringList> differingKeys(Database& db, const QString& table, const QString& counted,
                                  const QString& label, int limit)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH counted AS (%1) SELECT DISTINCT %2 FROM ("
                             "SELECT * FROM (SELECT * FROM counted EXCEPT SELECT * FROM %3) "
                             "UNION ALL SELECT * FROM (SELECT * FROM %3 EXCEPT SELECT * FROM counted)) "
                             "ORDER BY 1 LIMIT ?")
                  .arg(counted, label, table));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, DashboardChartRepository::tr("recount the summary %1").arg(table)); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

Result<QList<MonthShipmentCounts>> DashboardChartRepository::shipmentsByMonth(const QString& fromMonth,
                                                                              const QString& toMonth,
                                                                              qint64 salespersonId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT month, sum(shipped), sum(on_time), sum(without_promise) "
                             "FROM shipment_month_totals WHERE month BETWEEN ? AND ?%1 "
                             "GROUP BY month ORDER BY month")
                  .arg(salespersonCondition(salespersonId, QStringLiteral("salesperson_id"))));
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    if (salespersonId > 0)
        q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, tr("read the shipments per month")); !ok)
        return std::unexpected(ok.error());
    QList<MonthShipmentCounts> out;
    while (q.next())
        out << MonthShipmentCounts{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                   q.value(3).toLongLong()};
    return out;
}

Result<QList<CustomerOrderValue>> DashboardChartRepository::topCustomers(const QString& fromMonth,
                                                                         const QString& toMonth,
                                                                         const QStringList& statusKeys,
                                                                         const QString& currency,
                                                                         qint64 salespersonId, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.customer_id, c.code, c.name, t.orders, t.value FROM ("
                             "SELECT customer_id, sum(orders) AS orders, "
                             "sum(CASE WHEN currency = ? THEN total ELSE 0 END) AS value "
                             "FROM customer_month_totals WHERE month BETWEEN ? AND ? AND status IN (%1)%2 "
                             "GROUP BY customer_id) t JOIN customers c ON c.id = t.customer_id "
                             "ORDER BY t.value DESC, c.code LIMIT ?")
                  .arg(placeholders(statusKeys.size()),
                       salespersonCondition(salespersonId, QStringLiteral("salesperson_id"))));
    q.addBindValue(currency);
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    for (const QString& key : statusKeys)
        q.addBindValue(key);
    if (salespersonId > 0)
        q.addBindValue(salespersonId);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("read the customers' orders per month")); !ok)
        return std::unexpected(ok.error());
    QList<CustomerOrderValue> out;
    while (q.next())
        out << CustomerOrderValue{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toLongLong(), q.value(4).toLongLong()};
    return out;
}

Result<QStringList> DashboardChartRepository::shipmentMonthMismatches(int limit)
{
    return differingKeys(m_db, QStringLiteral("shipment_month_totals"),
                         QString::fromLatin1(DashboardSummarySql::ShipmentMonthCount),
                         QStringLiteral("month || ', salesperson #' || salesperson_id"), limit);
}

Result<QStringList> DashboardChartRepository::customerMonthMismatches(int limit)
{
    return differingKeys(m_db, QStringLiteral("customer_month_totals"),
                         QString::fromLatin1(DashboardSummarySql::CustomerMonthCount),
                         QStringLiteral("month || ', customer #' || customer_id || ', ' || status || ', "
                                        "salesperson #' || salesperson_id || ', ' || currency"),
                         limit);
}

} // namespace od
