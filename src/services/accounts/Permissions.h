#pragma once

#include "Error.h"
#include "Permission.h"
#include "Session.h"

namespace od {

// The one place services ask "may this user do that?". The answer is enforced here, in the
// services, so the CLI and any other front end obey the same matrix as the GUI.
class Permissions
{
public:
    static bool allows(const Session& session, Permission permission);
    // A Forbidden error with a sentence naming the role and the operation when not allowed.
    static Status require(const Session& session, Permission permission);
    // Editing one order: one's own orders need EditOwnOrders, anyone else's EditAllOrders.
    static Status requireOrderEdit(const Session& session, qint64 orderSalespersonId);
};

} // namespace od
