#include "OnTimeRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

// Each order delivered from ?1 to ?2 once, with the days it was late (0: on time or no promise).
// The last signed-for day of every order comes from one pass over the shipments grouped by order:
// a scalar subquery per order would be run once for each use of the day (three times as slow).
const QString kDelivered = QStringLiteral(
    "WITH d AS (SELECT id, customer_id, salesperson_id, "
    "CASE WHEN promised_date IS NOT NULL AND delivered_on > promised_date "
    "THEN CAST(julianday(delivered_on) - julianday(promised_date) AS INTEGER) ELSE 0 END AS late_days "
    "FROM (SELECT o.id, o.customer_id, o.salesperson_id, o.promised_date, "
    "coalesce(s.last_delivered, os.shipped_on) AS delivered_on FROM orders o "
    "LEFT JOIN (SELECT order_id, max(delivered_on) AS last_delivered FROM shipments GROUP BY order_id) s "
    "ON s.order_id = o.id LEFT JOIN order_shipments os ON os.order_id = o.id "
    "WHERE o.status IN ('delivered', 'completed')) "
    "WHERE delivered_on BETWEEN ? AND ?) ");

const QString kFigures =
    QStringLiteral("count(*), sum(late_days = 0), sum(late_days > 0), coalesce(sum(late_days), 0)");

struct GroupSql
{
    QString rows;  // one row per order and group: id, late_days, g
    QString names; // the group's key and name by g
};

GroupSql groupSql(OnTimeGrouping grouping)
{
    switch (grouping) {
    case OnTimeGrouping::Customer:
        return {
            QStringLiteral("SELECT id, late_days, customer_id AS g FROM d"),
            QStringLiteral("JOIN customers n ON n.id = x.g"),
        };
    case OnTimeGrouping::Salesperson:
        return {QStringLiteral("SELECT id, late_days, salesperson_id AS g FROM d"),
                QStringLiteral("JOIN users n ON n.id = x.g")};
    case OnTimeGrouping::Product:
        return {QStringLiteral("SELECT DISTINCT d.id, d.late_days, l.product_id AS g FROM d "
                               "JOIN order_lines l ON l.order_id = d.id"),
                QStringLiteral("JOIN products n ON n.id = x.g")};
    case OnTimeGrouping::WorkCentre:
        return {
            QStringLiteral("SELECT DISTINCT d.id, d.late_days, s.work_centre_id AS g FROM d "
                           "JOIN order_plans p ON p.order_id = d.id "
                           "JOIN order_plan_steps s ON s.plan_id = p.id WHERE s.work_centre_id IS NOT NULL"),
            QStringLiteral("JOIN work_centres n ON n.id = x.g")};
    case OnTimeGrouping::Cause:
        return {QStringLiteral("SELECT d.id, d.late_days, coalesce(r.cause, '') AS g FROM d "
                               "LEFT JOIN order_reviews r ON r.order_id = d.id"),
                QString()};
    }
    return {};
}

QString keyAndName(OnTimeGrouping grouping)
{
    switch (grouping) {
    case OnTimeGrouping::Customer:
    case OnTimeGrouping::WorkCentre:
        return QStringLiteral("n.code, n.name");
    case OnTimeGrouping::Product:
        return QStringLiteral("n.sku, n.name");
    case OnTimeGrouping::Salesperson:
        return QStringLiteral("n.name, n.display_name");
    case OnTimeGrouping::Cause:
        return QStringLiteral("x.g, ''");
    }
    return {};
}

void readFigures(const QSqlQuery& q, int first, OnTimeRow& row)
{
    row.delivered = q.value(first).toLongLong();
    row.onTime = q.value(first + 1).toLongLong();
    row.late = q.value(first + 2).toLongLong();
    row.daysLate = q.value(first + 3).toLongLong();
}

} // namespace

QStringList OnTimeRepository::statements(OnTimeGrouping grouping)
{
    const GroupSql sql = groupSql(grouping);
    return {kDelivered + QStringLiteral("SELECT ") + kFigures + QStringLiteral(" FROM d"),
            kDelivered +
                QStringLiteral("SELECT %1, x.c1, x.c2, x.c3, x.c4, x.g FROM (SELECT g, count(*) AS c1, "
                               "sum(late_days = 0) AS c2, sum(late_days > 0) AS c3, sum(late_days) AS c4 "
                               "FROM (%2) GROUP BY g) x %3 ORDER BY 3 DESC, 1")
                    .arg(keyAndName(grouping), sql.rows, sql.names)};
}

Result<OnTimeReport> OnTimeRepository::report(const QDate& from, const QDate& to, OnTimeGrouping grouping)
{
    OnTimeReport report;
    report.from = from;
    report.to = to;
    report.grouping = grouping;

    QSqlQuery total(m_db.sql());
    total.setForwardOnly(true);
    const QStringList sql = statements(grouping);
    total.prepare(sql.at(0));
    total.addBindValue(sqlv::date(from));
    total.addBindValue(sqlv::date(to));
    if (auto ok = sqlv::exec(total, tr("read the on-time figures")); !ok)
        return std::unexpected(ok.error());
    if (total.next())
        readFigures(total, 0, report.total);

    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql.at(1));
    q.addBindValue(sqlv::date(from));
    q.addBindValue(sqlv::date(to));
    if (auto ok = sqlv::exec(q, tr("read the on-time figures")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        OnTimeRow row;
        row.key = q.value(0).toString();
        row.name = q.value(1).toString();
        readFigures(q, 2, row);
        if (grouping != OnTimeGrouping::Cause)
            row.id = q.value(6).toLongLong();
        report.rows << row;
    }
    return report;
}

} // namespace od
