#pragma once

#include "Error.h"
#include "Quantity.h"
#include "RoutingStep.h"
#include "StepDemand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace od {

// A product's routing: its steps in order of step number. A product without one is planned as
// a single step of its lead time in calendar days (Products → lead_time_days), with no work
// centre: that is how the lead time was meant when it was typed ("about 15 days from order"),
// and calendar days keep such a product's plan the same as the date the salesperson used to
// promise by hand.
class Routing
{
    Q_DECLARE_TR_FUNCTIONS(Routing)

public:
    qint64 productId = 0;
    QString sku;
    QList<RoutingStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
    // Steps sorted by step number.
    void sort();

    // Every step's rules, and step numbers unique. The error names the step.
    Status check() const;

    // What one line of `quantity` needs of each step: setup once (the line is one batch) plus
    // run hours × quantity, rounded up to the thousandth of an hour. Without steps: one
    // lead-time step of `leadTimeDays`. An absurd quantity is an error, never a wrapped number.
    Result<QList<StepDemand>> demand(Quantity quantity, int leadTimeDays) const;

    // The single step of a product without a routing.
    static StepDemand leadTimeStep(int leadTimeDays);
};

} // namespace od
