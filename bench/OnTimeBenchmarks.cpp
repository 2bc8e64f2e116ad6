#include "OnTimeBenchmarks.h"

#include "BareSqlite.h"
#include "Database.h"
#include "OnTimeReportService.h"
#include "OnTimeRepository.h"
#include "Timing.h"
#include "UserRepository.h"

#include <QSqlQuery>

namespace od::bench {

QList<BenchResult> OnTimeBenchmarks::run(QString* error)
{
    auto db = Database::open(m_path);
    if (!db) {
        *error = db.error().message;
        return {};
    }
    auto users = UserRepository(**db).all();
    if (!users) {
        *error = users.error().message;
        return {};
    }
    QSqlQuery q((*db)->sql());
    QDate today;
    if (q.exec(QStringLiteral("SELECT max(order_date) FROM orders")) && q.next())
        today = QDate::fromString(q.value(0).toString(), Qt::ISODate).addDays(1);
    std::optional<User> manager;
    for (const User& u : *users)
        if (u.active && u.role == Role::Manager && !manager)
            manager = u;
    if (!manager || !today.isValid()) {
        *error = QStringLiteral("the database needs orders and a manager");
        return {};
    }
    BareSqlite bare;
    if (!bare.open(m_path)) {
        *error = bare.lastError();
        return {};
    }
    Session session(**db, *manager);
    session.setToday(today);
    const QDate from = today.addDays(-(OnTimeReportService::DefaultDays - 1));
    QList<BenchResult> out;
    for (OnTimeGrouping grouping : OnTimeGroupingInfo::all()) {
        OnTimeReport shown;
        BenchResult r;
        r.name = QStringLiteral("On-time report over a year, by %1").arg(OnTimeGroupingInfo::key(grouping));
        r.budgetMs = OnTimeBudgetMs;
        r.medianMs = medianMs(m_runs, [&] {
            auto report = OnTimeReportService(session).report(from, today, grouping);
            if (report)
                shown = *report;
            return report.has_value();
        });
        const QStringList statements = OnTimeRepository::statements(grouping);
        const QVariantList params{from.toString(Qt::ISODate), today.toString(Qt::ISODate)};
        r.sqliteMedianMs = medianMs(m_runs, [&] {
            for (const QString& sql : statements)
                if (!bare.run(sql, params))
                    return false;
            return true;
        });
        r.note =
            QStringLiteral("OnTimeReportService::report as %1 from %2 to %3: %4 orders delivered, %5 late, "
                           "%6 groups")
                .arg(manager->name, from.toString(Qt::ISODate), today.toString(Qt::ISODate))
                .arg(shown.total.delivered)
                .arg(shown.total.late)
                .arg(shown.rows.size());
        out << r;
    }
    return out;
}

} // namespace od::bench
