#pragma once

#include "AuditEntry.h"
#include "CompanyProfile.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Company settings stored in the database (shared by every PC using it) and the user list.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    // Changes are audited as the session's user; without a session (first start, command-line
    // init) as "system".
    explicit SettingsService(Database& db, Session* session = nullptr) : m_db(db), m_session(session) {}

    Result<CompanyProfile> company();
    // The prefix must be 1–8 letters or digits; the tax rate 0–100%.
    Status setCompany(const CompanyProfile& profile);

    Result<QList<User>> users();
    // The user the app acts as before sign-in exists: by login name, else the first active user.
    Result<User> localUser(const QString& preferredName);
    Result<qint64> addUser(const User& user);

private:
    Status audit(const QString& action, const QString& entity, qint64 id, const QString& label,
                 const QList<FieldChange>& changes);
    Database& m_db;
    Session* m_session;
};

} // namespace od
