#pragma once

#include "WorkingWeekdays.h"

namespace od {

// The company-wide choices planning depends on.
struct PlanningSettings
{
    static constexpr int MaxShippingWorkingDays = 30;

    WorkingWeekdays workingWeekdays = WorkingWeekdays::mondayToFriday();
    int shippingWorkingDays = 1;
};

} // namespace od
