#include "Routing.h"

#include <QSet>

#include <algorithm>

namespace od {

void Routing::sort()
{
    std::stable_sort(steps.begin(), steps.end(),
                     [](const RoutingStep& a, const RoutingStep& b) { return a.stepNo < b.stepNo; });
}

Status Routing::check() const
{
    QSet<int> seen;
    for (const RoutingStep& step : steps) {
        if (auto ok = step.check(); !ok) {
            Error error = ok.error();
            error.message = tr("Step %1: %2").arg(step.stepNo).arg(error.message);
            return std::unexpected(error);
        }
        if (seen.contains(step.stepNo))
            return std::unexpected(
                Error::invalid(tr("Step %1 appears twice in the routing of %2.").arg(step.stepNo).arg(sku),
                               QStringLiteral("step_no")));
        seen.insert(step.stepNo);
    }
    return {};
}

StepDemand Routing::leadTimeStep(int leadTimeDays)
{
    StepDemand step;
    step.stepNo = 1;
    step.name = tr("Lead time");
    step.kind = StepKind::LeadTime;
    step.calendarDays = std::max(0, leadTimeDays);
    return step;
}

Result<QList<StepDemand>> Routing::demand(Quantity quantity, int leadTimeDays) const
{
    QList<StepDemand> out;
    if (steps.isEmpty()) {
        out << leadTimeStep(leadTimeDays);
        return out;
    }
    Routing sorted = *this;
    sorted.sort();
    for (const RoutingStep& step : std::as_const(sorted.steps)) {
        StepDemand d;
        d.stepNo = step.stepNo;
        d.name = step.name;
        d.waitDaysAfter = step.waitDays;
        if (step.isPurchase()) {
            d.kind = StepKind::Purchase;
            d.calendarDays = step.purchaseLeadDays;
        } else {
            d.kind = StepKind::Work;
            d.workCentre = step.workCentre;
            const auto run = step.runHoursPerUnit.timesQuantityRoundedUp(quantity);
            const auto total = run ? run->checkedAdd(step.setupHours) : std::nullopt;
            if (!total)
                return std::unexpected(Error::invalid(
                    tr("%1, step %2 (%3): quantity %4 needs more hours than any plan can hold.")
                        .arg(sku)
                        .arg(step.stepNo)
                        .arg(step.name, quantity.toDecimalString()),
                    QStringLiteral("quantity")));
            d.hours = *total;
        }
        out << d;
    }
    return out;
}

} // namespace od
