#include "RiskBenchmarks.h"

#include "BenchBook.h"

#include "Database.h"
#include "RiskService.h"
#include "Timing.h"

#include <QSqlQuery>

namespace od::bench {

QList<BenchResult> RiskBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    std::unique_ptr<Database>* db = &book->db;
    const std::optional<User> manager = book->first(Role::Manager);
    if (!manager) {
        *error = QStringLiteral("the database has no manager");
        return {};
    }
    Session session(**db, *manager);
    RiskRecompute last;
    QString failure;
    auto recompute = [&] {
        auto done = RiskService(session).recomputeAll();
        if (!done) {
            failure = done.error().message;
            return false;
        }
        last = *done;
        return true;
    };

    QList<BenchResult> out;
    BenchResult all;
    all.name = QStringLiteral("recompute every open order's risk");
    all.budgetMs = RecomputeBudgetMs;
    all.medianMs = medianMs(m_runs, recompute, [&] {
        QSqlQuery q((*db)->sql());
        q.exec(QStringLiteral("DELETE FROM order_risks"));
    });
    all.note = QStringLiteral("RiskService::recomputeAll as %1, every verdict written: %2 open orders, %3 at "
                              "risk, %4 late")
                   .arg(manager->name)
                   .arg(last.orders)
                   .arg(last.atRisk)
                   .arg(last.late);
    out << all;

    BenchResult same;
    same.name = QStringLiteral("  of which: the next morning, nothing changed");
    same.budgetMs = RecomputeBudgetMs;
    same.medianMs = medianMs(m_runs, recompute);
    same.note = QStringLiteral("RiskService::recomputeAll again: %1 verdicts written").arg(last.changed);
    out << same;
    if (!failure.isEmpty()) {
        *error = failure;
        return {};
    }
    return out;
}

} // namespace od::bench
