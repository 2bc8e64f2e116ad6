#include "UserCredentialRepository.h"

#include "SqlValues.h"

namespace od {

Result<std::optional<UserCredential>> UserCredentialRepository::byUserId(qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the user")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<UserCredential>();
    return std::optional<UserCredential>(UserCredential{userId, q.value(0).toString()});
}

Status UserCredentialRepository::setPasswordHash(qint64 userId, const QString& hash)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(userId);
    return sqlv::exec(q, QStringLiteral("save the password"));
}

} // namespace od
