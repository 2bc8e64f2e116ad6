#pragma once

#include "Database.h"

#include <QString>

namespace od {

// Key/value settings stored in the database (company details, order number prefix…), so that
// every PC sharing a database prints the same documents.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace od
