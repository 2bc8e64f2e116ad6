#pragma once

#include "Error.h"
#include "Session.h"

#include <QDate>

namespace od {

// The demo company's collaboration: a few lessons learnt about its customers and products, and
// conversations on recent orders — a salesperson asking a manager or logistics with an @mention,
// some answered and some still waiting in My work — written through the same services the app
// uses.
class DemoCollaboration
{
public:
    // Returns how many lessons and comments were written.
    static Result<int> addSome(Session& session, const QDate& today = {});
};

} // namespace od
