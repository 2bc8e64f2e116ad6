#include "UserCredentialRepository.h"

#include "SqlValues.h"

namespace od {

Result<std::optional<UserCredential>> UserCredentialRepository::byUserId(qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT password_hash, failed_attempts, last_failed_at FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the user")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<UserCredential>();
    return std::optional<UserCredential>(
        UserCredential{userId, q.value(0).toString(), q.value(1).toInt(), sqlv::toTimestamp(q.value(2))});
}

Status UserCredentialRepository::setPasswordHash(qint64 userId, const QString& hash)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, last_failed_at = NULL "
                             "WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(userId);
    return sqlv::exec(q, QStringLiteral("save the password"));
}

Status UserCredentialRepository::recordFailure(qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1, last_failed_at = ? WHERE id = ?"));
    q.addBindValue(sqlv::nowUtc());
    q.addBindValue(userId);
    return sqlv::exec(q, QStringLiteral("record the failed sign-in"));
}

Status UserCredentialRepository::clearFailures(qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, last_failed_at = NULL WHERE id = ?"));
    q.addBindValue(userId);
    return sqlv::exec(q, QStringLiteral("record the sign-in"));
}

} // namespace od
