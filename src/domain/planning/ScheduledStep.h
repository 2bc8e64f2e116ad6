#pragma once

#include "Hours.h"
#include "StepDemand.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Hours a step takes on its work centre on one day.
struct DayHours
{
    QDate date;
    Hours hours;
};

// One step of a proposed plan.
struct ScheduledStep
{
    int lineNo = 0; // 0 for the order's shipping step
    int stepNo = 0;
    QString name;
    StepKind kind = StepKind::Work;
    QString workCentre;   // Work only
    int centreIndex = -1; // the work centre in the CapacityGrid; -1 when none
    Hours hours;
    QDate start;
    QDate finish;
    int waitDaysAfter = 0;
    QDate notBefore;
    // Calendar days the step could finish later, everything after it staying as planned,
    // before the order misses the requested date; negative = that many days late already.
    // None when no date was requested.
    std::optional<int> slackDays;
    QList<DayHours> days; // Work only: the hours taken on each day, in date order

    bool isLate() const { return slackDays && *slackDays < 0; }
};

} // namespace od
