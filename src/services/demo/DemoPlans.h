#pragma once

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>

namespace od {

// What committing the demo company's plans made.
struct DemoPlansOutcome
{
    int plans = 0;       // orders given a committed plan
    int unplannable = 0; // orders that did not fit within the scheduling horizon (left unplanned)
    int acceptances = 0; // later dates the customer accepted
    int daysOff = 0;     // work centre days taken out of the calendar (maintenance)
};

// Committed plans for a freshly generated demo company, so that Planning, Capacity and the
// re-planning warnings have something real to show: the newest planned and in-production orders
// are scheduled on the demo shop floor's finite capacity one after the other (in production first,
// from the day each went into production; then the planned ones from today, by promised date),
// with owners, and for orders in production the steps already started or done with their actual
// dates and quantities. A promise later than the customer asked is accepted by the customer for
// every order in production and for about half of the planned ones. Two work centres then lose a
// week each to maintenance, which leaves those weeks overloaded and some promises unreachable.
//
// Everything is scheduled in memory against the load built up so far and written in one
// transaction through DemoPlanWriter. The plans cover the newest `maxOrders` orders only: a
// million-order demo has far more open orders than the seven work centres could make in a year.
class DemoPlans
{
    Q_DECLARE_TR_FUNCTIONS(DemoPlans)

public:
    static constexpr int DefaultMaxOrders = 600;
    // Days before `today` the plans of orders in production may reach back to.
    static constexpr int LookBackDays = 42;

    static Result<DemoPlansOutcome> commitSome(Session& session, int maxOrders, const QDate& today = {},
                                               quint64 seed = 1);
};

} // namespace od
