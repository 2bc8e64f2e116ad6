#include "Permissions.h"

namespace od {

bool Permissions::allows(const Session& session, Permission permission)
{
    return session.user().active && PermissionInfo::allowed(session.user().role, permission);
}

Status Permissions::require(const Session& session, Permission permission)
{
    if (allows(session, permission))
        return {};
    return std::unexpected(Error{Error::Kind::Forbidden, PermissionInfo::refusal(session.user().role, permission), {}});
}

Status Permissions::requireOrderEdit(const Session& session, qint64 orderSalespersonId)
{
    const bool own = orderSalespersonId == 0 || orderSalespersonId == session.user().id;
    return require(session, own ? Permission::EditOwnOrders : Permission::EditAllOrders);
}

} // namespace od
