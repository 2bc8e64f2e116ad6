#include "ChangeImpactPlanner.h"

#include "FixedPoint.h"
#include "OrderPlanRepository.h"
#include "PlanQueueRepository.h"
#include "RemainingWork.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace od {

namespace {

void takeOut(CapacityLoad& load, const CapacityGrid& grid, const OrderPlanStep& step)
{
    const int centre = grid.indexOfId(step.workCentreId);
    if (centre < 0)
        return;
    for (const DayHours& d : step.days)
        load.add(centre, d.date, Hours::fromRaw(-d.hours.raw()));
}

// What is left of the changed order once the work done on its plan is counted: a work step's
// hours shrink by the share of the (new) quantity already made, a step with nothing left drops
// out, a purchase or lead time finished drops out; the line stays, to be shipped.
void leaveOnlyWhatIsLeft(OrderDemand& demand, const OrderPlan& done, const CapacityGrid& grid)
{
    for (LineDemand& line : demand.lines) {
        QList<StepDemand> left;
        for (const StepDemand& step : std::as_const(line.steps)) {
            const int centre = step.kind == StepKind::Work ? grid.indexOf(step.workCentre) : -1;
            const qint64 centreId = centre >= 0 ? grid.centre(centre).id : 0;
            const auto old =
                std::find_if(done.steps.cbegin(), done.steps.cend(), [&](const OrderPlanStep& o) {
                    return o.lineNo == line.lineNo && o.stepNo == step.stepNo && o.kind == step.kind &&
                           (step.kind != StepKind::Work || o.workCentreId == centreId);
                });
            if (old == done.steps.cend() || old->status == PlanStepStatus::Pending) {
                left << step;
                continue;
            }
            if (step.kind != StepKind::Work) {
                if (old->status != PlanStepStatus::Finished)
                    left << step;
                continue;
            }
            const qint64 quantity = line.quantity.raw();
            const qint64 remaining = std::max<qint64>(0, quantity - old->quantityDone.raw());
            if (quantity <= 0 || remaining == 0)
                continue;
            StepDemand shrunk = step;
            // hours × remaining / quantity, rounded up, in 128 bits.
            const Int128 product = Int128(step.hours.raw()) * remaining;
            shrunk.hours = Hours::fromRaw(qint64((product + quantity - 1) / quantity));
            left << shrunk;
        }
        line.steps = left; // a line with nothing left is ready: only shipping follows it
    }
}

void centresOf(const OrderDemand& demand, const CapacityGrid& grid, QSet<qint64>& ids)
{
    for (const LineDemand& line : demand.lines)
        for (const StepDemand& step : line.steps)
            if (step.kind == StepKind::Work)
                if (const int c = grid.indexOf(step.workCentre); c >= 0)
                    ids.insert(grid.centre(c).id);
}

} // namespace

Result<ChangeImpactPlanner::Outcome> ChangeImpactPlanner::plan(const Order& before, const Order& after,
                                                               bool cancel)
{
    Outcome out;
    auto loaded = PlanningContext::load(m_session);
    if (!loaded)
        return std::unexpected(loaded.error());
    out.context = std::shared_ptr<PlanningContext>(std::move(*loaded));
    PlanningContext& context = *out.context;
    const CapacityGrid& grid = context.grid();

    auto own = OrderPlanRepository(m_session.db()).forRevision(before.id, before.revision);
    if (!own)
        return std::unexpected(own.error());
    const bool planned = *own && (*own)->committed;

    auto oldDemand = context.demandFor(before);
    if (!oldDemand)
        return std::unexpected(oldDemand.error());
    if (!cancel) {
        auto newDemand = context.demandFor(after);
        if (!newDemand)
            return std::unexpected(newDemand.error());
        out.newDemand = *newDemand;
        if (planned)
            leaveOnlyWhatIsLeft(out.newDemand, **own, grid);
    }
    QueuePosition position;
    position.orderId = before.id;
    position.orderDate = before.orderDate;
    position.promisedDate = planned ? (*own)->promisedDate : QDate();
    oldDemand->promisedDate = position.promisedDate;
    out.newDemand.promisedDate = position.promisedDate;

    CapacityLoad base = context.committed();
    QSet<qint64> centres;
    if (planned)
        for (const OrderPlanStep& step : (*own)->steps) {
            takeOut(base, grid, step);
            if (step.workCentreId > 0)
                centres.insert(step.workCentreId);
        }
    centresOf(*oldDemand, grid, centres);
    centresOf(out.newDemand, grid, centres);

    auto behind = PlanQueueRepository(m_session.db()).behind(position, centres);
    if (!behind)
        return std::unexpected(behind.error());
    const QDate today = m_session.today();
    QList<OrderDemand> queue;
    for (const WorkCentreDayLoad& held : std::as_const(behind->load))
        if (const int centre = grid.indexOfId(held.workCentreId); centre >= 0)
            base.add(centre, held.date, Hours::fromRaw(-held.hours.raw()));
    for (const CommittedPlanStep& row : std::as_const(behind->steps)) {
        if (queue.isEmpty() || queue.last().orderId != row.orderId) {
            OrderDemand o;
            o.orderId = row.orderId;
            o.orderNo = row.orderNo;
            o.orderDate = row.orderDate;
            o.requestedDate = row.requestedDate;
            o.promisedDate = row.promisedDate;
            queue << o;
        }
        const auto left = RemainingWork::of(row.step, today);
        if (!left)
            continue;
        OrderDemand& o = queue.last();
        if (o.lines.isEmpty() || o.lines.last().lineNo != row.step.lineNo) {
            LineDemand line;
            line.lineNo = row.step.lineNo;
            line.quantity = row.step.quantity;
            o.lines << line;
        }
        o.lines.last().steps << *left;
    }
    queue.removeIf([](const OrderDemand& o) { return o.lines.isEmpty(); });

    const Scheduler& scheduler = context.scheduler();
    CapacityLoad loadBefore = base;
    CapacityLoad loadAfter = base;
    const auto was = scheduler.scheduleInto(loadBefore, *oldDemand);
    if (was)
        out.oldEarliest = was->completion;
    else
        out.problem = was.error().toError().message;
    if (!cancel) {
        auto now = scheduler.scheduleInto(loadAfter, out.newDemand);
        if (now) {
            out.newEarliest = now->completion;
            out.newSchedule = *now;
        } else {
            out.problem = now.error().toError().message;
        }
    }
    // Both runs are the same from the first order whose load no longer differs: stop there.
    for (const OrderDemand& o : std::as_const(queue)) {
        if (loadBefore.sameAs(loadAfter))
            break;
        const auto a = scheduler.scheduleInto(loadBefore, o);
        const auto b = scheduler.scheduleInto(loadAfter, o);
        if (!a)
            continue;
        if (!b) {
            out.pushed << PushedOrder{o.orderId, o.orderNo, a->completion, QDate(), Scheduler::HorizonDays};
            continue;
        }
        if (b->completion > a->completion)
            out.pushed << PushedOrder{o.orderId, o.orderNo, a->completion, b->completion,
                                      int(a->completion.daysTo(b->completion))};
    }
    return out;
}

} // namespace od
