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
    // Changes are checked against and audited as the session's user. A new database that has no
    // administrator yet may be given its company details by whoever sets it up (the first-run
    // screen, `orderdesk-cli init`), as it may be given its first administrator.
    explicit SettingsService(Session& session);

    Result<CompanyProfile> company();
    // The prefix must be 1–8 letters or digits; the tax rate 0–100%.
    Status setCompany(const CompanyProfile& profile);

    Result<QList<User>> users();

private:
    Status audit(const QString& action, const QString& entity, qint64 id, const QString& label,
                 const QList<FieldChange>& changes);
    Session& m_session;
    Database& m_db;
};

} // namespace od
