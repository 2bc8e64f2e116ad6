#pragma once

#include "DemoCatalog.h"
#include "RoutingStep.h"
#include "WorkCentre.h"

#include <QList>

namespace od {

// The demo company's shop floor: its work centres and the routing (工艺路线) of every product in
// its catalogue, as a valve and pump maker in Wenzhou works — castings bought in, hard-facing,
// machining, assembly, pressure test, painting, packing.
class DemoPlanning
{
public:
    static QList<WorkCentre> workCentres();
    // The steps of a product by its kind; the work per unit grows with the product's size, for
    // which its list price stands in (a DN300 gate valve takes longer than a DN50 one).
    static QList<RoutingStep> routing(const DemoProduct& product);
};

} // namespace od
