#include "PlanningBenchmark.h"

#include "OrderQueryService.h"
#include "PlanningService.h"
#include "ProductRepository.h"
#include "Timing.h"
#include "UserRepository.h"

namespace od::bench {

QList<BenchResult> PlanningBenchmark::run(QString* error)
{
    QList<BenchResult> out;
    auto db = Database::open(m_path);
    if (!db) {
        *error = db.error().message;
        return out;
    }
    auto users = UserRepository(**db).all();
    if (!users) {
        *error = users.error().message;
        return out;
    }
    User manager;
    for (const User& u : *users)
        if (u.active && u.role == Role::Manager && manager.id == 0)
            manager = u;
    if (manager.id == 0) {
        *error = QStringLiteral("the database has no manager");
        return out;
    }
    Session session(**db, manager);
    PlanningService planning(session);
    auto waiting = planning.waitingList(m_commits + m_runs + 2);
    if (!waiting || waiting->size() < 2) {
        *error =
            waiting ? QStringLiteral("the database needs confirmed orders to plan") : waiting.error().message;
        return out;
    }

    // Commit the oldest confirmed orders, one by one, as a planner works down the list.
    qsizetype next = 0;
    QString failure;
    const int commits = int(qMin<qsizetype>(m_commits, waiting->size() - 1));
    BenchResult commit;
    commit.name = QStringLiteral("commit a plan");
    commit.budgetMs = CommitBudgetMs;
    commit.medianMs = medianMs(qMax(1, commits - 1), [&] {
        const OrderListRow& row = waiting->at(next++);
        auto done = planning.commit(row.id, {});
        if (!done) {
            // An order whose products cannot be planned is not a failure of the timing.
            failure = done.error().message;
            return false;
        }
        return true;
    });
    commit.note =
        QStringLiteral("PlanningService::commit of the %1 oldest confirmed orders, each on the load of "
                       "those before it")
            .arg(next);
    if (!failure.isEmpty())
        commit.note += QStringLiteral("; refused: %1").arg(failure);
    out << commit;

    BenchResult propose;
    propose.name = QStringLiteral("propose a plan for one order");
    propose.budgetMs = ProposeBudgetMs;
    const qint64 proposed = waiting->at(next).id;
    propose.medianMs = medianMs(m_runs, [&] { return planning.propose(proposed).has_value(); });
    const auto shown = planning.propose(proposed);
    propose.note = QStringLiteral("PlanningService::propose on the committed load (%1 steps)")
                       .arg(shown ? shown->plan.steps.size() : 0);
    out << propose;

    BenchResult promise;
    promise.name = QStringLiteral("earliest possible delivery, %1 lines").arg(Lines);
    promise.budgetMs = PromiseBudgetMs;
    auto products = ProductRepository(**db).search(QString(), Lines, false);
    if (!products || products->size() < Lines) {
        *error = QStringLiteral("the database needs %1 products").arg(Lines);
        return out;
    }
    QList<PromiseLine> lines;
    for (const Product& p : *products)
        lines << PromiseLine{p.id, Quantity::fromUnits(3), {}};
    promise.medianMs = medianMs(m_runs, [&] { return planning.earliestDelivery(lines).has_value(); });
    promise.note =
        QStringLiteral("PlanningService::earliestDelivery: calendar, centres, a year of load, routings");
    out << promise;

    BenchResult capacity;
    capacity.name = QStringLiteral("Capacity: 12 weeks x every work centre");
    capacity.budgetMs = CapacityBudgetMs;
    const QDate today = session.today();
    capacity.medianMs =
        medianMs(m_runs, [&] { return planning.load(today, today.addDays(12 * 7 - 1)).has_value(); });
    capacity.note = QStringLiteral("PlanningService::load, hours available and planned per centre and day");
    out << capacity;

    BenchResult replan;
    replan.name = QStringLiteral("re-plan every open order");
    replan.budgetMs = ReplanBudgetMs;
    int planned = 0;
    replan.medianMs = medianMs(qMin(m_runs, 5), [&] {
        auto report = planning.replanAll();
        if (report)
            planned = report->ordersPlanned;
        return report.has_value();
    });
    replan.note =
        QStringLiteral("PlanningService::replanAll over %1 orders with committed plans").arg(planned);
    out << replan;
    return out;
}

} // namespace od::bench
