#pragma once

#include "Order.h"
#include "OrderStatus.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// One thing the user may do with an order's status now.
struct StatusAction
{
    OrderStatus to = OrderStatus::Draft;
    TransitionRoute route = TransitionRoute::StatusChange;
    bool allowed = true; // the lifecycle's guards hold now
    QString reason;      // why not, when not allowed
};

// Moves an order along its lifecycle. Which moves exist, and what each needs, is the
// lifecycle's (OrderStatusMachine); who may make them is decided here, once, for every front end.
class OrderStatusService
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatusService)

public:
    explicit OrderStatusService(Session& session) : m_session(session) {}

    // The moves this user may make on the order: each way on from its status that their role may
    // take, with whether the guards let it happen now and why not. Moves the role may not make
    // are left out.
    Result<QList<StatusAction>> actions(qint64 orderId);

    // Hold returns later to the status it left; resume = transition(id, heldFrom). Moves that need
    // a record of their own (submission, confirmation, return to draft) are refused with a
    // sentence saying where they are made.
    Status transition(qint64 orderId, OrderStatus to, const QString& note = {});

    // Whether the session's role may make the move from → to on an order of that salesperson.
    static Status permitted(const Session& session, const Order& order, OrderStatus to);

private:
    Session& m_session;
};

} // namespace od
