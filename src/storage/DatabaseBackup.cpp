#include "DatabaseBackup.h"

#include "SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace od {

namespace {

// Pages per backup step: the first step learns the size, then about a hundredth of the file
// per step, so progress moves in small increments at any size.
constexpr int kFirstStepPages = 16;
constexpr int kStepsPerCopy = 100;
// A step can meet a lock (WAL recovery by another connection); retried for up to ~5 s, as long
// as the busy timeout of ordinary work.
constexpr int kLockedRetries = 500;
constexpr int kRetryPauseMs = 10;

// A raw connection closed when it goes out of scope.
class RawConnection
{
public:
    ~RawConnection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    int open(const QString& path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
        return rc;
    }
    int close()
    {
        const int rc = sqlite3_close(m_db);
        if (rc == SQLITE_OK)
            m_db = nullptr;
        return rc;
    }
    sqlite3* get() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

QString sqliteText(sqlite3* db)
{
    return QString::fromUtf8(SqliteStatement::errorText(db));
}

int execute(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

Error notADatabase(const QString& path)
{
    return Error::invalid(DatabaseBackup::tr("%1 is not a database file.").arg(QFileInfo(path).fileName()));
}

Error copyFailed(const QString& targetPath, const QString& detail)
{
    spdlog::error("backup: copy to {} failed: {}", targetPath.toStdString(), detail.toStdString());
    return Error::storage(DatabaseBackup::tr("Could not write the copy %1: %2").arg(targetPath, detail));
}

Status copyDatabase(sqlite3* source, const QString& sourceName, const QString& targetPath,
                    const DatabaseBackup::Progress& progress)
{
    RawConnection target;
    // No SQLITE_OPEN_CREATE: the caller created the file with owner-only permissions.
    if (target.open(targetPath, SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return std::unexpected(copyFailed(targetPath, sqliteText(target.get())));
    if (execute(target.get(), "PRAGMA synchronous = FULL") != SQLITE_OK)
        return std::unexpected(copyFailed(targetPath, sqliteText(target.get())));

    // One read transaction on the source for the whole copy: every page comes from the same
    // snapshot, and commits by other connections neither block us nor restart the copy.
    const bool ownReadTransaction = sqlite3_get_autocommit(source) != 0;
    if (ownReadTransaction) {
        const int rc = execute(source, "BEGIN");
        const int readRc = rc == SQLITE_OK ? execute(source, "SELECT count(*) FROM sqlite_schema") : rc;
        if (readRc != SQLITE_OK) {
            const QString detail = sqliteText(source);
            execute(source, "ROLLBACK");
            if (readRc == SQLITE_NOTADB)
                return std::unexpected(notADatabase(sourceName));
            return std::unexpected(copyFailed(targetPath, detail));
        }
    }

    sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source, "main");
    if (!backup) {
        if (ownReadTransaction)
            execute(source, "ROLLBACK");
        return std::unexpected(copyFailed(targetPath, sqliteText(target.get())));
    }
    int rc = SQLITE_OK;
    int lockedRetries = 0;
    bool cancelled = false;
    int pagesPerStep = kFirstStepPages;
    while (true) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++lockedRetries > kLockedRetries)
                break;
            sqlite3_sleep(kRetryPauseMs);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const qint64 total = sqlite3_backup_pagecount(backup);
        pagesPerStep = int(qMax<qint64>(kFirstStepPages, total / kStepsPerCopy));
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
    }
    const int finishRc = sqlite3_backup_finish(backup);
    if (ownReadTransaction)
        execute(source, "ROLLBACK"); // it only read

    if (cancelled)
        return std::unexpected(Error::invalid(DatabaseBackup::tr("The copy was cancelled.")));
    if (rc == SQLITE_NOTADB)
        return std::unexpected(notADatabase(sourceName));
    if (rc != SQLITE_DONE)
        return std::unexpected(copyFailed(targetPath, QString::fromUtf8(sqlite3_errstr(rc))));
    if (finishRc != SQLITE_OK)
        return std::unexpected(copyFailed(targetPath, sqliteText(target.get())));

    // The pages carry the source's WAL flag; a backup should be one file that can be copied alone.
    if (execute(target.get(), "PRAGMA journal_mode = DELETE") != SQLITE_OK)
        return std::unexpected(copyFailed(targetPath, sqliteText(target.get())));
    if (target.close() != SQLITE_OK)
        return std::unexpected(copyFailed(targetPath, sqliteText(target.get())));
    return {};
}

} // namespace

Status DatabaseBackup::copy(Database& source, const QString& targetPath, const Progress& progress)
{
    sqlite3* handle = source.handle();
    if (!handle)
        return std::unexpected(copyFailed(targetPath, tr("the database is not open")));
    return copyDatabase(handle, source.path(), targetPath, progress);
}

Status DatabaseBackup::copyFile(const QString& sourcePath, const QString& targetPath)
{
    if (!QFileInfo(sourcePath).isFile())
        return std::unexpected(Error::notFound(tr("There is no file %1.").arg(sourcePath)));
    RawConnection source;
    if (source.open(sourcePath, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return std::unexpected(
            Error::storage(tr("Could not open %1: %2").arg(sourcePath, sqliteText(source.get()))));
    return copyDatabase(source.get(), sourcePath, targetPath, {});
}

Result<DatabaseBackup::Inspection> DatabaseBackup::inspect(const QString& path)
{
    RawConnection db;
    if (db.open(path, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return std::unexpected(Error::storage(tr("Could not open %1: %2").arg(path, sqliteText(db.get()))));
    const auto failed = [&](int rc) -> Error {
        if (rc == SQLITE_NOTADB)
            return notADatabase(path);
        return Error::storage(tr("Could not read %1: %2").arg(path, sqliteText(db.get())));
    };

    Inspection out;
    SqliteStatement tables;
    int rc = tables.prepare(db.get(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    if (rc != SQLITE_OK)
        return std::unexpected(failed(rc));
    while ((rc = tables.step()) == SQLITE_ROW)
        out.tables << QString::fromUtf8(tables.columnText(0).data(), qsizetype(tables.columnText(0).size()));
    if (rc != SQLITE_DONE)
        return std::unexpected(failed(rc));

    SqliteStatement version;
    if ((rc = version.prepare(db.get(), "PRAGMA user_version")) != SQLITE_OK ||
        (rc = version.step()) != SQLITE_ROW)
        return std::unexpected(failed(rc));
    out.userVersion = int(version.columnInt(0));

    SqliteStatement integrity;
    if ((rc = integrity.prepare(db.get(), "PRAGMA integrity_check(20)")) != SQLITE_OK)
        return std::unexpected(failed(rc));
    while ((rc = integrity.step()) == SQLITE_ROW) {
        const std::string_view line = integrity.columnText(0);
        if (line != "ok")
            out.integrityProblems << QString::fromUtf8(line.data(), qsizetype(line.size()));
    }
    if (rc != SQLITE_DONE) {
        // A badly damaged file can fail the check itself; that is a finding, not a crash.
        out.integrityProblems << sqliteText(db.get());
    }
    return out;
}

Error DatabaseBackup::inUseError()
{
    return Error::conflict(
        tr("The database is still open in another window or program. Close it there and try again."));
}

Status DatabaseBackup::makeSelfContained(Database& db)
{
    const Error inUse = inUseError();
    QSqlQuery checkpoint(db.sql());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next())
        return std::unexpected(inUse);
    if (checkpoint.value(0).toInt() != 0) // busy: a reader elsewhere still needs the log
        return std::unexpected(inUse);
    checkpoint.finish();
    QSqlQuery mode(db.sql());
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !mode.next() ||
        mode.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return std::unexpected(inUse);
    return {};
}

} // namespace od
