#pragma once

#include "Role.h"

#include <QString>

namespace od {

struct User
{
    qint64 id = 0;
    QString name;        // login name, unique
    QString displayName; // shown on orders and documents
    Role role = Role::Salesperson;
    bool active = true;

    // Who acts when the software itself does something no person asked for at that moment
    // (setting up a new database, the demo company, a restore's own record).
    static User system()
    {
        return User{0, QStringLiteral("system"), QStringLiteral("system"), Role::Administrator, true};
    }
};

} // namespace od
