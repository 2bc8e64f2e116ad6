#include "OrderStatus.h"

namespace od {

namespace {

struct StatusRow
{
    OrderStatus status;
    const char* key;
};

constexpr StatusRow kRows[] = {
    {OrderStatus::Draft, "draft"},
    {OrderStatus::AwaitingConfirmation, "awaiting_confirmation"},
    {OrderStatus::Confirmed, "confirmed"},
    {OrderStatus::Planned, "planned"},
    {OrderStatus::InProduction, "in_production"},
    {OrderStatus::ReadyToShip, "ready_to_ship"},
    {OrderStatus::Shipped, "shipped"},
    {OrderStatus::Delivered, "delivered"},
    {OrderStatus::Completed, "completed"},
    {OrderStatus::OnHold, "on_hold"},
    {OrderStatus::Cancelled, "cancelled"},
};

// The forward path; each status may move to the next one.
constexpr OrderStatus kPath[] = {
    OrderStatus::Draft,        OrderStatus::AwaitingConfirmation,
    OrderStatus::Confirmed,    OrderStatus::Planned,
    OrderStatus::InProduction, OrderStatus::ReadyToShip,
    OrderStatus::Shipped,      OrderStatus::Delivered,
    OrderStatus::Completed,
};

int pathIndex(OrderStatus s)
{
    for (int i = 0; i < int(std::size(kPath)); ++i)
        if (kPath[i] == s)
            return i;
    return -1;
}

bool beforeShipped(OrderStatus s)
{
    const int i = pathIndex(s);
    return i >= 0 && i < pathIndex(OrderStatus::Shipped);
}

} // namespace

QList<OrderStatus> OrderStatusInfo::all()
{
    QList<OrderStatus> out;
    for (const auto& row : kRows)
        out << row.status;
    return out;
}

QString OrderStatusInfo::key(OrderStatus status)
{
    for (const auto& row : kRows)
        if (row.status == status)
            return QString::fromLatin1(row.key);
    return {};
}

std::optional<OrderStatus> OrderStatusInfo::fromKey(QStringView key)
{
    for (const auto& row : kRows)
        if (key == QLatin1StringView(row.key))
            return row.status;
    return std::nullopt;
}

QString OrderStatusInfo::displayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return tr("Draft");
    case OrderStatus::AwaitingConfirmation:
        return tr("Awaiting confirmation");
    case OrderStatus::Confirmed:
        return tr("Confirmed");
    case OrderStatus::Planned:
        return tr("Planned");
    case OrderStatus::InProduction:
        return tr("In production");
    case OrderStatus::ReadyToShip:
        return tr("Ready to ship");
    case OrderStatus::Shipped:
        return tr("Shipped");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::OnHold:
        return tr("On hold");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool OrderStatusInfo::isOpen(OrderStatus status)
{
    return status != OrderStatus::Completed && status != OrderStatus::Cancelled;
}

bool OrderStatusInfo::isEditable(OrderStatus status)
{
    return status == OrderStatus::Draft || status == OrderStatus::AwaitingConfirmation;
}

bool OrderStatusMachine::canTransition(OrderStatus from, OrderStatus to, std::optional<OrderStatus> heldFrom)
{
    if (from == to)
        return false;
    if (from == OrderStatus::OnHold) {
        if (!heldFrom)
            return false;
        if (to == *heldFrom)
            return true;
        return to == OrderStatus::Cancelled && beforeShipped(*heldFrom);
    }
    if (from == OrderStatus::Completed || from == OrderStatus::Cancelled)
        return false;
    if (to == OrderStatus::OnHold)
        return true; // every other status left here is open
    if (to == OrderStatus::Cancelled)
        return beforeShipped(from);
    // The customer did not accept what was sent: back to draft for changes.
    if (from == OrderStatus::AwaitingConfirmation && to == OrderStatus::Draft)
        return true;
    const int i = pathIndex(from);
    return i >= 0 && i + 1 < int(std::size(kPath)) && kPath[i + 1] == to;
}

QList<OrderStatus> OrderStatusMachine::allowedTargets(OrderStatus from, std::optional<OrderStatus> heldFrom)
{
    QList<OrderStatus> out;
    for (OrderStatus to : OrderStatusInfo::all())
        if (canTransition(from, to, heldFrom))
            out << to;
    return out;
}

QString OrderStatusMachine::refusal(OrderStatus from, OrderStatus to)
{
    return tr("An order that is \"%1\" cannot become \"%2\".")
        .arg(OrderStatusInfo::displayName(from), OrderStatusInfo::displayName(to));
}

namespace {

// The guards: what an order must have before it may reach a status. A new record that a status
// depends on (a committed plan, a shipment) adds its row here and its fact to OrderFacts.
struct Guard
{
    OrderStatus to;
    bool (*holds)(const OrderFacts&);
    const char* refusal; // translated in the OrderStatusMachine context
};

const Guard kGuards[] = {
    {OrderStatus::Confirmed, [](const OrderFacts& f) { return f.confirmedCurrentRevision; },
     QT_TRANSLATE_NOOP("OrderStatusMachine",
                       "The customer's confirmation of the current revision must be recorded first.")},
    {OrderStatus::Planned, [](const OrderFacts& f) { return f.committedPlanCurrentRevision; },
     QT_TRANSLATE_NOOP("OrderStatusMachine",
                       "An order becomes planned when its plan is committed in Planning.")},
    {OrderStatus::Shipped, [](const OrderFacts& f) { return f.everyLineShipped; },
     QT_TRANSLATE_NOOP(
         "OrderStatusMachine",
         "An order becomes shipped when all its goods have left in shipments (Shipments page).")},
    {OrderStatus::Delivered, [](const OrderFacts& f) { return f.undeliveredShipments == 0; },
     QT_TRANSLATE_NOOP("OrderStatusMachine",
                       "Record the customer's receipt of every shipment first (Shipments page).")},
    {OrderStatus::Cancelled, [](const OrderFacts& f) { return !f.anyShipment; },
     QT_TRANSLATE_NOOP("OrderStatusMachine",
                       "Part of the order has left in shipments already: it can no longer be cancelled.")},
    {OrderStatus::InProduction, [](const OrderFacts& f) { return f.promisedDateAccepted; },
     QT_TRANSLATE_NOOP("OrderStatusMachine", "The promised date is later than the customer asked for: record "
                                             "that the customer accepted it before production starts.")},
};

} // namespace

TransitionRoute OrderStatusMachine::route(OrderStatus from, OrderStatus to)
{
    if (to == OrderStatus::AwaitingConfirmation && from != OrderStatus::OnHold)
        return TransitionRoute::Submission;
    if (to == OrderStatus::Confirmed && from == OrderStatus::AwaitingConfirmation)
        return TransitionRoute::Confirmation;
    if (to == OrderStatus::Draft && from == OrderStatus::AwaitingConfirmation)
        return TransitionRoute::ReturnToDraft;
    if ((from == OrderStatus::ReadyToShip && to == OrderStatus::Shipped) ||
        (from == OrderStatus::Shipped && to == OrderStatus::Delivered))
        return TransitionRoute::Shipping;
    return TransitionRoute::StatusChange;
}

std::optional<QString> OrderStatusMachine::guardRefusal(OrderStatus to, const OrderFacts& facts)
{
    for (const Guard& guard : kGuards)
        if (guard.to == to && !guard.holds(facts))
            return tr(guard.refusal);
    return std::nullopt;
}

QList<StatusTransition> OrderStatusMachine::transitions(OrderStatus from, std::optional<OrderStatus> heldFrom,
                                                        const OrderFacts& facts)
{
    QList<StatusTransition> out;
    for (OrderStatus to : allowedTargets(from, heldFrom)) {
        StatusTransition t;
        t.to = to;
        t.route = route(from, to);
        // A route that makes the record (a confirmation) satisfies the guard by making it; an order
        // resuming from hold goes back where it already was.
        const bool resuming = from == OrderStatus::OnHold && heldFrom == to;
        if (t.route == TransitionRoute::StatusChange && !resuming) {
            if (auto refused = guardRefusal(to, facts)) {
                t.allowed = false;
                t.reason = *refused;
            }
        }
        out << t;
    }
    return out;
}

std::optional<QString> OrderStatusMachine::check(OrderStatus from, OrderStatus to,
                                                 std::optional<OrderStatus> heldFrom, const OrderFacts& facts)
{
    if (!canTransition(from, to, heldFrom))
        return refusal(from, to);
    if (from == OrderStatus::OnHold && heldFrom == to)
        return std::nullopt;
    return guardRefusal(to, facts);
}

} // namespace od
