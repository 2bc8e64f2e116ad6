#pragma once

#include <QString>

namespace od {

// Where things live on this PC: the app data folder, the default database and the log.
// ORDERDESK_DB overrides the database path; --db overrides both (handled by the callers).
class AppPaths
{
public:
    static QString dataDir();
    static QString defaultDatabasePath();
    // --db value if given, else ORDERDESK_DB, else the default.
    static QString databasePath(const QString& commandLineValue);
    static QString logFilePath();
};

} // namespace od
