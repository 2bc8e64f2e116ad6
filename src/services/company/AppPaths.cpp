#include "AppPaths.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "OwnerOnlyFile.h"
#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace od {

namespace {

QString genericDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir;
}

// The folder holds the company's database, its backups and a log of who did what: owner-only
// like the database itself, also when an earlier version created it readable by others.
void makeOwnerOnlyFolder(const QString& dir)
{
    QDir().mkpath(dir);
    QFile::setPermissions(dir, OwnerOnlyFile::permissions | QFile::ExeOwner);
}

} // namespace

QString AppPaths::dataDir()
{
    // Named here rather than taken from QStandardPaths::AppLocalDataLocation, which depends on
    // the organisation name the desktop app sets and the command line does not.
    const QString dir = genericDataDir() + QStringLiteral("/OrderDesk");
    makeOwnerOnlyFolder(dir);
    return dir;
}

QString AppPaths::earlierDataDir()
{
    return genericDataDir() + QStringLiteral("/OrderDesk/OrderDesk");
}

QString AppPaths::defaultDatabasePath()
{
    return dataDir() + QStringLiteral("/orderdesk.sqlite");
}

bool AppPaths::usesDefaultDatabase(const QString& commandLineValue)
{
    return commandLineValue.isEmpty() && qEnvironmentVariable("ORDERDESK_DB").isEmpty();
}

QString AppPaths::databasePath(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString env = qEnvironmentVariable("ORDERDESK_DB");
    if (!env.isEmpty())
        return env;
    return defaultDatabasePath();
}

void AppPaths::makeNewFilesOwnerOnly()
{
    Platform::makeNewFilesOwnerOnly();
}

QString AppPaths::logFilePath()
{
    return dataDir() + QStringLiteral("/orderdesk.log");
}

Result<QString> AppPaths::adoptEarlierDatabase()
{
    const QString earlier = earlierDataDir() + QStringLiteral("/orderdesk.sqlite");
    if (!QFileInfo::exists(earlier))
        return QString();
    const QString target = defaultDatabasePath();
    const QString shownEarlier = QDir::toNativeSeparators(earlier);
    const QString shownTarget = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return tr("An older OrderDesk database is still at %1; this one, %2, is used. To work with the older "
                  "one, open it with --db.")
            .arg(shownEarlier, shownTarget);
    {
        // One file with everything in it, and nobody using it while it moves.
        auto db = Database::open(earlier, Database::Migrate::No);
        if (!db)
            return std::unexpected(db.error());
        if (auto ok = DatabaseBackup::makeSelfContained(**db); !ok)
            return std::unexpected(Error::conflict(
                tr("The database %1 has to move to %2, but it is open in another window or program. Close it "
                   "there and start again.")
                    .arg(shownEarlier, shownTarget)));
        if (auto ok = (*db)->exec(QStringLiteral("BEGIN EXCLUSIVE")); !ok)
            return std::unexpected(DatabaseBackup::inUseError());
        QString error;
        if (!Platform::replaceFile(earlier, target, &error)) {
            (void)(*db)->exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(Error::storage(
                tr("Could not move the database %1 to %2: %3").arg(shownEarlier, shownTarget, error)));
        }
        (void)(*db)->exec(QStringLiteral("ROLLBACK"));
    }
    // The access ledger goes along (audit entries may still wait in it); -wal and -shm are empty.
    const QString ledger = QStringLiteral("-access");
    if (QFileInfo::exists(earlier + ledger) && !QFileInfo::exists(target + ledger))
        Platform::replaceFile(earlier + ledger, target + ledger);
    Platform::syncFolderOf(target);
    for (const QString& suffix : Database::companionSuffixes())
        QFile::remove(earlier + suffix);
    const QString earlierBackups = earlierDataDir() + QStringLiteral("/backups");
    const QString backups = dataDir() + QStringLiteral("/backups");
    if (QFileInfo(earlierBackups).isDir() && !QFileInfo::exists(backups))
        QDir().rename(earlierBackups, backups);
    spdlog::info("moved the database {} to {}", earlier.toStdString(), target.toStdString());
    return tr("The database was moved from %1 to %2, the folder the desktop app and orderdesk-cli share.")
        .arg(shownEarlier, shownTarget);
}

} // namespace od
