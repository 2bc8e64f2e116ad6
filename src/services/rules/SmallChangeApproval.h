#pragma once

#include "ChangeRequest.h"
#include "Order.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// The small-change rule's test, inside the approval's transaction: the rule is on, the request
// does not cancel the order, moves its total by less than the rule's amount, pushes no other
// order later, and its customer is in good standing (no credit hold in force, no invoice
// overdue, not over its credit limit with the change).
class SmallChangeApproval
{
    Q_DECLARE_TR_FUNCTIONS(SmallChangeApproval)

public:
    // The decision note naming the rule and its reasons when the change qualifies; a Conflict
    // saying why not otherwise.
    static Result<QString> check(Session& session, const ChangeRequest& request, const Order& before,
                                 const Order& after, int ordersPushed);
};

} // namespace od
