#pragma once

#include "ExceptionSeverity.h"
#include "OrderPlanStep.h"
#include "OrderStatus.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// An open exception as the early warning sees it.
struct RiskException
{
    QString exceptionNo;
    ExceptionSeverity severity = ExceptionSeverity::Medium;
    QDate raisedOn;
};

// Everything the early warning looks at for one order, read by the caller.
struct RiskFacts
{
    qint64 orderId = 0;
    OrderStatus status = OrderStatus::Draft;
    std::optional<OrderStatus> heldFrom; // while on hold: the status it returns to
    QDate promisedDate;                  // null: nothing promised yet
    QDate requestedDate;                 // what the customer asked for
    QDate sentOn;                        // the day the current revision went to the customer (awaiting only)
    QList<OrderPlanStep> steps;          // the committed plan's steps with their progress; empty: no plan
    QList<RiskException> openExceptions;
    QDate inTransitSince; // the ship date of its oldest shipment not yet signed for (null: none)

    // The date the customer counts on: the promise, or before anything is promised the date they
    // asked for.
    QDate dueDate() const { return promisedDate.isValid() ? promisedDate : requestedDate; }
};

} // namespace od
