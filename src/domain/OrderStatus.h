#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Fulfilment status of an order (DESIGN.md, "Order lifecycle"). The keys are stored in the
// database and printed by the CLI; they never change.
enum class OrderStatus {
    Draft,
    AwaitingConfirmation,
    Confirmed,
    Planned,
    InProduction,
    ReadyToShip,
    Shipped,
    Delivered,
    Completed,
    OnHold,
    Cancelled,
};

class OrderStatusInfo
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatus)

public:
    static QList<OrderStatus> all();
    static QString key(OrderStatus status);
    static std::optional<OrderStatus> fromKey(QStringView key);
    // Translated name for the UI: "待确认" / "Awaiting confirmation".
    static QString displayName(OrderStatus status);
    // Open orders count against the customer's credit limit and can be put on hold.
    static bool isOpen(OrderStatus status);
    // Drafts, and orders sent but not yet confirmed (editing those starts a new revision).
    static bool isEditable(OrderStatus status);
};

// The transitions of the lifecycle; anything not listed here is refused by the services.
class OrderStatusMachine
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatusMachine)

public:
    // `heldFrom` is the status an on-hold order returns to (ignored otherwise).
    static bool canTransition(OrderStatus from, OrderStatus to, std::optional<OrderStatus> heldFrom = std::nullopt);
    static QList<OrderStatus> allowedTargets(OrderStatus from, std::optional<OrderStatus> heldFrom = std::nullopt);
    // A translated sentence explaining why from → to is refused.
    static QString refusal(OrderStatus from, OrderStatus to);
};

} // namespace od
