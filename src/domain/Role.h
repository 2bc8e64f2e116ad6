#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace od {

enum class Role { Salesperson, Manager, FinanceClerk, Administrator };

class RoleInfo
{
    Q_DECLARE_TR_FUNCTIONS(Role)

public:
    static QString key(Role role);
    static std::optional<Role> fromKey(QStringView key);
    static QString displayName(Role role);
};

} // namespace od
