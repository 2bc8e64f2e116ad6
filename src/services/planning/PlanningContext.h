#pragma once

#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "Error.h"
#include "Order.h"
#include "OrderDemand.h"
#include "PlanProposal.h"
#include "PlanningReports.h"
#include "Scheduler.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace od {

// What planning reads before it schedules anything, read once in the caller's transaction: the
// calendar and work centres as hours per centre and day from today for a year (plus the
// scheduling horizon), the load of the committed plans, and the settings. Inside the services
// only.
class PlanningContext
{
    Q_DECLARE_TR_FUNCTIONS(PlanningContext)

public:
    // `withCommittedLoad`: false for re-planning, which builds the load up from nothing.
    static Result<std::unique_ptr<PlanningContext>> load(Session& session, bool withCommittedLoad = true);

    const CapacityGrid& grid() const { return *m_grid; }
    const CapacityLoad& committed() const { return m_committed; }
    CapacityLoad emptyLoad() const { return CapacityLoad(*m_grid); }
    const Scheduler& scheduler() const { return *m_scheduler; }

    // The demand of an order's lines: each line's routing (or its product's lead time) for its
    // quantity, with the planner's later starts applied.
    Result<OrderDemand> demandFor(const Order& order, const QList<StepChoice>& choices = {});
    // The same for lines not saved yet (the earliest possible delivery at intake).
    Result<OrderDemand> demandFor(const QList<PromiseLine>& lines, const QDate& requestedDate);

private:
    explicit PlanningContext(Session& session) : m_session(session) {}
    struct Line
    {
        int lineNo = 0;
        qint64 productId = 0;
        Quantity quantity;
        QDate requestedDate;
    };
    Result<QList<LineDemand>> lineDemands(const QList<Line>& lines, const QList<StepChoice>& choices);

    Session& m_session;
    std::unique_ptr<CapacityGrid> m_grid; // the scheduler keeps a reference: it must not move
    CapacityLoad m_committed;
    std::unique_ptr<Scheduler> m_scheduler;
};

} // namespace od
