#include "Role.h"

namespace od {

QString RoleInfo::key(Role role)
{
    switch (role) {
    case Role::Salesperson: return QStringLiteral("salesperson");
    case Role::Manager: return QStringLiteral("manager");
    case Role::FinanceClerk: return QStringLiteral("finance_clerk");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> RoleInfo::fromKey(QStringView key)
{
    for (Role r : {Role::Salesperson, Role::Manager, Role::FinanceClerk, Role::Administrator})
        if (RoleInfo::key(r) == key)
            return r;
    return std::nullopt;
}

QString RoleInfo::displayName(Role role)
{
    switch (role) {
    case Role::Salesperson: return tr("Salesperson");
    case Role::Manager: return tr("Manager");
    case Role::FinanceClerk: return tr("Finance clerk");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}

} // namespace od
