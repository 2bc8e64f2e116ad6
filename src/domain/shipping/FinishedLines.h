#pragma once

#include "OrderPlanStep.h"
#include "Quantity.h"

#include <QList>
#include <QMap>

namespace od {

// What production has finished of each line of an order, from its committed plan's steps: the
// line's whole quantity when every step of the line is finished, otherwise what its last work
// step has done (what has come out at the end of the line is what can leave).
class FinishedLines
{
public:
    // By line number; lines without steps are left out. Steps of other lines (the shipping step,
    // line 0) are ignored.
    static QMap<int, Quantity> of(const QList<OrderPlanStep>& steps);
};

} // namespace od
