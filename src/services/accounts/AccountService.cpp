#include "AccountService.h"

#include "AccessLedger.h"
#include "AuditTrail.h"
#include "Database.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "RecordFields.h"
#include "UserCredentialRepository.h"
#include "UserRepository.h"

#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace od {

AccountService::AccountService(Session& session) : m_db(session.db()) {}

namespace {

// How long a sign-in waits for the write lock before leaving its records in the access ledger.
constexpr int kSignInWriteWaitMs = 250;

Session systemSession(Database& db)
{
    return Session(db, User::system());
}

// Checked when there is no real hash to check (an unknown name, a throttled attempt), so that
// every answer costs one Argon2id verification at today's cost, as a wrong password does. Made
// once from 32 random bytes that were thrown away; no password gives it. A constant, so that the
// first unknown name of a process does not also pay for making it.
const QString kDecoyHash = QStringLiteral(
    "$argon2id$v=19$m=65536,t=2,p=1$I7/gvTLYIG3pUZou00J1sA$T8dFInr0F31O0owMV29E5tF9hAq7GiKjiJ3if/OxdW8");

} // namespace

int AccountService::delaySeconds(int failedAttempts)
{
    if (failedAttempts < FreeAttempts)
        return 0;
    const int doublings = std::min(failedAttempts - FreeAttempts, 4);
    return std::min(30, 2 << doublings); // 2, 4, 8, 16, 30 s
}

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

Result<FieldChange> AccountService::storePassword(qint64 userId, const QString& password)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return std::unexpected(Error::storage(tr("The password could not be protected (out of memory).")));
    if (auto ok = UserCredentialRepository(m_db).setPasswordHash(userId, hash); !ok)
        return std::unexpected(ok.error());
    return FieldChange{QStringLiteral("credential"), QString(), PasswordHasher::fingerprint(hash)};
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
    AccessLedger* ledger = m_db.accessLedger(false);
    if (!ledger)
        return 0;
    return ledger->secondsToWait(name, &AccountService::delaySeconds);
}

Result<User> AccountService::signIn(const QString& name, const QString& password)
{
    m_notice.clear();
    const QString typed = name.trimmed();
    AccessLedger* ledger = m_db.accessLedger(true);
    if (!ledger)
        return std::unexpected(Error::storage(
            tr("Signing in is not possible: the sign-in records %1 beside the database cannot be written. "
               "Check that you may write in that folder.")
                .arg(AccessLedger::pathFor(m_db.path()))));
    auto attempt = ledger->reserveAttempt(typed, &AccountService::delaySeconds);
    if (!attempt)
        return std::unexpected(attempt.error());
    auto found = UserRepository(m_db).byName(typed);
    if (!found)
        return std::unexpected(found.error());
    QString storedHash;
    if (*found) {
        auto credential = UserCredentialRepository(m_db).byUserId((*found)->id);
        if (!credential)
            return std::unexpected(credential.error());
        if (*credential)
            storedHash = (*credential)->passwordHash;
    }
    // One Argon2id check whatever the case: an unknown name, a throttled or a disabled account
    // answer in the same time as a wrong password.
    const bool checkReal = attempt->allowed && !storedHash.isEmpty();
    const bool passwordRight =
        PasswordHasher::verify(checkReal ? storedHash : kDecoyHash, password) && checkReal;
    if (!attempt->allowed)
        return std::unexpected(Error::invalid(
            tr("Too many failed attempts. Try again in %n second(s).", nullptr, attempt->secondsToWait),
            QStringLiteral("password")));
    const Error refused = Error::invalid(tr("Wrong user name or password, or the account is disabled."),
                                         QStringLiteral("password"));
    if (!*found)
        return std::unexpected(refused);
    const User user = **found;
    Session actor(m_db, user);
    if (!passwordRight || !user.active) {
        // The attempt stays counted; the audit trail says which account was tried and why it failed.
        const QString reason =
            passwordRight ? QStringLiteral("account disabled") : QStringLiteral("wrong password");
        if (auto ok = ledger->queue(AuditTrail::entryFor(actor, QStringLiteral("user.sign_in_failed"),
                                                         QStringLiteral("user"), user.id, user.name,
                                                         {{QStringLiteral("reason"), QString(), reason}}));
            !ok)
            return std::unexpected(ok.error());
        writeSignInRecords(user, QString(), QString());
        return std::unexpected(refused);
    }
    if (auto ok =
            ledger->clearAttempts(typed, AuditTrail::entryFor(actor, QStringLiteral("user.sign_in"),
                                                              QStringLiteral("user"), user.id, user.name));
        !ok)
        return std::unexpected(ok.error());
    writeSignInRecords(user, password, storedHash);
    Logging::mutation(user.name, QStringLiteral("user.sign_in"), user.name);
    return user;
}

void AccountService::writeSignInRecords(const User& user, const QString& password, const QString& storedHash)
{
    if (!password.isEmpty() && PasswordHasher::needsRehash(storedHash)) {
        // Today's cost for an old hash: a change of the database, so only when it is free now.
        Session actor(m_db, user);
        Transaction tx(m_db, kSignInWriteWaitMs);
        if (tx.isActive()) {
            auto stored = storePassword(user.id, password);
            if (stored && AuditTrail::record(actor, QStringLiteral("user.password_rehashed"),
                                             QStringLiteral("user"), user.id, user.name, {*stored}))
                (void)tx.commit();
        }
    }
    auto written = AuditTrail::writeWaiting(m_db, kSignInWriteWaitMs);
    if (written)
        return;
    spdlog::info("sign-in of {}: records wait: {}", user.name.toStdString(),
                 written.error().message.toStdString());
    AccessLedger* ledger = m_db.accessLedger(false);
    auto job = ledger ? ledger->runningJob() : Result<std::optional<AccessLedger::Job>>(std::nullopt);
    if (job && *job)
        m_notice = tr("%1 has been %2 since %3. You can look at everything meanwhile; changes can be saved "
                      "once that has finished.")
                       .arg((*job)->userName, (*job)->activity,
                            (*job)->startedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    else
        m_notice = tr("The database cannot take changes at the moment (%1). You can look at everything; "
                      "your sign-in is recorded as soon as it can be.")
                       .arg(written.error().message);
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
    auto stored = storePassword(session.user().id, newPassword);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto ok = AuditTrail::record(session, QStringLiteral("user.change_password"), QStringLiteral("user"),
                                     session.user().id, session.user().name, {*stored});
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
    auto stored = storePassword(*id, password);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto ok = AuditTrail::record(session, QStringLiteral("user.add"), QStringLiteral("user"), *id,
                                     user.name, RecordFields::diff({}, RecordFields::of(user)) << *stored);
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
    auto stored = storePassword(user->id, newPassword);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto ok = AuditTrail::record(session, QStringLiteral("user.reset_password"), QStringLiteral("user"),
                                     user->id, user->name, {*stored});
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
