#include "DemoStaff.h"

#include "UserRepository.h"

namespace od {

Result<std::optional<User>> DemoStaff::firstActive(Database& db, Role role)
{
    auto everyone = UserRepository(db).all();
    if (!everyone)
        return std::unexpected(everyone.error());
    for (const User& user : std::as_const(*everyone))
        if (user.role == role && user.active)
            return user;
    return std::nullopt;
}

} // namespace od
