#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>

namespace od {

struct RestoreOptions
{
    // The user has confirmed that the backup holds another company's database and that it is
    // to replace this one.
    bool otherCompanyConfirmed = false;
};

// Copies of the database: on demand, once a day automatically, and putting one back.
// backup() and autoBackup() copy while others keep working; the GUI runs them on a worker
// thread with its own Database and Session. Every file written is readable by its owner only.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Told how many pages of how many are copied; returning false cancels the copy.
    using Progress = std::function<bool(qint64 pagesDone, qint64 pagesTotal)>;

    explicit BackupService(Session& session) : m_session(session) {}

    // How many daily backups autoBackup() keeps.
    static constexpr int DailyBackupsKept = 7;

    // Writes a consistent copy of the open database to `target`; needs the Backup permission.
    // The target may be neither the database nor any OrderDesk database (OutputFile); an
    // existing other file there is replaced only once the copy is complete. Recorded in the
    // audit trail as "database.backup": the backup is put in place together with its entry, or
    // not at all. While another program holds the write lock (a long import) the entry waits in
    // the access ledger and is written into the trail by the next change (notice() says so).
    Status backup(const QString& target, const Progress& progress = {});
    // After backup() or autoBackup(): what the user should know; empty when nothing.
    QString notice() const { return m_notice; }

    struct AutoBackupOutcome
    {
        QString path;         // today's backup
        bool created = false; // false: there was one already
        QStringList removed;  // older daily backups deleted
    };
    // Makes today's backup in `backupDir` (orderdesk-YYYY-MM-DD.sqlite) unless it exists, and
    // deletes daily backups beyond the newest DailyBackupsKept; other files are left alone.
    // The GUI runs it on a worker once the main window is up, for whoever signs in, a
    // salesperson too (`progress` returning false stops the copy): the copy protects
    // everyone's work and goes only into this PC's own backup folder, never where the user
    // chooses, which is what the Backup permission guards. Audited like backup().
    Result<AutoBackupOutcome> autoBackup(const QString& backupDir, const Progress& progress = {});

    // AppPaths::dataDir() + "/backups".
    static QString defaultBackupDir();
    static QString dailyFileName(const QDate& day);

    struct RestoreSource
    {
        bool otherCompany = false; // a backup of another company than the open database's
        QString companyName;       // the backup's company as its settings name it
    };
    // Checks `source` as restore() does (a sound OrderDesk database this version can read, with
    // an unbroken audit trail whose user entries agree with its users) without changing
    // anything, and says whose company it holds compared with the database `current` works on.
    static Result<RestoreSource> checkRestoreSource(const QString& source, Session& current);

    // The error restore() gives for another company's backup without otherCompanyConfirmed:
    // its `field`, so that the front end can ask and try again.
    static constexpr const char* OtherCompanyField = "other_company";

    using RestoreOptions = od::RestoreOptions;
    struct RestoreOutcome
    {
        QString previousDatabase; // where the replaced database file was kept
        QString notice;           // what the user should know besides; empty when nothing
    };
    // Puts the database saved in `source` in place of the one at `databasePath`, as
    // `actingUser`, who needs the Restore permission (administrators). `source` must pass the
    // checks of checkRestoreSource(); a backup of another company is refused (Conflict,
    // OtherCompanyField) unless confirmed in `options`. Every connection to `databasePath` must
    // be closed first: the GUI closes its Database, calls this, and opens the database again.
    // The replaced file is kept beside it as <name>.before-restore-<timestamp>. The restored
    // database is migrated to this version and records "database.restore" in its audit trail.
    static Result<RestoreOutcome> restore(const QString& databasePath, const QString& source,
                                          const User& actingUser, const RestoreOptions& options = {});

private:
    Status writeBackup(const QString& target, const Progress& progress);
    Session& m_session;
    QString m_notice;
};

} // namespace od
