#pragma once

#include "Database.h"

#include <QDateTime>

#include <optional>

namespace od {

struct UserCredential
{
    qint64 userId = 0;
    QString passwordHash; // libsodium crypto_pwhash_str string; empty = no password set
    int failedAttempts = 0;
    QDateTime lastFailedAt;
};

// Sign-in data of users, kept apart from UserRepository so that nothing that lists users ever
// carries a password hash along.
class UserCredentialRepository
{
public:
    explicit UserCredentialRepository(Database& db) : m_db(db) {}

    Result<std::optional<UserCredential>> byUserId(qint64 userId);
    Status setPasswordHash(qint64 userId, const QString& hash);
    Status recordFailure(qint64 userId);
    Status clearFailures(qint64 userId);

private:
    Database& m_db;
};

} // namespace od
