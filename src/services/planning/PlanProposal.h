#pragma once

#include "OrderPlan.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace od {

// What the planner chooses for one step of a proposal before committing it: who is responsible
// and, to move it later, the day it may start at the earliest. A step is named by its line and
// its routing step number.
struct StepChoice
{
    int lineNo = 0;
    int stepNo = 0;
    qint64 ownerUserId = 0; // 0 = nobody chosen
    QDate notBefore;        // null = as early as capacity allows
};

// A plan proposed for one order against the load already committed, changing nothing: every
// step of every line with its work centre, hours, owner and dates, then shipping, and the
// earliest date the order can be delivered.
struct PlanProposal
{
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    int revision = 0;
    int version = 0; // the order's, for the commit's version check
    QDate orderDate;
    QDate requestedDate;
    QDate promisedDate; // the committed plan's, when the order is already planned
    bool committed = false;
    OrderPlan plan; // steps in plan order: lines by number, then shipping
    QHash<qint64, QString> ownerNames;

    QDate earliestCompletion() const { return plan.earliestCompletion; }
    // Calendar days the earliest date is after the requested date (0 when on time, none
    // without a requested date).
    std::optional<int> daysLate() const
    {
        if (!requestedDate.isValid() || !plan.earliestCompletion.isValid())
            return std::nullopt;
        return qMax<qint64>(0, requestedDate.daysTo(plan.earliestCompletion));
    }
};

// Committing a plan: the version of the order the planner saw, the date promised (null = the
// earliest date), a manager's reason when that is earlier than capacity allows, and the
// planner's choices of owners and later starts.
struct PlanCommitRequest
{
    int expectedVersion = 0;
    QDate promisedDate;
    QString overrideReason;
    QList<StepChoice> choices;
};

// A change to a committed plan: step `stepNo` (its number in the plan, 1 = the first) given to
// another owner and/or moved to start on `notBefore` or later and/or to one of its routing
// step's alternative work centres, the steps after it on its line
// and shipping scheduled again. When that makes the order later than promised, the promise
// moves with it only if `movePromise` says so.
struct PlanStepChange
{
    int stepNo = 0;
    qint64 ownerUserId = 0; // 0 = unchanged
    QDate notBefore;        // null = not moved
    QString workCentre;     // a work step not started moved to this alternative centre (code); empty = not
    bool movePromise = false;
    int expectedVersion = 0; // the order's, as the planner saw it (0 = not checked)
    QString reason; // why, for the audit entry (e.g. the allocation suggestion applied); may be empty
};

} // namespace od
