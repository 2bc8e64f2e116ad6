#include "OnTimeRepository.h"

#include "OnTimeSummarySql.h"
#include "SqlValues.h"

namespace od {

namespace {

const QString kFigures = QStringLiteral("sum(delivered), sum(on_time), sum(late), sum(days_late)");

struct GroupSql
{
    QString table; // the per-day counts to read
    QString key;   // their group column
    QString names; // the group's key and name by g
};

GroupSql groupSql(OnTimeGrouping grouping)
{
    switch (grouping) {
    case OnTimeGrouping::Customer:
        return {QStringLiteral("on_time_day_counts"), QStringLiteral("customer_id"),
                QStringLiteral("JOIN customers n ON n.id = x.g")};
    case OnTimeGrouping::Salesperson:
        return {QStringLiteral("on_time_day_counts"), QStringLiteral("salesperson_id"),
                QStringLiteral("JOIN users n ON n.id = x.g")};
    case OnTimeGrouping::Product:
        return {QStringLiteral("on_time_product_days"), QStringLiteral("product_id"),
                QStringLiteral("JOIN products n ON n.id = x.g")};
    case OnTimeGrouping::WorkCentre:
        return {QStringLiteral("on_time_work_centre_days"), QStringLiteral("work_centre_id"),
                QStringLiteral("JOIN work_centres n ON n.id = x.g")};
    case OnTimeGrouping::Cause:
        return {QStringLiteral("on_time_day_counts"), QStringLiteral("cause"), QString()};
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
    return {
        QStringLiteral("SELECT ") + kFigures +
            QStringLiteral(" FROM on_time_day_counts WHERE delivered_on BETWEEN ? AND ?"),
        QStringLiteral("SELECT %1, x.c1, x.c2, x.c3, x.c4, x.g FROM (SELECT %2 AS g, sum(delivered) AS c1, "
                       "sum(on_time) AS c2, sum(late) AS c3, sum(days_late) AS c4 FROM %3 "
                       "WHERE delivered_on BETWEEN ? AND ? GROUP BY g) x %4 ORDER BY 3 DESC, 1")
            .arg(keyAndName(grouping), sql.key, sql.table, sql.names)};
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

Result<QStringList> OnTimeRepository::deliveryMismatches(int limit)
{
    const QString sql =
        QStringLiteral(
            "WITH fresh (order_id, delivered_on, promised_date, days_late, customer_id, salesperson_id, "
            "cause) "
            "AS (%1), "
            "wrong AS (SELECT f.order_id FROM fresh f LEFT JOIN order_deliveries d ON d.order_id = "
            "f.order_id "
            "WHERE d.order_id IS NULL OR d.delivered_on IS NOT f.delivered_on "
            "OR d.promised_date IS NOT f.promised_date OR d.days_late IS NOT f.days_late "
            "OR d.customer_id IS NOT f.customer_id OR d.salesperson_id IS NOT f.salesperson_id "
            "OR d.cause IS NOT f.cause "
            "UNION ALL SELECT d.order_id FROM order_deliveries d "
            "WHERE NOT EXISTS (SELECT 1 FROM fresh f WHERE f.order_id = d.order_id)) "
            "SELECT coalesce(o.order_no, '#' || w.order_id) FROM (SELECT order_id FROM wrong LIMIT ?) w "
            "LEFT JOIN orders o ON o.id = w.order_id")
            .arg(QLatin1String(OnTimeSummarySql::Deliveries));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (auto ok = sqlv::prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("count the delivered orders again")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<OnTimeCountMismatch>> OnTimeRepository::countMismatches(int limit)
{
    struct Summary
    {
        const char* table;
        QString key; // the key columns after delivered_on
        const char* recount;
    };
    const QList<Summary> summaries = {
        {"on_time_day_counts", QStringLiteral("customer_id, salesperson_id, cause"),
         OnTimeSummarySql::DayCounts},
        {"on_time_product_days", QStringLiteral("product_id"), OnTimeSummarySql::ProductDays},
        {"on_time_work_centre_days", QStringLiteral("work_centre_id"), OnTimeSummarySql::WorkCentreDays},
    };
    QList<OnTimeCountMismatch> out;
    for (const Summary& s : summaries) {
        if (out.size() >= limit)
            break;
        const QStringList keys = s.key.split(QStringLiteral(", "));
        QStringList on, keyText;
        for (const QString& k : keys) {
            on << QStringLiteral("k.%1 = c.%1").arg(k);
            keyText << QStringLiteral("%1.%2").arg(QStringLiteral("%1"), k);
        }
        const QString cols = QStringLiteral("delivered_on, ") + s.key;
        const QString sql =
            QStringLiteral("WITH counted (%1, delivered, on_time, late, days_late) AS (%2) "
                           "SELECT c.delivered_on, %3, coalesce(k.delivered, 0), c.delivered FROM counted c "
                           "LEFT JOIN %4 k ON k.delivered_on = c.delivered_on AND %5 "
                           "WHERE k.delivered IS NOT c.delivered OR k.on_time IS NOT c.on_time "
                           "OR k.late IS NOT c.late OR k.days_late IS NOT c.days_late "
                           "UNION ALL SELECT k.delivered_on, %6, k.delivered, 0 FROM %4 k "
                           "WHERE NOT EXISTS (SELECT 1 FROM counted c WHERE c.delivered_on = k.delivered_on "
                           "AND %5) LIMIT ?")
                .arg(cols, QLatin1String(s.recount),
                     keyText.join(QStringLiteral(" || '/' || ")).arg(QStringLiteral("c")),
                     QLatin1String(s.table), on.join(QStringLiteral(" AND ")),
                     keyText.join(QStringLiteral(" || '/' || ")).arg(QStringLiteral("k")));
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (auto ok = sqlv::prepare(q, sql); !ok)
            return std::unexpected(ok.error());
        q.addBindValue(limit - out.size());
        if (auto ok = sqlv::exec(q, tr("count the delivered orders again")); !ok)
            return std::unexpected(ok.error());
        while (q.next())
            out << OnTimeCountMismatch{QString::fromLatin1(s.table), q.value(0).toString(),
                                       q.value(1).toString(), q.value(2).toLongLong(),
                                       q.value(3).toLongLong()};
    }
    return out;
}

} // namespace od
