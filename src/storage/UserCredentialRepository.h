#pragma once

#include "Database.h"

#include <optional>

namespace od {

struct UserCredential
{
    qint64 userId = 0;
    QString passwordHash; // libsodium crypto_pwhash_str string; empty = no password set
};

// Sign-in data of users, kept apart from UserRepository so that nothing that lists users ever
// carries a password hash along. Failed attempts are counted in the AccessLedger, which can be
// written while an import holds the database's write lock (the users table's failed_attempts and
// last_failed_at columns are no longer used).
class UserCredentialRepository
{
public:
    explicit UserCredentialRepository(Database& db) : m_db(db) {}

    Result<std::optional<UserCredential>> byUserId(qint64 userId);
    Status setPasswordHash(qint64 userId, const QString& hash);

private:
    Database& m_db;
};

} // namespace od
