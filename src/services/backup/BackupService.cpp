#include "BackupService.h"

#include "AccessLedger.h"
#include "AppPaths.h"
#include "AttachmentStore.h"
#include "AuditRepository.h"
#include "AuditTrail.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "Logging.h"
#include "OutputFile.h"
#include "OwnerOnlyFile.h"
#include "Permissions.h"
#include "Platform.h"
#include "SettingsRepository.h"
#include "UserHistoryCheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace od {

namespace {

// Migration 002 added the audit trail; older files have none to verify.
constexpr int kAuditTrailSchema = 2;

const QString kDailyPrefix = QStringLiteral("orderdesk-");
const QString kDailySuffix = QStringLiteral(".sqlite");

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

// Replaces `to` by `from` in one step, so nobody ever sees half a file there.
bool replaceFile(const QString& from, const QString& to)
{
    QString error;
    if (Platform::replaceFile(from, to, &error))
        return true;
    spdlog::error("backup: cannot rename {} to {}: {}", from.toStdString(), to.toStdString(),
                  error.toStdString());
    return false;
}

// Makes a rename in the folder of `path` durable.
void syncDirectory(const QString& path)
{
    if (!Platform::syncFolderOf(path))
        spdlog::warn("backup: could not sync the folder of {}", path.toStdString());
}

// A database file with the -wal and -shm files SQLite may have left beside it.
void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

Status makeOwnerOnlyDir(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    QDir parent = info.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return std::unexpected(
            Error::storage(BackupService::tr("Could not create the folder %1.").arg(path)));
    if (!parent.mkdir(info.fileName(), OwnerOnlyFile::permissions | QFile::ExeOwner) &&
        !QFileInfo(path).isDir())
        return std::unexpected(
            Error::storage(BackupService::tr("Could not create the folder %1.").arg(path)));
    return {};
}

Status requireRestorePermission(Database& db, const User& user)
{
    Session session(db, user);
    return Permissions::require(session, Permission::Restore);
}

// How long a backup waits for the write lock to record itself before its entry waits in the
// access ledger instead.
constexpr int kRecordWaitMs = 1000;

// True when `db` holds customers, products or orders: a company that a restore would replace.
bool hasBusinessData(Database& db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM products) "
                                 "OR EXISTS (SELECT 1 FROM orders)")) &&
           q.next() && q.value(0).toBool();
}

QString settingOf(Database& db, const char* key)
{
    auto value = SettingsRepository(db).value(QString::fromLatin1(key));
    return value ? *value : QString();
}

// Everything restore() demands of a file before it replaces the database. `staged` is our own
// single-file copy of the source; `sourceName` is what the user picked, for the messages.
Status checkStaged(const QString& staged, const QString& sourceName)
{
    auto facts = DatabaseBackup::inspect(staged);
    if (!facts)
        return std::unexpected(facts.error());
    if (!facts->integrityProblems.isEmpty())
        return std::unexpected(Error::invalid(BackupService::tr("%1 is damaged and cannot be restored (%2).")
                                                  .arg(sourceName, facts->integrityProblems.first())));
    bool orderDesk = facts->userVersion >= 1;
    for (const char* table : {"orders", "order_lines", "customers", "users"})
        orderDesk = orderDesk && facts->tables.contains(QLatin1String(table));
    const bool hasAuditTrail = facts->tables.contains(QLatin1String("audit_log"));
    if (facts->userVersion >= kAuditTrailSchema && !hasAuditTrail)
        orderDesk = false;
    if (!orderDesk)
        return std::unexpected(
            Error::invalid(BackupService::tr("%1 is not an OrderDesk database.").arg(sourceName)));
    if (facts->userVersion > Database::latestSchemaVersion())
        return std::unexpected(Error::invalid(
            BackupService::tr(
                "%1 comes from a newer version of OrderDesk (database schema %2; this version reads "
                "up to %3). Update OrderDesk to restore it.")
                .arg(sourceName)
                .arg(facts->userVersion)
                .arg(Database::latestSchemaVersion())));
    if (!hasAuditTrail)
        return {};

    auto db = Database::open(staged, Database::Migrate::No);
    if (!db)
        return std::unexpected(db.error());
    auto verification = AuditRepository(**db).verify();
    if (!verification)
        return std::unexpected(verification.error());
    if (verification->firstBrokenId)
        return std::unexpected(Error::invalid(
            BackupService::tr(
                "The audit trail in %1 has been altered: entry %2 is broken (%3). The file was not "
                "restored.")
                .arg(sourceName)
                .arg(*verification->firstBrokenId)
                .arg(verification->problem)));
    // An unbroken chain can still sit beside users edited with another tool.
    return UserHistoryCheck::check(**db, sourceName);
}

// <database>.before-restore-<yyyyMMdd-HHmmss>, with a counter when two restores share a second.
QString asideName(const QString& databasePath)
{
    const QString base = databasePath + QStringLiteral(".before-restore-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

// Opens the database about to be restored (migrating it to this version) and records the
// restore in its audit trail, as the user who did it. A restored file too old to have a company
// id gets the id of the database it replaces, so that later backups of it count as this
// company's. Closed again, the file holds everything (no -wal beside it).
Status recordRestore(const QString& databasePath, const QString& source, const QString& previous,
                     const User& actingUser, const QString& previousCompanyId, bool otherCompany)
{
    auto restored = Database::open(databasePath);
    if (!restored)
        return std::unexpected(restored.error());
    Session session(**restored, actingUser);
    Transaction tx(**restored);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    QList<FieldChange> changes{{QStringLiteral("file"), QString(), QFileInfo(source).absoluteFilePath()}};
    if (!previous.isEmpty())
        changes << FieldChange{QStringLiteral("previous"), QString(), previous};
    if (otherCompany)
        changes << FieldChange{QStringLiteral("company"), previousCompanyId,
                               settingOf(**restored, Database::CompanyIdKey)};
    if (settingOf(**restored, Database::CompanyIdKey).isEmpty()) {
        const QString id = previousCompanyId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                       : previousCompanyId;
        if (auto ok =
                SettingsRepository(**restored).setValue(QString::fromLatin1(Database::CompanyIdKey), id);
            !ok)
            return ok;
    }
    if (auto ok = AuditTrail::record(session, QStringLiteral("database.restore"), QStringLiteral("database"),
                                     0, QFileInfo(source).fileName(), changes);
        !ok)
        return ok;
    return tx.commit();
}

} // namespace

QString BackupService::defaultBackupDir()
{
    return AppPaths::dataDir() + QStringLiteral("/backups");
}

QString BackupService::dailyFileName(const QDate& day)
{
    return kDailyPrefix + day.toString(Qt::ISODate) + kDailySuffix;
}

Status BackupService::backup(const QString& target, const Progress& progress)
{
    if (auto ok = Permissions::require(m_session, Permission::Backup); !ok)
        return ok;
    return writeBackup(target, progress);
}

Status BackupService::writeBackup(const QString& target, const Progress& progress)
{
    m_notice.clear();
    // Written under another name first: an interrupted copy never leaves a broken file under
    // the backup's name, and a file there survives until the new one is complete. The target
    // may be neither the database itself nor any other OrderDesk database.
    auto staged = OutputFile::stage(target, m_session.db().path());
    if (!staged)
        return std::unexpected(staged.error());
    if (auto ok = DatabaseBackup::copy(m_session.db(), (*staged)->path(), progress); !ok)
        return ok;

    // The file goes in place together with its audit entry: inside the entry's transaction, or,
    // while another program holds the write lock, once the entry is safe in the access ledger.
    // Anything that fails before confirm() takes the file away again.
    const QString file = QFileInfo(target).absoluteFilePath();
    const QList<FieldChange> changes{{QStringLiteral("file"), QString(), file}};
    const QString action = QStringLiteral("database.backup");
    const QString label = QFileInfo(target).fileName();
    Transaction tx(m_session.db(), kRecordWaitMs);
    if (tx.isActive()) {
        if (auto ok = AuditTrail::record(m_session, action, QStringLiteral("database"), 0, label, changes);
            !ok)
            return ok;
        if (auto ok = (*staged)->replaceTarget(); !ok)
            return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
    } else {
        AccessLedger* ledger = m_session.db().accessLedger(true);
        if (!ledger)
            return std::unexpected(tx.beginError());
        if (auto ok = (*staged)->replaceTarget(); !ok)
            return ok;
        if (auto ok = ledger->queue(
                AuditTrail::entryFor(m_session, action, QStringLiteral("database"), 0, label, changes));
            !ok)
            return ok;
        m_notice = tr("The backup is complete. %1 Its entry in the audit trail is written as soon as the "
                      "database takes changes again.")
                       .arg(tx.beginError().message);
    }
    (*staged)->confirm();
    Logging::mutation(m_session.user().name, action, file);
    // The files attached to comments go beside the backup, as they are kept beside the database.
    if (auto copied = AttachmentStore(m_session.db().path()).copyInto(AttachmentStore(target)); !copied)
        m_notice =
            tr("The database is backed up, but not every attached file: %1").arg(copied.error().message);
    return {};
}

Result<BackupService::AutoBackupOutcome> BackupService::autoBackup(const QString& backupDir,
                                                                   const Progress& progress)
{
    if (auto ok = makeOwnerOnlyDir(backupDir); !ok)
        return std::unexpected(ok.error());
    const QDir dir(backupDir);
    AutoBackupOutcome outcome;
    outcome.path = dir.filePath(dailyFileName(m_session.today()));
    if (!QFileInfo::exists(outcome.path)) {
        if (auto ok = writeBackup(outcome.path, progress); !ok)
            return std::unexpected(ok.error());
        outcome.created = true;
    }

    // Only files named exactly like a daily backup are ours to delete.
    static const QRegularExpression daily(QStringLiteral("^orderdesk-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    QStringList dailyFiles;
    for (const QString& name : dir.entryList({kDailyPrefix + u'*' + kDailySuffix}, QDir::Files)) {
        const QRegularExpressionMatch match = daily.match(name);
        if (match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate).isValid())
            dailyFiles << name;
    }
    std::sort(dailyFiles.begin(), dailyFiles.end()); // ISO dates sort by time
    for (qsizetype i = 0; i + DailyBackupsKept < dailyFiles.size(); ++i) {
        if (QFile::remove(dir.filePath(dailyFiles[i]))) {
            outcome.removed << dir.filePath(dailyFiles[i]);
            AttachmentStore(dir.filePath(dailyFiles[i])).removeFolder();
        }
    }
    return outcome;
}

Result<BackupService::RestoreSource> BackupService::checkRestoreSource(const QString& source,
                                                                       Session& currentSession)
{
    Database& current = currentSession.db();
    QTemporaryDir scratch; // 0700
    if (!scratch.isValid())
        return std::unexpected(
            Error::storage(tr("Could not create a temporary folder to check %1.").arg(source)));
    const QString staged = scratch.filePath(QStringLiteral("check.sqlite"));
    if (auto ok = OwnerOnlyFile::createEmpty(staged); !ok)
        return std::unexpected(ok.error());
    if (auto ok = DatabaseBackup::copyFile(source, staged); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkStaged(staged, QFileInfo(source).fileName()); !ok)
        return std::unexpected(ok.error());
    auto db = Database::open(staged, Database::Migrate::No);
    if (!db)
        return std::unexpected(db.error());
    RestoreSource out;
    const QString sourceId = settingOf(**db, Database::CompanyIdKey);
    const QString currentId =
        hasBusinessData(current) ? settingOf(current, Database::CompanyIdKey) : QString();
    out.otherCompany = !sourceId.isEmpty() && !currentId.isEmpty() && sourceId != currentId;
    out.companyName = settingOf(**db, "company.name");
    return out;
}

Result<BackupService::RestoreOutcome> BackupService::restore(const QString& databasePath,
                                                             const QString& source, const User& actingUser,
                                                             const RestoreOptions& options)
{
    if (samePath(databasePath, source))
        return std::unexpected(
            Error::invalid(tr("The file to restore is the database itself; choose a backup.")));
    const QString sourceName = QFileInfo(source).fileName();

    // One restore of a database at a time: two would share the staging file. The lock is the
    // operating system's, so a restore that was killed leaves none behind.
    Platform::FileLock restoring(databasePath + QStringLiteral(".restore-lock"));
    if (!restoring.tryLock())
        return std::unexpected(
            Error::conflict(tr("Another restore of this database is running. Wait until it has finished.")));

    // The permission is the current database's business; it must also be free of other connections.
    std::unique_ptr<Database> current;
    QString currentCompanyId;
    if (QFileInfo::exists(databasePath)) {
        auto opened = Database::open(databasePath, Database::Migrate::No);
        if (!opened)
            return std::unexpected(opened.error());
        current = std::move(*opened);
        if (auto ok = requireRestorePermission(*current, actingUser); !ok)
            return std::unexpected(ok.error());
        // A database without any business yet (a new install) is no company to protect.
        if (hasBusinessData(*current))
            currentCompanyId = settingOf(*current, Database::CompanyIdKey);
        // Sign-ins and backups still waiting in the access ledger happened to this database: they
        // go into its trail (kept aside below), not into the restored one.
        if (auto ok = AuditTrail::writeWaiting(*current, kRecordWaitMs); !ok)
            return std::unexpected(ok.error());
    }

    // A single-file copy of the source beside the database: the source's -wal (if any) is
    // folded in, the checks run on exactly what will be put in place, and the final rename
    // stays on one file system.
    const QString staged = databasePath + QStringLiteral(".restoring");
    removeDatabaseFiles(staged); // only ever left by an interrupted restore of ours
    if (auto ok = OwnerOnlyFile::createEmpty(staged); !ok)
        return std::unexpected(ok.error());
    auto discardStaged = qScopeGuard([&] { removeDatabaseFiles(staged); });
    if (auto ok = DatabaseBackup::copyFile(source, staged); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkStaged(staged, sourceName); !ok)
        return std::unexpected(ok.error());
    bool otherCompany = false;
    {
        auto stagedDb = Database::open(staged, Database::Migrate::No);
        if (!stagedDb)
            return std::unexpected(stagedDb.error());
        if (!current) {
            if (auto ok = requireRestorePermission(**stagedDb, actingUser); !ok)
                return std::unexpected(ok.error());
        }
        // A backup of another company (a different id made when each database was created)
        // replaces this company's data with someone else's: only when the user said so.
        const QString sourceCompanyId = settingOf(**stagedDb, Database::CompanyIdKey);
        otherCompany =
            !sourceCompanyId.isEmpty() && !currentCompanyId.isEmpty() && sourceCompanyId != currentCompanyId;
        if (otherCompany && !options.otherCompanyConfirmed) {
            const QString company = settingOf(**stagedDb, "company.name");
            return std::unexpected(Error::conflict(
                company.isEmpty()
                    ? tr("%1 is a backup of another company's database. Restoring it replaces this "
                         "company's orders, customers and users with that company's.")
                          .arg(sourceName)
                    : tr("%1 is a backup of another company's database (%2). Restoring it replaces this "
                         "company's orders, customers and users with that company's.")
                          .arg(sourceName, company),
                QString::fromLatin1(OtherCompanyField)));
        }
    }

    RestoreOutcome outcome;
    if (current)
        outcome.previousDatabase = asideName(databasePath);
    // The restore enters the audit trail of the restored database before that database takes the
    // place of the current one: the rename below is the one moment the restore happens, its
    // entry included, and an interruption at any point leaves one whole database or the other.
    if (auto ok = recordRestore(staged, source, outcome.previousDatabase, actingUser, currentCompanyId,
                                otherCompany);
        !ok)
        return std::unexpected(ok.error());

    bool keptByLink = false;
    if (current) {
        // Everything into the main file first, so the file kept aside is complete on its own.
        if (auto ok = DatabaseBackup::makeSelfContained(*current); !ok)
            return std::unexpected(ok.error());
        // Held until the restored file is in place: no other program can start writing to the
        // current file between the check that nobody uses it and the swap.
        if (!current->exec(QStringLiteral("BEGIN EXCLUSIVE")))
            return std::unexpected(DatabaseBackup::inUseError());
        // A second name for the current file, so that the database's own name never goes
        // missing: the restored file then replaces it in one rename.
        keptByLink = Platform::hardLink(databasePath, outcome.previousDatabase);
        if (!keptByLink && !replaceFile(databasePath, outcome.previousDatabase)) {
            (void)current->exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(Error::storage(tr("Could not move the current database aside.")));
        }
        (void)OwnerOnlyFile::restrict(outcome.previousDatabase);
    }
    const bool replaced = replaceFile(staged, databasePath);
    if (replaced)
        syncDirectory(databasePath);
    if (current) {
        (void)current->exec(QStringLiteral("ROLLBACK"));
        current.reset();
    }
    if (!replaced) {
        if (keptByLink)
            QFile::remove(outcome.previousDatabase); // the database is still in its place
        else if (!outcome.previousDatabase.isEmpty())
            replaceFile(outcome.previousDatabase, databasePath);
        return std::unexpected(
            Error::storage(tr("Could not put %1 in place of the database.").arg(sourceName)));
    }
    // Stale -wal/-shm of the replaced file would be applied to the restored one.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    discardStaged.dismiss();
    Logging::mutation(actingUser.name, QStringLiteral("database.restore"),
                      QFileInfo(source).absoluteFilePath());
    // The backup's attached files join the database's own (none is ever removed: a file the
    // restored database does not name is simply not shown).
    if (auto copied = AttachmentStore(source).copyInto(AttachmentStore(databasePath)); !copied)
        outcome.notice =
            tr("The database is restored, but not every attached file: %1").arg(copied.error().message);
    return outcome;
}

} // namespace od
