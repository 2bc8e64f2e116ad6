#pragma once

#include "Database.h"
#include "Error.h"
#include "Role.h"
#include "User.h"

#include <optional>

namespace od {

// The demo company's staff as its later steps need them.
class DemoStaff
{
public:
    // The first active user with this role (by id), or none.
    static Result<std::optional<User>> firstActive(Database& db, Role role);
};

} // namespace od
