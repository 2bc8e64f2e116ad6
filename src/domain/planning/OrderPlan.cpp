#include "OrderPlan.h"

#include <QHash>

namespace od {

OrderPlan OrderPlan::fromSchedule(const OrderSchedule& schedule, const OrderDemand& demand, int revision,
                                  const CapacityGrid& grid)
{
    QHash<int, Quantity> quantities;
    for (const LineDemand& line : demand.lines)
        quantities.insert(line.lineNo, line.quantity);
    OrderPlan plan;
    plan.orderId = schedule.orderId;
    plan.revision = revision;
    plan.plannedFrom = schedule.start;
    plan.earliestCompletion = schedule.completion;
    plan.promisedDate = demand.promisedDate;
    for (const ScheduledStep& s : schedule.steps) {
        OrderPlanStep step;
        step.lineNo = s.lineNo;
        step.stepNo = s.stepNo;
        step.name = s.name;
        step.kind = s.kind;
        if (s.centreIndex >= 0 && s.centreIndex < grid.centreCount()) {
            step.workCentreId = grid.centre(s.centreIndex).id;
            step.workCentre = grid.centre(s.centreIndex).code;
        }
        step.hours = s.hours;
        step.quantity = quantities.value(s.lineNo);
        step.waitDays = s.waitDaysAfter;
        step.plannedStart = s.start;
        step.plannedFinish = s.finish;
        step.notBefore = s.notBefore;
        step.days = s.days;
        plan.steps << step;
    }
    return plan;
}

} // namespace od
