#pragma once

#include "CapacityGrid.h"
#include "OrderDemand.h"
#include "OrderPlanStep.h"
#include "OrderSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace od {

// The stored plan of one order revision. While committed its hours count in the work centres'
// load; released (the revision was replaced, the order cancelled) it is kept for the record.
struct OrderPlan
{
    qint64 id = 0;
    qint64 orderId = 0;
    int revision = 0;
    bool committed = true;
    QDate plannedFrom;
    QDate earliestCompletion;
    QDate promisedDate;     // null until promised
    QString overrideReason; // why a date past capacity was promised anyway
    qint64 committedBy = 0;
    QDateTime committedAt;
    QDateTime releasedAt;
    QList<OrderPlanStep> steps; // in the schedule's order: lines by number, then shipping

    // The plan a schedule proposes, for `revision` of the order: the work centres' ids from the
    // grid it was scheduled on, each step's quantity from its line.
    static OrderPlan fromSchedule(const OrderSchedule& schedule, const OrderDemand& demand, int revision,
                                  const CapacityGrid& grid);
};

} // namespace od
