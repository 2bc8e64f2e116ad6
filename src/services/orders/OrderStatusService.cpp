#include "OrderStatusService.h"

#include "AuditTrail.h"
#include "Logging.h"
#include "OrderEventText.h"
#include "OrderRepository.h"
#include "Permissions.h"

namespace od {

Status OrderStatusService::transition(qint64 orderId, OrderStatus to, const QString& note)
{
    Database& db = m_session.db();
    OrderRepository orders(db);
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto loaded = orders.loadExisting(orderId);
    if (!loaded)
        return std::unexpected(loaded.error());
    Order order = *loaded;
    // Salespeople may withdraw their own orders before the customer confirmed them; everything
    // else along the lifecycle is the manager's.
    const bool withdrawingOwn =
        to == OrderStatus::Cancelled &&
        (order.status == OrderStatus::Draft || order.status == OrderStatus::AwaitingConfirmation);
    if (withdrawingOwn) {
        if (auto ok = Permissions::requireOrderEdit(m_session, order.salespersonId); !ok)
            return ok;
    } else if (auto ok = Permissions::require(m_session, Permission::ChangeOrderStatus); !ok) {
        return ok;
    }
    if (!OrderStatusMachine::canTransition(order.status, to, order.heldFrom))
        return std::unexpected(Error::conflict(OrderStatusMachine::refusal(order.status, to)));
    // Confirmation and submission carry their own records; they go through their services.
    if (to == OrderStatus::Confirmed || to == OrderStatus::AwaitingConfirmation)
        return std::unexpected(
            Error::conflict(to == OrderStatus::Confirmed
                                ? tr("Record the customer's confirmation to confirm an order.")
                                : tr("Submit the order from the intake form to send it for confirmation.")));
    const OrderStatus from = order.status;
    if (to == OrderStatus::OnHold)
        order.heldFrom = from;
    else
        order.heldFrom.reset();
    order.status = to;
    if (auto ok = orders.updateStatus(order); !ok)
        return ok;
    OrderEvent event;
    event.orderId = orderId;
    event.userId = m_session.user().id;
    event.revision = order.revision;
    OrderEventText::statusChanged(event, from, to, note);
    if (auto ok = orders.addEvent(event); !ok)
        return ok;
    QList<FieldChange> changes{
        {QStringLiteral("status"), OrderStatusInfo::key(from), OrderStatusInfo::key(to)}};
    if (!note.trimmed().isEmpty())
        changes << FieldChange{QStringLiteral("note"), QString(), note.trimmed()};
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("order.status"), QStringLiteral("order"),
                                     orderId, order.orderNo, changes);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(m_session.user().name, QStringLiteral("order.status.") + OrderStatusInfo::key(to),
                      order.orderNo);
    return {};
}

} // namespace od
