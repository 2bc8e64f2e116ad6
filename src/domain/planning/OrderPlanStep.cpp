#include "OrderPlanStep.h"

namespace od {

QString OrderPlanStep::kindKey(StepKind kind)
{
    switch (kind) {
    case StepKind::Work:
        return QStringLiteral("work");
    case StepKind::Purchase:
        return QStringLiteral("purchase");
    case StepKind::LeadTime:
        return QStringLiteral("lead_time");
    case StepKind::Shipping:
        return QStringLiteral("shipping");
    }
    return {};
}

std::optional<StepKind> OrderPlanStep::kindFromKey(QStringView key)
{
    for (StepKind kind : {StepKind::Work, StepKind::Purchase, StepKind::LeadTime, StepKind::Shipping})
        if (key == kindKey(kind))
            return kind;
    return std::nullopt;
}

QString OrderPlanStep::statusKey(PlanStepStatus status)
{
    switch (status) {
    case PlanStepStatus::Pending:
        return QStringLiteral("pending");
    case PlanStepStatus::Started:
        return QStringLiteral("started");
    case PlanStepStatus::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

std::optional<PlanStepStatus> OrderPlanStep::statusFromKey(QStringView key)
{
    for (PlanStepStatus status : {PlanStepStatus::Pending, PlanStepStatus::Started, PlanStepStatus::Finished})
        if (key == statusKey(status))
            return status;
    return std::nullopt;
}

} // namespace od
