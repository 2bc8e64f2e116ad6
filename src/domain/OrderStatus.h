#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Fulfilment status of an order (DESIGN.md, "Order lifecycle"). The keys are stored in the
// database and printed by the CLI; they never change.
enum class OrderStatus
{
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

// What the lifecycle knows of an order beyond its status: the records it has. A status may need
// a record before an order reaches it (a guard: no "confirmed" without the customer's
// confirmation of the current revision); each step of the workflow adds the facts of its records.
struct OrderFacts
{
    bool confirmedCurrentRevision = false;     // a confirmation of the current revision is recorded
    bool committedPlanCurrentRevision = false; // a committed plan of the current revision is stored
    bool everyLineShipped = false;             // shipments carry every line's full quantity
    int undeliveredShipments = 0;              // shipments not yet signed for by the customer
    bool anyShipment = false;                  // part of the order has left (its finished lines, early)
    // the promised date is not later than requested, or the customer's acceptance of it is recorded
    bool promisedDateAccepted = true;
};

// How an order reaches a status: most by a plain status change; some only through the workflow
// step that makes the record they need.
enum class TransitionRoute
{
    StatusChange,  // OrderStatusService::transition, with an optional note
    Submission,    // sending a revision to the customer (intake)
    Confirmation,  // recording the customer's confirmation
    ReturnToDraft, // the customer sent it back, with a reason (confirmation)
    Shipping,      // shipped when its shipments carry every quantity, delivered when each is signed for
};

// One way on from an order's status, as the machine sees it now.
struct StatusTransition
{
    OrderStatus to = OrderStatus::Draft;
    TransitionRoute route = TransitionRoute::StatusChange;
    bool allowed = true; // the guards of `to` hold
    QString reason;      // why not, when not allowed
};

// The transitions of the lifecycle; anything not listed here is refused by the services.
class OrderStatusMachine
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatusMachine)

public:
    // `heldFrom` is the status an on-hold order returns to (ignored otherwise).
    static bool canTransition(OrderStatus from, OrderStatus to,
                              std::optional<OrderStatus> heldFrom = std::nullopt);
    static QList<OrderStatus> allowedTargets(OrderStatus from,
                                             std::optional<OrderStatus> heldFrom = std::nullopt);
    // A translated sentence explaining why from → to is refused.
    static QString refusal(OrderStatus from, OrderStatus to);

    static TransitionRoute route(OrderStatus from, OrderStatus to);
    // Why the order cannot reach `to` with these facts (the guards of `to`); nullopt when it can.
    static std::optional<QString> guardRefusal(OrderStatus to, const OrderFacts& facts);
    // Every status the lifecycle leads to from `from`, each with its route and whether its guards hold.
    static QList<StatusTransition> transitions(OrderStatus from, std::optional<OrderStatus> heldFrom,
                                               const OrderFacts& facts);
    // Why from → to is refused (lifecycle or guard); nullopt when it is allowed.
    static std::optional<QString> check(OrderStatus from, OrderStatus to, std::optional<OrderStatus> heldFrom,
                                        const OrderFacts& facts);
};

} // namespace od
