#include "Department.h"

namespace od {

QList<Department> DepartmentInfo::all()
{
    return {Department::Sales, Department::Production, Department::Logistics, Department::Finance,
            Department::Management};
}

QString DepartmentInfo::key(Department department)
{
    switch (department) {
    case Department::Sales:
        return QStringLiteral("sales");
    case Department::Production:
        return QStringLiteral("production");
    case Department::Logistics:
        return QStringLiteral("logistics");
    case Department::Finance:
        return QStringLiteral("finance");
    case Department::Management:
        return QStringLiteral("management");
    }
    return {};
}

std::optional<Department> DepartmentInfo::fromKey(QStringView key)
{
    for (Department d : all())
        if (DepartmentInfo::key(d) == key)
            return d;
    return std::nullopt;
}

QString DepartmentInfo::displayName(Department department)
{
    switch (department) {
    case Department::Sales:
        return tr("Sales");
    case Department::Production:
        return tr("Production");
    case Department::Logistics:
        return tr("Logistics");
    case Department::Finance:
        return tr("Finance");
    case Department::Management:
        return tr("Management");
    }
    return {};
}

QString DepartmentInfo::chineseName(Department department)
{
    switch (department) {
    case Department::Sales:
        return QStringLiteral("销售");
    case Department::Production:
        return QStringLiteral("生产");
    case Department::Logistics:
        return QStringLiteral("物流");
    case Department::Finance:
        return QStringLiteral("财务");
    case Department::Management:
        return QStringLiteral("管理");
    }
    return {};
}

Department DepartmentInfo::of(Role role)
{
    switch (role) {
    case Role::Salesperson:
        return Department::Sales;
    case Role::FinanceClerk:
        return Department::Finance;
    case Role::ProductionPlanner:
        return Department::Production;
    case Role::LogisticsClerk:
        return Department::Logistics;
    case Role::Manager:
    case Role::Administrator:
        return Department::Management;
    }
    return Department::Sales;
}

} // namespace od
