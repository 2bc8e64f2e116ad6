#pragma once

#include "Error.h"
#include "Session.h"

#include <QDate>

namespace od {

// Change requests on a freshly generated demo company, one in every state — a draft, waiting for
// approval, approved (a cancellation with its charge), rejected, waiting for the customer's
// confirmation of the new revision, done — asked by each order's salesperson and decided by a
// manager through the same service the Changes page uses.
class DemoChanges
{
public:
    // Asks and decides them on planned and confirmed orders as of `today` (null = the real day);
    // returns how many were asked.
    static Result<int> askSome(Session& session, const QDate& today = {});
};

} // namespace od
