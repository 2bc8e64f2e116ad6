#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// Where things live on this PC: the one data folder the desktop app and orderdesk-cli share
// (~/.local/share/OrderDesk on Linux, %LOCALAPPDATA%\OrderDesk on Windows), with the default
// database, the log and the daily backups. The folder is its owner's only. ORDERDESK_DB
// overrides the database path; --db overrides both (handled by the callers).
class AppPaths
{
    Q_DECLARE_TR_FUNCTIONS(AppPaths)

public:
    static QString dataDir();
    static QString defaultDatabasePath();
    // --db value if given, else ORDERDESK_DB, else the default.
    static QString databasePath(const QString& commandLineValue);
    // True when neither --db nor ORDERDESK_DB chose the database.
    static bool usesDefaultDatabase(const QString& commandLineValue);
    static QString logFilePath();
    // Called first in main(): every file this process makes afterwards (exports, logs, backups)
    // is readable by its user only, like the database.
    static void makeNewFilesOwnerOnly();

    // Earlier versions of the desktop app kept their data one folder deeper
    // (…/OrderDesk/OrderDesk). When the default database is missing and one is found there, it
    // is moved to the shared folder, with its daily backups; when both exist, the older one is
    // left alone. Returns what the user should be told (empty when there was nothing to do), or
    // an error when the old database could not be moved (it is still open somewhere).
    static Result<QString> adoptEarlierDatabase();
    static QString earlierDataDir();
};

} // namespace od
