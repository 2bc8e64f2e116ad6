#pragma once

#include "Hours.h"

#include <QDate>
#include <QString>

namespace od {

enum class StepKind
{
    Work,     // hours on a work centre's capacity
    Purchase, // purchased material: calendar days of the supplier's lead time, no capacity
    LeadTime, // a product without a routing: its lead time in calendar days, no capacity
    Shipping  // the order's last step: working days of the company calendar
};

// One step one order line needs, as the scheduler takes it: its work content already worked out
// for the line's quantity (Routing::demand), so that a caller can also plan what is left of a
// step half done.
struct StepDemand
{
    int stepNo = 0;
    QString name;
    StepKind kind = StepKind::Work;
    QString workCentre;    // Work only: the centre's code
    Hours hours;           // Work only: setup once for the line's batch + run hours × quantity
    int calendarDays = 0;  // Purchase and LeadTime: days from ordering to arrival
    int waitDaysAfter = 0; // calendar days before the next step may start (curing, transport)
    QDate notBefore;       // the step starts on this date or later (null = as early as possible)
};

} // namespace od
