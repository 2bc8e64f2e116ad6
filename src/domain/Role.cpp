#include "Role.h"

namespace od {

QList<Role> RoleInfo::all()
{
    return {Role::Salesperson,       Role::Manager,        Role::FinanceClerk,
            Role::ProductionPlanner, Role::LogisticsClerk, Role::Administrator};
}

QString RoleInfo::key(Role role)
{
    switch (role) {
    case Role::Salesperson:
        return QStringLiteral("salesperson");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::FinanceClerk:
        return QStringLiteral("finance_clerk");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::ProductionPlanner:
        return QStringLiteral("production_planner");
    case Role::LogisticsClerk:
        return QStringLiteral("logistics_clerk");
    }
    return {};
}

std::optional<Role> RoleInfo::fromKey(QStringView key)
{
    for (Role r : all())
        if (RoleInfo::key(r) == key)
            return r;
    return std::nullopt;
}

QString RoleInfo::displayName(Role role)
{
    switch (role) {
    case Role::Salesperson:
        return tr("Salesperson");
    case Role::Manager:
        return tr("Manager");
    case Role::FinanceClerk:
        return tr("Finance clerk");
    case Role::Administrator:
        return tr("Administrator");
    case Role::ProductionPlanner:
        return tr("Production planner");
    case Role::LogisticsClerk:
        return tr("Logistics clerk");
    }
    return {};
}

} // namespace od
