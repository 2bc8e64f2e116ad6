#pragma once

#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Users and sign-in: the first administrator of a new database, signing in with throttling of
// repeated failures, own password changes, and the administrator's user management.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int MinPasswordLength = 8;
    static constexpr int FreeAttempts = 3; // failures before sign-in slows down

    explicit AccountService(Session& session);

    // True while no user can sign in (a new database): the GUI then asks for the first administrator.
    Result<bool> needsFirstAdministrator();
    Result<User> createFirstAdministrator(const QString& name, const QString& displayName,
                                          const QString& password);

    // The same message for an unknown name and a wrong password; a disabled account is refused;
    // after FreeAttempts failures each further attempt must wait longer (up to 30 s).
    Result<User> signIn(const QString& name, const QString& password);
    // Seconds the user must still wait before the next attempt (0 = may try now).
    Result<int> secondsUntilNextAttempt(const QString& name);

    Status changeOwnPassword(Session& session, const QString& oldPassword, const QString& newPassword);

    // Administrator only.
    Result<qint64> addUser(Session& session, User user, const QString& password);
    Status resetPassword(Session& session, const QString& name, const QString& newPassword);
    Status setActive(Session& session, const QString& name, bool active);
    Result<QList<User>> users();

    static Status checkPasswordPolicy(const QString& password);

private:
    Result<User> userByName(const QString& name);
    Status storePassword(qint64 userId, const QString& password);
    Database& m_db;
};

} // namespace od
