#include "RemainingWork.h"

#include "FixedPoint.h"

namespace od {

// What is left of a stored step to do from today: hours in proportion to the quantity not done
// yet, the days left of a purchase, nothing of a finished step.
std::optional<StepDemand> RemainingWork::of(const OrderPlanStep& step, const QDate& today)
{
    if (step.status == PlanStepStatus::Finished || step.kind == StepKind::Shipping)
        return std::nullopt;
    StepDemand d;
    d.stepNo = step.stepNo;
    d.name = step.name;
    d.kind = step.kind;
    d.workCentre = step.workCentre;
    d.waitDaysAfter = step.waitDays;
    if (step.notBefore.isValid() && step.notBefore > today)
        d.notBefore = step.notBefore;
    if (step.kind == StepKind::Work) {
        d.hours = step.hours;
        if (step.quantity.isPositive() && step.quantityDone.isPositive()) {
            const qint64 left = qMax<qint64>(0, step.quantity.raw() - step.quantityDone.raw());
            // hours × left / quantity, rounded up, in 128 bits.
            const Int128 product = Int128(step.hours.raw()) * left;
            const qint64 hours = qint64((product + step.quantity.raw() - 1) / step.quantity.raw());
            d.hours = Hours::fromRaw(hours);
        }
        if (!d.hours.isPositive())
            return std::nullopt;
        return d;
    }
    const int length = int(qMax<qint64>(1, step.plannedStart.daysTo(step.plannedFinish) + 1));
    if (step.status == PlanStepStatus::Started && step.actualStart.isValid()) {
        const qint64 left = today.daysTo(step.actualStart.addDays(length));
        if (left <= 0)
            return std::nullopt;
        d.calendarDays = int(left);
    } else {
        d.calendarDays = length;
    }
    return d;
}

} // namespace od
