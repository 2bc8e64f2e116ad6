#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// Why an order cannot be planned, with the line, step and work centre it is about and a
// translated sentence for the user.
struct SchedulingError
{
    Q_DECLARE_TR_FUNCTIONS(SchedulingError)

public:
    enum class Code
    {
        NoLines,              // nothing to plan
        NoWorkingDay,         // the company calendar has no working day in the window
        UnknownWorkCentre,    // a step names a centre that does not exist
        InactiveWorkCentre,   // … or one that is deactivated
        NoCapacity,           // … or one with no hours on any day of the window
        CannotPlanWithinYear, // the work does not fit before the end of the window
        TooMuchWork,          // hours or days too large to be real
        LoadMismatch          // the committed load was read for another window (a caller's slip)
    };

    Code code = Code::NoLines;
    int lineNo = 0;
    int stepNo = 0;
    QString workCentre;
    QString message;

    // The same, as the Error services return (Invalid, or Conflict when capacity is short).
    Error toError() const;
};

} // namespace od
