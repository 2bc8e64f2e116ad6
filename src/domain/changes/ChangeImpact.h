#pragma once

#include "Money.h"
#include "Order.h"

#include <QDate>
#include <QList>
#include <QString>

namespace od {

// An order whose committed plan a change would make later, and by how many calendar days.
struct PushedOrder
{
    qint64 orderId = 0;
    QString orderNo;
    QDate before; // its completion without the change
    QDate after;  // with it
    int days = 0;
};

// What a change request would do (变更影响), before anyone approves it: the order as it is and
// as it would be (totals with tax, rounded exactly as an order is), the earliest delivery from
// the capacity plan before and after, the orders the change would push later, and where the
// customer's credit stands afterwards.
struct ChangeImpact
{
    Order before;
    Order after; // for a cancellation: as before, the charge is what remains due
    bool cancel = false;
    Money cancelCharge;
    Money scrapCost;

    Money oldTotal;
    Money newTotal;
    QDate oldEarliest; // null: cannot be planned (the reason in planningProblem)
    QDate newEarliest;
    QString planningProblem;
    QList<PushedOrder> pushed;

    Money creditLimit; // zero: no limit
    Money exposureAfter;
    bool overCreditLimit = false;

    Money difference() const { return newTotal - oldTotal; }
};

} // namespace od
