#pragma once

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
    explicit SettingsService(Database& db) : m_db(db) {}

    Result<CompanyProfile> company();
    // The prefix must be 1–8 letters or digits; the tax rate 0–100%.
    Status setCompany(const CompanyProfile& profile);

    Result<QList<User>> users();
    // The user the app acts as before sign-in exists: by login name, else the first active user.
    Result<User> localUser(const QString& preferredName);
    Result<qint64> addUser(const User& user);

private:
    Database& m_db;
};

} // namespace od
