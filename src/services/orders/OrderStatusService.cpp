#include "OrderStatusService.h"

#include "OrderAccess.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderPlanRepository.h"
#include "Permissions.h"

namespace od {

Status OrderStatusService::permitted(const Session& session, const Order& order, OrderStatus to)
{
    switch (OrderStatusMachine::route(order.status, to)) {
    case TransitionRoute::Submission:
        return Permissions::requireOrderEdit(session, order.salespersonId);
    case TransitionRoute::Confirmation:
    case TransitionRoute::ReturnToDraft:
        if (auto ok = Permissions::require(session, Permission::RecordConfirmation); !ok)
            return ok;
        return Permissions::requireOrderEdit(session, order.salespersonId);
    case TransitionRoute::Shipping:
        return Permissions::require(session, Permission::ShipOrders);
    case TransitionRoute::StatusChange:
        break;
    }
    // Salespeople may withdraw their own orders before the customer confirmed them; everything
    // else along the lifecycle is the manager's.
    const bool beforeConfirmation =
        order.status == OrderStatus::Draft || order.status == OrderStatus::AwaitingConfirmation;
    if (to == OrderStatus::Cancelled && beforeConfirmation)
        return Permissions::requireOrderEdit(session, order.salespersonId);
    return Permissions::require(session, Permission::ChangeOrderStatus);
}

Result<QList<StatusAction>> OrderStatusService::actions(qint64 orderId)
{
    // Read inside one transaction so that the order and its records agree.
    auto change = OrderChange::open(m_session, orderId);
    if (!change)
        return std::unexpected(change.error());
    const Order& order = (*change)->before();
    if (!OrderAccess(m_session).requireRead(order.salespersonId))
        return std::unexpected(Error::notFound(tr("The order does not exist, or it is not yours to see.")));
    auto facts = (*change)->facts();
    if (!facts)
        return std::unexpected(facts.error());
    QList<StatusAction> out;
    for (const StatusTransition& t : OrderStatusMachine::transitions(order.status, order.heldFrom, *facts)) {
        if (!permitted(m_session, order, t.to))
            continue;
        out << StatusAction{t.to, t.route, t.allowed, t.reason};
    }
    return out;
}

Status OrderStatusService::transition(qint64 orderId, OrderStatus to, const QString& note)
{
    auto opened = OrderChange::open(m_session, orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order& before = change.before();
    if (auto ok = permitted(m_session, before, to); !ok)
        return ok;
    if (!OrderStatusMachine::canTransition(before.status, to, before.heldFrom))
        return std::unexpected(Error::conflict(OrderStatusMachine::refusal(before.status, to)));
    // Confirmation, submission and return to draft carry their own records; they go through their services.
    switch (OrderStatusMachine::route(before.status, to)) {
    case TransitionRoute::Confirmation:
        return std::unexpected(
            Error::conflict(tr("Record the customer's confirmation to confirm an order.")));
    case TransitionRoute::Submission:
        return std::unexpected(
            Error::conflict(tr("Submit the order from the intake form to send it for confirmation.")));
    case TransitionRoute::ReturnToDraft:
        return std::unexpected(Error::conflict(
            tr("Return the order to draft from the confirmation page, with the customer's reason.")));
    case TransitionRoute::Shipping:
        return std::unexpected(Error::conflict(
            tr("An order becomes shipped when its shipments carry every quantity, and delivered when the "
               "customer signed for each of them: record them on the Shipments page.")));
    case TransitionRoute::StatusChange:
        break;
    }
    const OrderStatus from = before.status;
    if (auto ok = change.moveTo(to); !ok)
        return ok;
    // A cancelled order's plan gives its hours back to the work centres; it is kept for the record.
    if (to == OrderStatus::Cancelled) {
        OrderPlanRepository plans(m_session.db());
        auto plan = plans.committedForOrder(orderId);
        if (!plan)
            return std::unexpected(plan.error());
        if (*plan) {
            if (auto ok = plans.release((*plan)->id, QDateTime::currentDateTimeUtc()); !ok)
                return ok;
        }
    }
    OrderEvent event;
    OrderEventText::statusChanged(event, from, to, note);
    QList<FieldChange> changes{
        {QStringLiteral("status"), OrderStatusInfo::key(from), OrderStatusInfo::key(to)}};
    if (!note.trimmed().isEmpty())
        changes << FieldChange{QStringLiteral("note"), QString(), note.trimmed()};
    if (auto ok = change.record(event, QStringLiteral("order.status"), changes); !ok)
        return ok;
    return change.commit();
}

} // namespace od
