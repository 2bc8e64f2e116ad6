#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// The keys are stored (users.role) and printed; they never change.
enum class Role
{
    Salesperson,
    Manager,
    FinanceClerk,
    Administrator,
    ProductionPlanner,
    LogisticsClerk
};

class RoleInfo
{
    Q_DECLARE_TR_FUNCTIONS(Role)

public:
    // Every role, in the order a user picks from.
    static QList<Role> all();
    static QString key(Role role);
    static std::optional<Role> fromKey(QStringView key);
    static QString displayName(Role role);
};

} // namespace od
