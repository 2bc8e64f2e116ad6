#pragma once

#include "Error.h"
#include "OrderDemand.h"
#include "Session.h"

#include <QList>

namespace od {

// What is left to do of every open order with a committed plan, from the session's today, as
// re-planning schedules it again (RemainingWork of each step): the orders in the repository's
// order, those whose production is all done left out. Inside the services only.
class OpenWork
{
public:
    static Result<QList<OrderDemand>> demands(Session& session);
};

} // namespace od
