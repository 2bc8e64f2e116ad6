#include "AccessLedger.h"

#include "OwnerOnlyFile.h"
#include "Platform.h"
#include "SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace od {

namespace {

constexpr int kBusyTimeoutMs = 10'000;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The key of a name in the attempts table: login names are compared without case.
std::string attemptKey(const QString& name)
{
    return utf8(name.trimmed().toLower());
}

int waitFor(int failures, qint64 lastMs, const AccessLedger::DelayPolicy& delaySeconds)
{
    const qint64 delayMs = qint64(delaySeconds(failures)) * 1000;
    const qint64 remainingMs = lastMs + delayMs - nowMs();
    return remainingMs > 0 ? int((remainingMs + 999) / 1000) : 0;
}

} // namespace

QString AccessLedger::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral("-access");
}

AccessLedger::~AccessLedger()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Error AccessLedger::failure(const QString& what) const
{
    const QString detail = QString::fromUtf8(SqliteStatement::errorText(m_db));
    spdlog::error("access ledger {}: {}: {}", m_path.toStdString(), what.toStdString(), detail.toStdString());
    return Error::storage(tr("Could not %1 in %2: %3").arg(what, m_path, detail));
}

Status AccessLedger::run(const char* sql, const QString& what)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(failure(what));
    return {};
}

Result<std::unique_ptr<AccessLedger>> AccessLedger::open(const QString& databasePath)
{
    const QString path = pathFor(databasePath);
    if (!QFileInfo::exists(path)) {
        // Created owner-only like the database; a racing process may have created it first.
        if (auto created = OwnerOnlyFile::createEmpty(path); !created && !QFileInfo::exists(path))
            return std::unexpected(created.error());
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<AccessLedger> ledger(new AccessLedger(db, path));
    if (rc != SQLITE_OK)
        return std::unexpected(ledger->failure(tr("open the sign-in records")));
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    if (auto ok = ledger->initialise(); !ok)
        return std::unexpected(ok.error());
    return ledger;
}

Status AccessLedger::initialise()
{
    // A rollback journal: the file stays one file, and its transactions are tiny.
    if (auto ok = run("PRAGMA journal_mode = DELETE", tr("open the sign-in records")); !ok)
        return ok;
    if (auto ok = run("PRAGMA synchronous = FULL", tr("open the sign-in records")); !ok)
        return ok;
    if (auto ok = run("BEGIN IMMEDIATE", tr("open the sign-in records")); !ok)
        return ok;
    const char* schema =
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS attempts (name TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
        " last_ms INTEGER NOT NULL);"
        "CREATE TABLE IF NOT EXISTS pending_audit (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " at TEXT NOT NULL, user_id INTEGER NOT NULL, user_name TEXT NOT NULL,"
        " action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER NOT NULL,"
        " entity_label TEXT NOT NULL, changes TEXT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY, user_name TEXT NOT NULL,"
        " activity TEXT NOT NULL, started_at TEXT NOT NULL, host TEXT NOT NULL,"
        " pid INTEGER NOT NULL);";
    if (sqlite3_exec(m_db, schema, nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error error = failure(tr("open the sign-in records"));
        (void)run("ROLLBACK", {});
        return std::unexpected(error);
    }
    SqliteStatement read;
    if (read.prepare(m_db, "SELECT value FROM meta WHERE key = 'id'") != SQLITE_OK)
        return std::unexpected(failure(tr("open the sign-in records")));
    if (read.step() == SQLITE_ROW) {
        m_id = read.columnString(0);
    } else {
        m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SqliteStatement insert;
        const std::string id = utf8(m_id);
        if (insert.prepare(m_db, "INSERT INTO meta (key, value) VALUES ('id', ?)") != SQLITE_OK)
            return std::unexpected(failure(tr("open the sign-in records")));
        insert.bindText(1, id);
        if (insert.execute() != SQLITE_DONE) {
            const Error error = failure(tr("open the sign-in records"));
            (void)run("ROLLBACK", {});
            return std::unexpected(error);
        }
    }
    read.reset();
    return run("COMMIT", tr("open the sign-in records"));
}

Result<AccessLedger::Attempt> AccessLedger::reserveAttempt(const QString& name,
                                                           const DelayPolicy& delaySeconds)
{
    if (auto ok = run("BEGIN IMMEDIATE", tr("count the sign-in attempt")); !ok)
        return std::unexpected(ok.error());
    auto rollback = [&] { (void)run("ROLLBACK", {}); };
    const std::string key = attemptKey(name);
    const qint64 now = nowMs();
    {
        SqliteStatement forget;
        if (forget.prepare(m_db, "DELETE FROM attempts WHERE last_ms < ?") != SQLITE_OK) {
            rollback();
            return std::unexpected(failure(tr("count the sign-in attempt")));
        }
        forget.bindInt(1, now - ForgetAfterSeconds * 1000);
        (void)forget.execute();
    }
    int failures = 0;
    qint64 lastMs = 0;
    {
        SqliteStatement read;
        if (read.prepare(m_db, "SELECT failures, last_ms FROM attempts WHERE name = ?") != SQLITE_OK) {
            rollback();
            return std::unexpected(failure(tr("count the sign-in attempt")));
        }
        read.bindText(1, key);
        if (read.step() == SQLITE_ROW) {
            failures = int(read.columnInt(0));
            lastMs = read.columnInt(1);
        }
    }
    Attempt attempt;
    attempt.secondsToWait = waitFor(failures, lastMs, delaySeconds);
    attempt.allowed = attempt.secondsToWait == 0;
    if (attempt.allowed) {
        SqliteStatement count;
        if (count.prepare(m_db, "INSERT INTO attempts (name, failures, last_ms) VALUES (?1, 1, ?2) "
                                "ON CONFLICT (name) DO UPDATE SET failures = failures + 1, last_ms = ?2") !=
            SQLITE_OK) {
            rollback();
            return std::unexpected(failure(tr("count the sign-in attempt")));
        }
        count.bindText(1, key);
        count.bindInt(2, now);
        if (count.execute() != SQLITE_DONE) {
            const Error error = failure(tr("count the sign-in attempt"));
            rollback();
            return std::unexpected(error);
        }
    }
    if (auto ok = run("COMMIT", tr("count the sign-in attempt")); !ok) {
        rollback();
        return std::unexpected(ok.error());
    }
    return attempt;
}

Result<int> AccessLedger::secondsToWait(const QString& name, const DelayPolicy& delaySeconds)
{
    SqliteStatement read;
    if (read.prepare(m_db, "SELECT failures, last_ms FROM attempts WHERE name = ?") != SQLITE_OK)
        return std::unexpected(failure(tr("read the sign-in attempts")));
    const std::string key = attemptKey(name);
    read.bindText(1, key);
    const int rc = read.step();
    if (rc == SQLITE_DONE)
        return 0;
    if (rc != SQLITE_ROW)
        return std::unexpected(failure(tr("read the sign-in attempts")));
    return waitFor(int(read.columnInt(0)), read.columnInt(1), delaySeconds);
}

Status AccessLedger::clearAttempts(const QString& name, const std::optional<AuditEntry>& entry)
{
    if (auto ok = run("BEGIN IMMEDIATE", tr("record the sign-in")); !ok)
        return ok;
    SqliteStatement clear;
    const std::string key = attemptKey(name);
    if (clear.prepare(m_db, "DELETE FROM attempts WHERE name = ?") != SQLITE_OK) {
        (void)run("ROLLBACK", {});
        return std::unexpected(failure(tr("record the sign-in")));
    }
    clear.bindText(1, key);
    if (clear.execute() != SQLITE_DONE) {
        const Error error = failure(tr("record the sign-in"));
        (void)run("ROLLBACK", {});
        return std::unexpected(error);
    }
    if (entry) {
        if (auto ok = queue(*entry); !ok) {
            (void)run("ROLLBACK", {});
            return ok;
        }
    }
    return run("COMMIT", tr("record the sign-in"));
}

Status AccessLedger::queue(const AuditEntry& entry)
{
    SqliteStatement insert;
    if (insert.prepare(m_db, "INSERT INTO pending_audit (at, user_id, user_name, action, entity, entity_id, "
                             "entity_label, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") != SQLITE_OK)
        return std::unexpected(failure(tr("keep the audit entry")));
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    const std::string values[] = {utf8(at.toUTC().toString(Qt::ISODate)),
                                  utf8(entry.userName),
                                  utf8(entry.action),
                                  utf8(entry.entity),
                                  utf8(entry.entityLabel),
                                  utf8(AuditChain::changesToJson(entry.changes))};
    insert.bindText(1, values[0]);
    insert.bindInt(2, entry.userId);
    insert.bindText(3, values[1]);
    insert.bindText(4, values[2]);
    insert.bindText(5, values[3]);
    insert.bindInt(6, entry.entityId);
    insert.bindText(7, values[4]);
    insert.bindText(8, values[5]);
    if (insert.execute() != SQLITE_DONE)
        return std::unexpected(failure(tr("keep the audit entry")));
    return {};
}

Result<QList<AccessLedger::Pending>> AccessLedger::pendingAfter(qint64 seq)
{
    SqliteStatement read;
    if (read.prepare(m_db,
                     "SELECT seq, at, user_id, user_name, action, entity, entity_id, entity_label, changes "
                     "FROM pending_audit WHERE seq > ? ORDER BY seq") != SQLITE_OK)
        return std::unexpected(failure(tr("read the waiting audit entries")));
    read.bindInt(1, seq);
    QList<Pending> out;
    int rc = SQLITE_ROW;
    while ((rc = read.step()) == SQLITE_ROW) {
        Pending p;
        p.seq = read.columnInt(0);
        p.entry.at = QDateTime::fromString(read.columnString(1), Qt::ISODate);
        p.entry.at.setTimeSpec(Qt::UTC);
        p.entry.userId = read.columnInt(2);
        p.entry.userName = read.columnString(3);
        p.entry.action = read.columnString(4);
        p.entry.entity = read.columnString(5);
        p.entry.entityId = read.columnInt(6);
        p.entry.entityLabel = read.columnString(7);
        p.entry.changes = AuditChain::changesFromJson(read.columnString(8));
        out << p;
    }
    if (rc != SQLITE_DONE)
        return std::unexpected(failure(tr("read the waiting audit entries")));
    return out;
}

Status AccessLedger::forgetThrough(qint64 seq)
{
    SqliteStatement forget;
    if (forget.prepare(m_db, "DELETE FROM pending_audit WHERE seq <= ?") != SQLITE_OK)
        return std::unexpected(failure(tr("tidy the waiting audit entries")));
    forget.bindInt(1, seq);
    if (forget.execute() != SQLITE_DONE)
        return std::unexpected(failure(tr("tidy the waiting audit entries")));
    return {};
}

Result<qint64> AccessLedger::startJob(const QString& userName, const QString& activity)
{
    SqliteStatement insert;
    if (insert.prepare(
            m_db, "INSERT INTO jobs (user_name, activity, started_at, host, pid) VALUES (?, ?, ?, ?, ?)") !=
        SQLITE_OK)
        return std::unexpected(failure(tr("note the running job")));
    const std::string values[] = {utf8(userName), utf8(activity),
                                  utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                                  utf8(QSysInfo::machineHostName())};
    for (int i = 0; i < 4; ++i)
        insert.bindText(i + 1, values[i]);
    insert.bindInt(5, Platform::processId());
    if (insert.execute() != SQLITE_DONE)
        return std::unexpected(failure(tr("note the running job")));
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Status AccessLedger::finishJob(qint64 jobId)
{
    SqliteStatement remove;
    if (remove.prepare(m_db, "DELETE FROM jobs WHERE id = ?") != SQLITE_OK)
        return std::unexpected(failure(tr("note the finished job")));
    remove.bindInt(1, jobId);
    if (remove.execute() != SQLITE_DONE)
        return std::unexpected(failure(tr("note the finished job")));
    return {};
}

Result<std::optional<AccessLedger::Job>> AccessLedger::runningJob()
{
    SqliteStatement read;
    if (read.prepare(m_db,
                     "SELECT id, user_name, activity, started_at, host, pid FROM jobs ORDER BY id DESC") !=
        SQLITE_OK)
        return std::unexpected(failure(tr("read the running jobs")));
    const QString host = QSysInfo::machineHostName();
    QList<qint64> stale;
    std::optional<Job> running;
    while (read.step() == SQLITE_ROW) {
        // A job of a process that died on this computer will never finish it.
        if (read.columnString(4) == host && !Platform::processRunning(read.columnInt(5))) {
            stale << read.columnInt(0);
            continue;
        }
        if (!running) {
            Job job;
            job.id = read.columnInt(0);
            job.userName = read.columnString(1);
            job.activity = read.columnString(2);
            job.startedAt = QDateTime::fromString(read.columnString(3), Qt::ISODate);
            job.startedAt.setTimeSpec(Qt::UTC);
            running = job;
        }
    }
    read.reset();
    for (qint64 id : stale)
        (void)finishJob(id);
    return running;
}

} // namespace od
