#pragma once

#include "Error.h"
#include "Session.h"

#include <QDate>

namespace od {

// Exceptions on a freshly generated demo company, in every state — just raised, with a response
// plan, with the customer informed, overdue, handed over, closed with a resolution and its cost —
// made through the same service the Exceptions page uses, so the page, an order's Exceptions
// tab and its timeline have something real to show.
class DemoExceptions
{
public:
    static constexpr int DefaultCount = 8;
    // Raises up to `count` on confirmed, planned and in-production orders as of `today` (the
    // demo's own day; null = the real one); returns how many were raised.
    static Result<int> raiseSome(Session& session, int count, const QDate& today = {});
};

} // namespace od
