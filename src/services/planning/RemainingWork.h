#pragma once

#include "OrderPlanStep.h"
#include "StepDemand.h"

#include <QDate>

#include <optional>

namespace od {

// What is left to do of a committed plan's step from today, as re-planning schedules it again.
class RemainingWork
{
public:
    // Hours in proportion to the quantity not done yet, the days left of a purchase, nothing of
    // a finished step or of shipping.
    static std::optional<StepDemand> of(const OrderPlanStep& step, const QDate& today);
};

} // namespace od
