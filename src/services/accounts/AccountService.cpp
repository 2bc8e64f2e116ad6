#include "AccountService.h"

#include "Database.h"

#include "AuditTrail.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "RecordFields.h"
#include "UserCredentialRepository.h"
#include "UserRepository.h"

#include <QRegularExpression>

namespace od {

AccountService::AccountService(Session& session) : m_db(session.db()) {}

namespace {

int delaySeconds(int failedAttempts)
{
    if (failedAttempts < AccountService::FreeAttempts)
        return 0;
    const int doublings = std::min(failedAttempts - AccountService::FreeAttempts, 4);
    return std::min(30, 2 << doublings); // 2, 4, 8, 16, 30 s
}

Session systemSession(Database& db)
{
    return Session(db, User::system());
}

} // namespace

Status AccountService::checkPasswordPolicy(const QString& password)
{
    if (password.size() < MinPasswordLength)
        return std::unexpected(
            Error::invalid(tr("A password needs at least %1 characters.").arg(MinPasswordLength),
                           QStringLiteral("password")));
    if (password.size() > 1024)
        return std::unexpected(Error::invalid(tr("This password is too long."), QStringLiteral("password")));
    return {};
}

Result<bool> AccountService::needsFirstAdministrator()
{
    auto users = UserRepository(m_db).all();
    if (!users)
        return std::unexpected(users.error());
    UserCredentialRepository credentials(m_db);
    for (const User& u : *users) {
        if (!u.active || u.role != Role::Administrator)
            continue;
        auto c = credentials.byUserId(u.id);
        if (!c)
            return std::unexpected(c.error());
        if (*c && !(*c)->passwordHash.isEmpty())
            return false;
    }
    return true;
}

Result<User> AccountService::userByName(const QString& name)
{
    auto user = UserRepository(m_db).byName(name.trimmed());
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return std::unexpected(Error::notFound(tr("There is no user called %1.").arg(name.trimmed())));
    return **user;
}

Status AccountService::storePassword(qint64 userId, const QString& password)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return std::unexpected(Error::storage(tr("The password could not be protected (out of memory).")));
    return UserCredentialRepository(m_db).setPasswordHash(userId, hash);
}

Result<User> AccountService::createFirstAdministrator(const QString& name, const QString& displayName,
                                                      const QString& password)
{
    auto needed = needsFirstAdministrator();
    if (!needed)
        return std::unexpected(needed.error());
    if (!*needed)
        return std::unexpected(Error::conflict(tr("This database already has an administrator.")));
    Session system = systemSession(m_db);
    User user{0, name.trimmed(), displayName.trimmed(), Role::Administrator, true};
    auto id = addUser(system, user, password);
    if (!id)
        return std::unexpected(id.error());
    user.id = *id;
    return user;
}

Result<int> AccountService::secondsUntilNextAttempt(const QString& name)
{
    auto user = UserRepository(m_db).byName(name.trimmed());
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return 0;
    auto c = UserCredentialRepository(m_db).byUserId((*user)->id);
    if (!c)
        return std::unexpected(c.error());
    if (!*c || !(*c)->lastFailedAt.isValid())
        return 0;
    const qint64 waited = (*c)->lastFailedAt.secsTo(QDateTime::currentDateTimeUtc());
    return int(std::max<qint64>(0, delaySeconds((*c)->failedAttempts) - waited));
}

Result<User> AccountService::signIn(const QString& name, const QString& password)
{
    const Error wrong = Error::invalid(tr("Wrong user name or password."), QStringLiteral("password"));
    auto found = UserRepository(m_db).byName(name.trimmed());
    if (!found)
        return std::unexpected(found.error());
    if (!*found) {
        // Spend the same time as a real check, so that timing does not tell which names exist.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("not a real password"));
        PasswordHasher::verify(dummy, password);
        return std::unexpected(wrong);
    }
    const User user = **found;
    auto wait = secondsUntilNextAttempt(user.name);
    if (!wait)
        return std::unexpected(wait.error());
    if (*wait > 0)
        return std::unexpected(
            Error::invalid(tr("Too many failed attempts. Try again in %n second(s).", nullptr, *wait),
                           QStringLiteral("password")));
    auto credential = UserCredentialRepository(m_db).byUserId(user.id);
    if (!credential)
        return std::unexpected(credential.error());
    const bool ok = *credential && PasswordHasher::verify((*credential)->passwordHash, password);

    Session actor(m_db, user);
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (!ok) {
        if (auto r = UserCredentialRepository(m_db).recordFailure(user.id); !r)
            return std::unexpected(r.error());
        if (auto r = AuditTrail::record(actor, QStringLiteral("user.sign_in_failed"), QStringLiteral("user"),
                                        user.id, user.name);
            !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        return std::unexpected(wrong);
    }
    if (!user.active)
        return std::unexpected(
            Error{Error::Kind::Forbidden, tr("The account %1 is disabled.").arg(user.name), {}});
    if (auto r = UserCredentialRepository(m_db).clearFailures(user.id); !r)
        return std::unexpected(r.error());
    if (PasswordHasher::needsRehash((*credential)->passwordHash)) {
        if (auto r = storePassword(user.id, password); !r)
            return std::unexpected(r.error());
    }
    if (auto r = AuditTrail::record(actor, QStringLiteral("user.sign_in"), QStringLiteral("user"), user.id,
                                    user.name);
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Logging::mutation(user.name, QStringLiteral("user.sign_in"), user.name);
    return user;
}

Status AccountService::changeOwnPassword(Session& session, const QString& oldPassword,
                                         const QString& newPassword)
{
    auto credential = UserCredentialRepository(m_db).byUserId(session.user().id);
    if (!credential)
        return std::unexpected(credential.error());
    if (!*credential || !PasswordHasher::verify((*credential)->passwordHash, oldPassword))
        return std::unexpected(
            Error::invalid(tr("The current password is not right."), QStringLiteral("old_password")));
    if (auto ok = checkPasswordPolicy(newPassword); !ok)
        return ok;
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = storePassword(session.user().id, newPassword); !ok)
        return ok;
    if (auto ok = AuditTrail::record(session, QStringLiteral("user.change_password"), QStringLiteral("user"),
                                     session.user().id, session.user().name);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(session.user().name, QStringLiteral("user.change_password"), session.user().name);
    return {};
}

Result<qint64> AccountService::addUser(Session& session, User user, const QString& password)
{
    if (session.user().id != 0) { // the system session only creates the first administrator
        if (auto ok = Permissions::require(session, Permission::ManageUsers); !ok)
            return std::unexpected(ok.error());
    }
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    user.name = user.name.trimmed();
    user.displayName = user.displayName.trimmed();
    if (!namePattern.match(user.name).hasMatch())
        return std::unexpected(
            Error::invalid(tr("The login name must be 1 to 32 letters, digits, dots, dashes or underscores."),
                           QStringLiteral("name")));
    if (user.displayName.isEmpty())
        user.displayName = user.name;
    if (auto ok = checkPasswordPolicy(password); !ok)
        return std::unexpected(ok.error());
    UserRepository users(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto existing = users.byName(user.name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(
            Error::conflict(tr("There is already a user called %1.").arg(user.name), QStringLiteral("name")));
    auto id = users.insert(user);
    if (!id)
        return std::unexpected(id.error());
    user.id = *id;
    if (auto ok = storePassword(*id, password); !ok)
        return std::unexpected(ok.error());
    if (auto ok = AuditTrail::record(session, QStringLiteral("user.add"), QStringLiteral("user"), *id,
                                     user.name, RecordFields::diff({}, RecordFields::of(user)));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(session.user().name, QStringLiteral("user.add"), user.name);
    return *id;
}

Status AccountService::resetPassword(Session& session, const QString& name, const QString& newPassword)
{
    if (auto ok = Permissions::require(session, Permission::ManageUsers); !ok)
        return ok;
    auto user = userByName(name);
    if (!user)
        return std::unexpected(user.error());
    if (auto ok = checkPasswordPolicy(newPassword); !ok)
        return ok;
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = storePassword(user->id, newPassword); !ok)
        return ok;
    if (auto ok = AuditTrail::record(session, QStringLiteral("user.reset_password"), QStringLiteral("user"),
                                     user->id, user->name);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(session.user().name, QStringLiteral("user.reset_password"), user->name);
    return {};
}

Status AccountService::setActive(Session& session, const QString& name, bool active)
{
    if (auto ok = Permissions::require(session, Permission::ManageUsers); !ok)
        return ok;
    auto user = userByName(name);
    if (!user)
        return std::unexpected(user.error());
    if (!active && user->id == session.user().id)
        return std::unexpected(Error::invalid(tr("You cannot disable your own account.")));
    if (user->active == active)
        return {};
    const User before = *user;
    user->active = active;
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = UserRepository(m_db).update(*user); !ok)
        return ok;
    const QString action = active ? QStringLiteral("user.enable") : QStringLiteral("user.disable");
    if (auto ok = AuditTrail::record(session, action, QStringLiteral("user"), user->id, user->name,
                                     RecordFields::diff(RecordFields::of(before), RecordFields::of(*user)));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(session.user().name, action, user->name);
    return {};
}

Result<QList<User>> AccountService::users()
{
    return UserRepository(m_db).all();
}

} // namespace od
