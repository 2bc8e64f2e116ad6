#pragma once

#include "AuditEntry.h"
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

    // One answer for an unknown name, a wrong password and a disabled account, each after one
    // Argon2id check, so that neither the words nor the time tell which it was. After
    // FreeAttempts failures of a name each further attempt must wait longer (up to 30 s), known
    // name or not; attempts are counted and checked in one step in the access ledger, so that
    // attempts made at the same moment are no more than the throttle allows. Signing in only
    // reads the database: what it records waits in the ledger while another program holds the
    // write lock, and notice() then says so.
    Result<User> signIn(const QString& name, const QString& password);
    // Seconds before the next attempt for `name` (0 = may try now).
    Result<int> secondsUntilNextAttempt(const QString& name);
    // After signIn(): what the user should know, e.g. that an import is running and changes wait
    // until it has finished; empty when nothing.
    QString notice() const { return m_notice; }
    // The throttle: seconds to wait after `failures` failed attempts in a row (0, 0, 0, 2, 4, 8, 16, 30).
    static int delaySeconds(int failures);

    Status changeOwnPassword(Session& session, const QString& oldPassword, const QString& newPassword);

    // Administrator only.
    Result<qint64> addUser(Session& session, User user, const QString& password);
    Status resetPassword(Session& session, const QString& name, const QString& newPassword);
    Status setActive(Session& session, const QString& name, bool active);
    Result<QList<User>> users();

    static Status checkPasswordPolicy(const QString& password);

private:
    Result<User> userByName(const QString& name);
    // Hashes and stores the password; returns its fingerprint for the audit entry.
    Result<FieldChange> storePassword(qint64 userId, const QString& password);
    // Writes what the sign-in recorded, unless another program holds the write lock.
    void writeSignInRecords(const User& user, const QString& password, const QString& storedHash);
    Database& m_db;
    QString m_notice;
};

} // namespace od
