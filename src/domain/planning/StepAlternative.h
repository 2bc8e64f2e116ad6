#pragma once

#include <QString>

namespace od {

// Another work centre that can do a step of an order's committed plan, from the step's routing
// (routing_step_alternatives): the step named by its line and routing step number.
struct StepAlternative
{
    int lineNo = 0;
    int stepNo = 0;
    qint64 workCentreId = 0;
    QString workCentre; // code
    QString workCentreName;
};

} // namespace od
