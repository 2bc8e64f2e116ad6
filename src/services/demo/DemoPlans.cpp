#include "DemoPlans.h"

#include "AuditEntry.h"
#include "AuditTrail.h"
#include "CalendarRepository.h"
#include "DemoPlanWriter.h"
#include "DemoRandom.h"
#include "DemoStaff.h"
#include "Order.h"
#include "PlanningContext.h"
#include "WorkCentreRepository.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace od {

namespace {

constexpr qint64 kUnit = 1000; // Quantity: thousandths

// Step progress of an order in production on `today`: what was planned before today happened as
// planned (started, finished, the quantity done in proportion to the days gone by).
void reportProgress(OrderPlan& plan, const QDate& today, const QDate& productionStart)
{
    bool anyStarted = false;
    for (OrderPlanStep& step : plan.steps) {
        if (step.kind == StepKind::Shipping || !step.plannedStart.isValid() || step.plannedStart >= today)
            continue;
        step.actualStart = step.plannedStart;
        anyStarted = true;
        if (step.plannedFinish < today) {
            step.status = PlanStepStatus::Finished;
            step.actualFinish = step.plannedFinish;
            step.quantityDone = step.quantity;
            continue;
        }
        step.status = PlanStepStatus::Started;
        const qint64 length = qMax<qint64>(1, step.plannedStart.daysTo(step.plannedFinish) + 1);
        const qint64 gone = step.plannedStart.daysTo(today);
        const qint64 units = step.quantity.raw() / kUnit * gone / length;
        step.quantityDone = Quantity::fromRaw(qMin(step.quantity.raw(), units * kUnit));
    }
    // In production means something has started; and something is left, or it would be ready
    // to ship: the last production step stays open.
    auto last = std::find_if(plan.steps.rbegin(), plan.steps.rend(),
                             [](const OrderPlanStep& s) { return s.kind != StepKind::Shipping; });
    if (last == plan.steps.rend())
        return;
    if (!anyStarted) {
        OrderPlanStep& first = plan.steps.first();
        first.status = PlanStepStatus::Started;
        first.actualStart = qMin(productionStart.isValid() ? productionStart : today, today);
    }
    if (last->status == PlanStepStatus::Finished) {
        last->status = PlanStepStatus::Started;
        last->actualFinish = QDate();
        last->quantityDone = Quantity::fromRaw(last->quantity.raw() / kUnit / 2 * kUnit);
    }
}

// Maintenance weeks: the centre has no hours on the working days of the week starting `monday`.
Result<int> takeWeekOff(Database& db, const QString& centreCode, const QDate& monday)
{
    auto centre = WorkCentreRepository(db).byCode(centreCode);
    if (!centre)
        return std::unexpected(centre.error());
    if (!*centre)
        return 0;
    CalendarRepository calendar(db);
    int days = 0;
    for (int d = 0; d < 5; ++d) {
        CalendarDay day;
        day.date = monday.addDays(d);
        day.kind = CalendarDayKind::Holiday;
        if (auto ok = calendar.save(day, (*centre)->id); !ok)
            return std::unexpected(ok.error());
        ++days;
    }
    return days;
}

} // namespace

Result<DemoPlansOutcome> DemoPlans::commitSome(Session& demo, int maxOrders, const QDate& today, quint64 seed)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    Database& db = demo.db();
    DemoPlansOutcome outcome;
    auto managerFound = DemoStaff::firstActive(db, Role::Manager);
    if (!managerFound)
        return std::unexpected(managerFound.error());
    const std::optional<User> manager = *managerFound;
    if (!manager || maxOrders <= 0)
        return outcome;

    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    DemoPlanWriter writer(db);
    auto orders = writer.newestOpenOrders(maxOrders);
    if (!orders)
        return std::unexpected(orders.error());

    // The plans of orders in production began before today: the grid starts a few weeks back.
    Session planner(db, *manager);
    const QDate gridStart = day.addDays(-LookBackDays);
    planner.setToday(gridStart);
    auto context = PlanningContext::load(planner, false);
    if (!context)
        return std::unexpected(context.error());
    CapacityLoad load = (*context)->emptyLoad();

    // In production first, from the day each started; then the planned ones from today in the
    // order re-planning takes them.
    struct Candidate
    {
        const DemoOpenOrder* order;
        QDate start;
    };
    QList<Candidate> queue;
    for (const DemoOpenOrder& o : std::as_const(*orders)) {
        const bool started = o.status == OrderStatus::InProduction;
        QDate start = started ? (o.productionStart.isValid() ? o.productionStart : day) : day;
        start = qBound(gridStart, start, day);
        queue << Candidate{&o, start};
    }
    std::stable_sort(queue.begin(), queue.end(), [](const Candidate& a, const Candidate& b) {
        const bool aStarted = a.order->status == OrderStatus::InProduction;
        const bool bStarted = b.order->status == OrderStatus::InProduction;
        if (aStarted != bStarted)
            return aStarted;
        if (aStarted && a.start != b.start)
            return a.start < b.start;
        const QDate ap = a.order->promisedDate, bp = b.order->promisedDate;
        if (ap != bp)
            return ap.isValid() && (!bp.isValid() || ap < bp);
        if (a.order->orderDate != b.order->orderDate)
            return a.order->orderDate < b.order->orderDate;
        return a.order->id < b.order->id;
    });

    DemoRandom random(seed ^ 0x504C414EULL); // "PLAN"
    const QDateTime now = QDateTime(day, QTime(1, 30), Qt::UTC);
    const ContactChannel channels[] = {ContactChannel::Phone, ContactChannel::WeChat, ContactChannel::Email};
    for (const Candidate& c : std::as_const(queue)) {
        const DemoOpenOrder& o = *c.order;
        Order order;
        order.id = o.id;
        order.orderNo = o.orderNo;
        order.revision = o.revision;
        order.orderDate = o.orderDate;
        order.requestedDate = o.requestedDate;
        order.promisedDate = o.promisedDate;
        for (const DemoOpenOrder::Line& l : o.lines) {
            OrderLine line;
            line.lineNo = l.lineNo;
            line.productId = l.productId;
            line.quantity = l.quantity;
            line.requestedDate = l.requestedDate;
            order.lines << line;
        }
        auto demand = (*context)->demandFor(order);
        if (!demand)
            return std::unexpected(demand.error());
        for (LineDemand& line : demand->lines)
            if (!line.steps.isEmpty())
                line.steps.first().notBefore = c.start;
        auto schedule = (*context)->scheduler().scheduleInto(load, *demand);
        if (!schedule) {
            ++outcome.unplannable;
            continue;
        }
        OrderPlan plan = OrderPlan::fromSchedule(*schedule, *demand, o.revision, (*context)->grid());
        plan.plannedFrom = c.start;
        const QDate promised =
            o.promisedDate.isValid() ? qMax(o.promisedDate, schedule->completion) : schedule->completion;
        plan.promisedDate = promised;
        plan.committed = true;
        plan.committedBy = manager->id;
        plan.committedAt = QDateTime(c.start.addDays(-1), QTime(2, 0), Qt::UTC);
        for (OrderPlanStep& step : plan.steps) {
            step.notBefore = QDate();
            step.ownerUserId = step.kind == StepKind::Shipping ? o.salespersonId : manager->id;
        }
        const bool inProduction = o.status == OrderStatus::InProduction;
        if (inProduction)
            reportProgress(plan, day, c.start);
        auto planId = writer.insertPlan(plan);
        if (!planId)
            return std::unexpected(planId.error());
        if (promised != o.promisedDate)
            if (auto ok = writer.setPromisedDate(o.id, promised); !ok)
                return std::unexpected(ok.error());
        QList<FieldChange> changes{
            {QStringLiteral("promised_date"), o.promisedDate.toString(Qt::ISODate),
             promised.toString(Qt::ISODate)},
            {QStringLiteral("earliest_completion"), QString(), schedule->completion.toString(Qt::ISODate)}};
        if (auto ok = AuditTrail::record(planner, QStringLiteral("order.plan"), QStringLiteral("order"), o.id,
                                         o.orderNo, changes);
            !ok)
            return std::unexpected(ok.error());
        ++outcome.plans;
        // Production started only once the customer had accepted a later date; about half of
        // the planned orders are still waiting for that answer.
        if (DateAcceptance::needed(o.requestedDate, promised) && (inProduction || random.chance(500))) {
            DateAcceptance a;
            a.orderId = o.id;
            a.revision = o.revision;
            a.requestedDate = o.requestedDate;
            a.promisedDate = promised;
            // Demo content, in Chinese like the rest of the demo company whatever the UI language.
            a.contactName = QStringLiteral("采购部");
            a.channel = channels[random.between(0, 2)];
            a.acceptedAt = QDateTime(c.start.addDays(-1), QTime(6, 0), Qt::UTC);
            a.note = QStringLiteral("客户同意按新交期交货。");
            a.recordedBy = o.salespersonId;
            a.recordedAt = inProduction ? a.acceptedAt : now;
            if (auto id = writer.insertAcceptance(a); !id)
                return std::unexpected(id.error());
            ++outcome.acceptances;
        }
    }
    if (auto ok = writer.finish(); !ok)
        return std::unexpected(ok.error());

    // Machining and the pressure test each lose a week to maintenance after the plans were
    // committed: those weeks are overloaded, and re-planning shows the promises now at risk.
    const QDate nextMonday = day.addDays(8 - day.dayOfWeek());
    for (const auto& [code, weeks] :
         {std::pair{QStringLiteral("MCH"), 1}, std::pair{QStringLiteral("PT"), 2}}) {
        auto days = takeWeekOff(db, code, nextMonday.addDays(7 * weeks));
        if (!days)
            return std::unexpected(days.error());
        outcome.daysOff += *days;
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return outcome;
}

} // namespace od
