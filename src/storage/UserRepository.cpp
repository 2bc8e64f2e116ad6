#include "UserRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

User fromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = RoleInfo::fromKey(q.value(3).toString()).value_or(Role::Salesperson);
    u.active = q.value(4).toBool();
    return u;
}

Result<std::optional<User>> single(QSqlQuery& q)
{
    if (auto ok = sqlv::exec(q, QStringLiteral("read a user")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(fromRow(q));
}

} // namespace

Result<QList<User>> UserRepository::all()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, display_name, role, active FROM users ORDER BY id"));
    if (auto ok = sqlv::exec(q, QStringLiteral("read users")); !ok)
        return std::unexpected(ok.error());
    QList<User> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<std::optional<User>> UserRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, display_name, role, active FROM users WHERE id = ?"));
    q.addBindValue(id);
    return single(q);
}

Result<std::optional<User>> UserRepository::byName(const QString& name)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, display_name, role, active FROM users WHERE name = ?"));
    q.addBindValue(name);
    return single(q);
}

Result<qint64> UserRepository::insert(const User& user)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO users (name, display_name, role, active, created_at) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(user.name);
    q.addBindValue(user.displayName);
    q.addBindValue(RoleInfo::key(user.role));
    q.addBindValue(user.active ? 1 : 0);
    q.addBindValue(sqlv::nowUtc());
    if (auto ok = sqlv::exec(q, QStringLiteral("save the user")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Status UserRepository::update(const User& user)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, active = ? WHERE id = ?"));
    q.addBindValue(user.displayName);
    q.addBindValue(RoleInfo::key(user.role));
    q.addBindValue(user.active ? 1 : 0);
    q.addBindValue(user.id);
    return sqlv::exec(q, QStringLiteral("save the user"));
}

} // namespace od
