#include "StorageBench.h"

#include "../Timing.h"

#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "OrderPlan.h"
#include "OrderPlanRepository.h"
#include "Scheduler.h"
#include "UserRepository.h"
#include "WorkCentreLoadRepository.h"
#include "WorkCentreRepository.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace od::bench {

namespace {

void row(QTextStream& out, const QString& what, double ms, const QString& note = {})
{
    out << QStringLiteral("  %1 %2 ms").arg(what, -58).arg(ms, 10, 'f', 4);
    if (!note.isEmpty())
        out << "  " << note;
    out << '\n';
}

bool fail(QTextStream& out, const QString& what, const Error& error)
{
    out << "  " << what << ": " << error.message << '\n';
    return false;
}

} // namespace

bool runStorageBench(QTextStream& out, const QList<OrderDemand>& orders, QList<WorkCentre> centres,
                     const WorkCalendar& calendar, const QDate& today, int runs)
{
    out << "\nThe same plans stored (a fresh database in a temporary folder):\n";
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("plans.orderdesk")));
    if (!opened)
        return fail(out, QStringLiteral("open"), opened.error());
    Database& db = **opened;
    const qint64 userId = *UserRepository(db).insert(
        {0, QStringLiteral("planner"), QStringLiteral("计划员"), Role::Manager, true});
    Customer customer;
    customer.code = QStringLiteral("C001");
    customer.name = QStringLiteral("上海申通阀门有限公司");
    const qint64 customerId = *CustomerRepository(db).insert(customer);
    WorkCentreRepository centreRepository(db);
    for (WorkCentre& c : centres) {
        auto id = centreRepository.insert(c);
        if (!id)
            return fail(out, QStringLiteral("work centres"), id.error());
        c.id = *id;
    }

    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db);
        QSqlQuery insert(db.sql());
        insert.prepare(QStringLiteral("INSERT INTO orders (id, order_no, customer_id, salesperson_id, "
                                      "customer_name, salesperson_name, status, "
                                      "order_date, created_at, updated_at) VALUES (?, ?, ?, ?, '客户', "
                                      "'计划员', 'planned', ?, '', '')"));
        for (const OrderDemand& o : orders) {
            insert.addBindValue(o.orderId);
            insert.addBindValue(o.orderNo);
            insert.addBindValue(customerId);
            insert.addBindValue(userId);
            insert.addBindValue(o.orderDate.toString(Qt::ISODate));
            if (!insert.exec())
                return fail(out, QStringLiteral("orders"), Error::storage(insert.lastError().text()));
        }
        if (auto ok = tx.commit(); !ok)
            return fail(out, QStringLiteral("orders"), ok.error());
    }

    const CapacityGrid grid(calendar, centres, today, Scheduler::WindowDays);
    const Scheduler scheduler(grid);
    CapacityLoad load(grid);
    qint64 plans = 0, stepDays = 0;
    timer.restart();
    {
        Transaction tx(db);
        OrderPlanRepository repository(db);
        Error error;
        scheduler.replan(load, orders, [&](const OrderDemand& order, const Scheduler::Outcome& outcome) {
            if (!outcome)
                return true;
            OrderPlan plan = OrderPlan::fromSchedule(*outcome, order, 1, grid);
            plan.committedBy = userId;
            for (const OrderPlanStep& s : plan.steps)
                stepDays += s.days.size();
            auto id = repository.insert(plan);
            if (!id) {
                error = id.error();
                return false;
            }
            ++plans;
            return true;
        });
        if (!error.message.isEmpty())
            return fail(out, QStringLiteral("plans"), error);
        if (auto ok = tx.commit(); !ok)
            return fail(out, QStringLiteral("plans"), ok.error());
    }
    row(out, QStringLiteral("store every plan in one transaction"), double(timer.nsecsElapsed()) / 1e6,
        QStringLiteral("%1 plans, %2 step-days").arg(plans).arg(stepDays));

    WorkCentreLoadRepository loads(db);
    const QDate last = grid.date(grid.days() - 1);
    const double keptMs = medianMs(runs, [&] {
        CapacityLoad fresh(grid);
        return loads.addTo(fresh, grid).has_value();
    });
    const double summedMs = medianMs(runs, [&] { return loads.summedFromPlans(today, last).has_value(); });
    const auto kept = loads.between(today, last);
    const auto summed = loads.summedFromPlans(today, last);
    if (!kept || !summed)
        return fail(out, QStringLiteral("load"), kept ? summed.error() : kept.error());
    row(out, QStringLiteral("read a year of load: kept sums per centre and day"), keptMs,
        QStringLiteral("%1 rows").arg(kept->size()));
    row(out, QStringLiteral("read a year of load: summed over every plan step"), summedMs,
        *kept == *summed ? QStringLiteral("the same numbers") : QStringLiteral("DIFFERENT numbers"));

    // One more plan committed on its own, as a planner would: its own transaction, synced.
    qint64 nextId = 10'000'000;
    std::optional<OrderDemand> sample;
    for (const OrderDemand& o : orders)
        if (o.lines.size() >= 3) {
            sample = o;
            break;
        }
    QSqlQuery order(db.sql());
    order.prepare(QStringLiteral(
        "INSERT INTO orders (id, order_no, customer_id, salesperson_id, customer_name, salesperson_name, "
        "status, "
        "order_date, created_at, updated_at) VALUES (?, ?, ?, ?, '客户', '计划员', 'confirmed', ?, '', '')"));
    row(out, QStringLiteral("commit one more plan (3+ lines, its own transaction)"), medianMs(runs, [&] {
            OrderDemand demand = *sample;
            demand.orderId = ++nextId;
            demand.orderNo = QStringLiteral("SO-X-%1").arg(nextId);
            Transaction tx(db);
            order.addBindValue(demand.orderId);
            order.addBindValue(demand.orderNo);
            order.addBindValue(customerId);
            order.addBindValue(userId);
            order.addBindValue(today.toString(Qt::ISODate));
            if (!order.exec())
                return false;
            const auto outcome = scheduler.propose(load, demand);
            if (!outcome)
                return false;
            OrderPlan plan = OrderPlan::fromSchedule(*outcome, demand, 1, grid);
            return OrderPlanRepository(db).insert(plan).has_value() && tx.commit().has_value();
        }));
    return true;
}

} // namespace od::bench
