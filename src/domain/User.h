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
};

} // namespace od
