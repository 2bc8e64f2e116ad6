#pragma once

#include "Database.h"
#include "User.h"

#include <QList>

#include <optional>

namespace od {

class UserRepository
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<QList<User>> all();
    Result<std::optional<User>> byId(qint64 id);
    Result<std::optional<User>> byName(const QString& name);
    Result<qint64> insert(const User& user);
    // Display name, role and active flag (the login name never changes).
    Status update(const User& user);

private:
    Database& m_db;
};

} // namespace od
