#pragma once

#include "ChangeImpact.h"
#include "Order.h"
#include "OrderDemand.h"
#include "OrderSchedule.h"
#include "PlanningContext.h"
#include "Session.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace od {

// The capacity side of a change's impact. The changed order keeps its place in the queue
// re-planning takes orders in (promised date, then order date, then id): the orders before it
// keep their plans; it is planned on what they leave, its own committed plan taken out; then the
// committed orders behind it that share one of its work centres are planned again, each on the
// load the ones before it left. This is done twice, with the order as it is and as the change
// makes it, so that the difference is the change's alone: the earliest delivery before and after,
// and the orders whose completion moves later, by how many days. Inside the services only.
class ChangeImpactPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ChangeImpactPlanner)

public:
    struct Outcome
    {
        QDate oldEarliest;
        QDate newEarliest;
        QString problem; // why the changed order cannot be planned, if it cannot
        QList<PushedOrder> pushed;
        // The new content's plan, for the approval to store.
        std::optional<OrderSchedule> newSchedule;
        OrderDemand newDemand;
        std::shared_ptr<PlanningContext> context;
    };

    explicit ChangeImpactPlanner(Session& session) : m_session(session) {}

    // `after` is ignored for a cancellation: the order then takes no capacity at all.
    Result<Outcome> plan(const Order& before, const Order& after, bool cancel);

private:
    Session& m_session;
};

} // namespace od
