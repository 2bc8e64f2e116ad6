#pragma once

#include "Quantity.h"
#include "StepDemand.h"

#include <QDate>
#include <QList>
#include <QString>

namespace od {

// One order line to plan: its steps in sequence. The line's quantity is one batch, so each
// step's setup is counted once.
struct LineDemand
{
    int lineNo = 0;
    QString sku;
    Quantity quantity;
    QDate requestedDate; // null = the order's requested date
    QList<StepDemand> steps;
};

} // namespace od
