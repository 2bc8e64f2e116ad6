#include "BottleneckBenchmarks.h"

#include "BenchBook.h"

#include "BareSqlite.h"
#include "BottleneckService.h"
#include "Database.h"
#include "Timing.h"

#include <QSqlQuery>

namespace od::bench {

QList<BenchResult> BottleneckBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    std::unique_ptr<Database>* db = &book->db;
    const QList<User>* users = &book->users;
    QSqlQuery q((*db)->sql());
    const QDate today = book->dayAfterLastOrder();
    QStringList stages;
    if (q.exec(QStringLiteral("SELECT DISTINCT stage FROM stage_span_counts")))
        while (q.next())
            stages << q.value(0).toString();
    q.finish();
    std::optional<User> manager;
    for (const User& u : *users)
        if (u.active && u.role == Role::Manager && !manager)
            manager = u;
    if (!manager || !today.isValid()) {
        *error = QStringLiteral("the database needs orders and a manager");
        return {};
    }
    const QDate to = today;
    const QDate from = BottleneckService::defaultFrom(to);
    const QDate previousTo = from.addDays(-1);
    const QDate previousFrom = previousTo.addDays(-(from.daysTo(to)));

    Session session(**db, *manager);
    session.setToday(today);
    BottleneckReport shown;
    BenchResult r;
    r.name = QStringLiteral("Bottleneck analysis of a year, with the year before (manager)");
    r.budgetMs = BottleneckBudgetMs;
    r.medianMs = medianMs(m_runs, [&] {
        auto report = BottleneckService(session).report(from, to);
        if (report)
            shown = *report;
        return report.has_value();
    });

    BareSqlite bare;
    if (bare.open(m_path)) {
        const auto sql = [](const char* text) { return QString::fromLatin1(text); };
        r.sqliteMedianMs = medianMs(m_runs, [&] {
            bool ok = true;
            for (const QString& stage : stages)
                for (const auto& [a, b] : {std::pair{from, to}, std::pair{previousFrom, previousTo}})
                    ok = ok && bare.run(sql("SELECT hours, spans FROM stage_span_counts WHERE stage = ? AND "
                                            "ended_on BETWEEN ? AND ?"),
                                        {stage, a.toString(Qt::ISODate), b.toString(Qt::ISODate)});
            ok = ok && bare.run(sql("SELECT id, name FROM work_centres"), {});
            ok = ok && bare.run(sql("SELECT count(*), count(DISTINCT order_id) FROM change_requests WHERE "
                                    "requested_at >= ? AND requested_at < ?"),
                                {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
            return ok;
        });
    }
    qint64 spans = 0;
    for (const StageFigures& s : shown.stages)
        spans += s.current.spans;
    const StageFigures* worst = shown.worst();
    r.note = QStringLiteral("BottleneckService::report from %1 to %2: %3 stages, %4 stage spans, worst: %5")
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                 .arg(shown.stages.size())
                 .arg(spans)
                 .arg(worst ? worst->stage.key() : QStringLiteral("none"));
    return {r};
}

} // namespace od::bench
