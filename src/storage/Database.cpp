#include "Database.h"

#include "AccessLedger.h"
#include "Migration.h"
#include "OwnerOnlyFile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace od {

namespace {

QAtomicInt g_connectionCounter;

// Splits a migration script into statements. Statements end with ';' at the end of a line;
// comments start with "--". Good enough for our own scripts, which never put ';' inside text.
QStringList splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + u'\n';
        // A statement ends at a semicolon that completes it (not one inside a trigger's body).
        if (line.endsWith(u';') && sqlite3_complete(current.toUtf8().constData())) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// SQLite keeps process-wide memory statistics under one mutex that every allocation takes. This
// SQLite (Debian's) has no lookaside memory, so each row written costs several allocations, and
// threads that write at the same time (the demo loader and its scratch writers) queued on that
// mutex: turning the statistics off, together with opening the loader's connections without
// their own mutex, took a million-order demo load from 100 s to 72 s. Nothing here reads the
// statistics. SQLite accepts this only before its first use, hence at the first open; when
// something else used SQLite first the call fails harmlessly and the statistics stay on.
void configureSqlite()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

} // namespace

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

Database::~Database()
{
    m_kept.clear();
    m_ledger.reset();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

void Database::close()
{
    m_kept.clear();
    m_db.close();
}

Result<QSqlQuery*> Database::kept(const QString& sql)
{
    auto at = m_kept.find(sql);
    if (at == m_kept.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            return std::unexpected(storageError(tr("prepare a statement"), q->lastError().text()));
        at = m_kept.emplace(sql, std::move(q)).first;
    }
    at->second->finish();
    return at->second.get();
}

Error Database::storageError(const QString& what, const QString& driverText)
{
    spdlog::error("database: {}: {}", what.toStdString(), driverText.toStdString());
    if (driverText.contains(QLatin1String("database is locked")))
        return Error::storage(
            tr("The database is busy in another window or program. Try again in a moment."));
    if (driverText.contains(QLatin1String("readonly database")))
        return readOnlyError();
    return Error::storage(tr("Could not %1: %2").arg(what, driverText));
}

Error Database::readOnlyError()
{
    return Error{Error::Kind::Forbidden,
                 tr("The database is read-only: OrderDesk may read it but not change it. Ask whoever looks "
                    "after this computer to let you write the file and its folder."),
                 {}};
}

Result<std::unique_ptr<Database>> Database::openExisting(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(Error::notFound(tr("There is no database at %1.").arg(path)));
    if (info.isFile() && info.size() == 0)
        return std::unexpected(Error::invalid(tr("%1 is empty: it is not an OrderDesk database.").arg(path)));
    return open(path, Migrate::Yes);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Migrate migrate)
{
    configureSqlite();
    const bool isFile = !path.isEmpty() && !path.startsWith(u':');
    const QFileInfo info(path);
    if (isFile && info.isDir())
        return std::unexpected(Error::invalid(tr("%1 is a folder, not an OrderDesk database.").arg(path)));
    if (isFile && info.exists() && info.size() > 0) {
        // Refuse anything that is not an SQLite database before SQLite touches it.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.read(16) != QByteArray("SQLite format 3\0", 16))
            return std::unexpected(Error::invalid(tr("%1 is not an OrderDesk database.").arg(path)));
    }
    const bool creating = isFile && !info.exists();
    const QString name = QStringLiteral("orderdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    // The only handle to the connection is the Database's own, so that removeDatabase() in its
    // destructor finds it unused, also when opening fails below.
    auto database = std::unique_ptr<Database>(new Database(db, path));
    db = QSqlDatabase();
    // A new database file is its owner's only (0600); SQLite gives the -wal and -shm files it
    // creates beside it the same permissions. Existing files keep theirs.
    if (creating) {
        if (auto created = OwnerOnlyFile::createEmpty(path); !created && !QFileInfo::exists(path))
            return std::unexpected(created.error());
    }
    if (!database->m_db.open())
        return std::unexpected(
            storageError(tr("open the database %1").arg(path), database->m_db.lastError().text()));
    // SQLite opens a file it may not write read-only; then nothing is written, not even the
    // journal mode.
    database->m_readOnly = sqlite3_db_readonly(database->handle(), "main") == 1;

    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
          "PRAGMA busy_timeout = 5000", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (database->m_readOnly && qstrcmp(pragma, "PRAGMA journal_mode = WAL") == 0)
            continue;
        if (auto ok = database->exec(QString::fromLatin1(pragma)); !ok) {
            if (database->m_db.lastError().text().contains(QLatin1String("not a database")))
                return std::unexpected(Error::invalid(tr("%1 is not an OrderDesk database.").arg(path)));
            return std::unexpected(ok.error());
        }
    }

    qint64 schemaObjects = 0;
    {
        QSqlQuery probe(database->m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !probe.next())
            return std::unexpected(Error::invalid(tr("%1 is not an OrderDesk database.").arg(path)));
        schemaObjects = probe.value(0).toLongLong();
    }

    const int version = database->schemaVersion();
    if (version > latestSchemaVersion())
        return std::unexpected(
            Error::invalid(tr("%1 was written by a newer OrderDesk (schema %2; this version reads up to %3).")
                               .arg(path)
                               .arg(version)
                               .arg(latestSchemaVersion())));
    if (version == 0 && schemaObjects > 0)
        return std::unexpected(Error::invalid(tr("%1 is not an OrderDesk database.").arg(path)));
    if (database->m_readOnly && version < latestSchemaVersion())
        return std::unexpected(Error::invalid(
            version == 0 ? tr("%1 is empty: it is not an OrderDesk database.").arg(path)
                         : tr("%1 is read-only and was written by an older OrderDesk; open it once with "
                              "permission to write, so that it can be brought up to date.")
                               .arg(path)));
    if (migrate == Migrate::Yes && !database->m_readOnly) {
        if (auto ok = database->migrateTo(latestSchemaVersion()); !ok)
            return std::unexpected(ok.error());
        if (version == 0) {
            // A new database: the company's identity is made now, once.
            Transaction tx(*database);
            if (!tx.isActive())
                return std::unexpected(tx.beginError());
            QSqlQuery q(database->m_db);
            q.prepare(QStringLiteral(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
            q.addBindValue(QString::fromLatin1(CompanyIdKey));
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!q.exec())
                return std::unexpected(storageError(tr("create the database"), q.lastError().text()));
            if (auto ok = tx.commit(); !ok)
                return std::unexpected(ok.error());
        }
    }
    return database;
}

QStringList Database::companionSuffixes()
{
    return {QStringLiteral("-wal"),
            QStringLiteral("-shm"),
            QStringLiteral("-journal"),
            QStringLiteral("-access"),
            QStringLiteral("-access-journal"),
            QStringLiteral(".restoring"),
            QStringLiteral(".restore-lock")};
}

QStringList Database::companionFiles(const QString& databasePath)
{
    QStringList out;
    for (const QString& suffix : companionSuffixes())
        out << databasePath + suffix;
    return out;
}

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status Database::migrateTo(int target)
{
    return apply(Migrations::all(), target);
}

Status Database::apply(const QList<Migration>& migrations, int target)
{
    if (const QString problem = Migrations::orderProblem(migrations); !problem.isEmpty())
        return std::unexpected(Error::storage(tr("This build of OrderDesk is broken: %1").arg(problem)));
    for (const Migration& migration : migrations) {
        if (migration.number <= schemaVersion())
            continue;
        if (migration.number > target)
            break;
        QString script;
        if (!migration.scriptPath.isEmpty()) {
            QFile file(migration.scriptPath);
            if (!file.open(QIODevice::ReadOnly))
                return std::unexpected(
                    Error::storage(tr("Migration %1 is missing from this build.").arg(migration.number)));
            script = QString::fromUtf8(file.readAll());
        }
        Transaction tx(*this);
        if (!tx.isActive())
            return std::unexpected(tx.beginError());
        for (const QString& statement : splitStatements(script)) {
            if (auto ok = exec(statement); !ok)
                return ok;
        }
        if (migration.step) {
            if (auto ok = migration.step(*this); !ok)
                return ok;
        }
        if (auto ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.number)); !ok)
            return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
        spdlog::info("database: migrated {} to schema {} ({})", m_path.toStdString(), migration.number,
                     migration.name.toStdString());
    }
    return {};
}

AccessLedger* Database::accessLedger(bool create)
{
    if (m_ledger)
        return m_ledger.get();
    if (!create && !QFileInfo::exists(AccessLedger::pathFor(m_path)))
        return nullptr;
    auto ledger = AccessLedger::open(m_path);
    if (!ledger) {
        spdlog::warn("database: no access ledger for {}: {}", m_path.toStdString(),
                     ledger.error().message.toStdString());
        return nullptr;
    }
    m_ledger = std::move(*ledger);
    return m_ledger.get();
}

void Database::setBusyTimeout(int milliseconds)
{
    if (sqlite3* h = handle())
        sqlite3_busy_timeout(h, milliseconds);
}

Error Database::busyError()
{
    if (AccessLedger* ledger = accessLedger(false)) {
        if (auto job = ledger->runningJob(); job && *job)
            return Error::storage(
                tr("%1 has been %2 since %3; the database takes other changes again when that has "
                   "finished. Try again then.")
                    .arg((*job)->userName, (*job)->activity,
                         (*job)->startedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    return Error::storage(tr("The database is busy in another window or program. Try again in a moment."));
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

Status Database::exec(const QString& statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        return std::unexpected(storageError(tr("run \"%1\"").arg(statement.left(60)), q.lastError().text()));
    return {};
}

Transaction::Transaction(Database& db) : Transaction(db, -1) {}

Transaction::Transaction(Database& db, int waitMs) : m_db(db)
{
    if (m_db.isReadOnly()) {
        // SQLite may even begin a write transaction on a file it opened read-only; the first
        // write would fail. Say so at once.
        m_error = Database::readOnlyError();
        return;
    }
    if (waitMs >= 0)
        m_db.setBusyTimeout(waitMs);
    auto ok = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    sqlite3* handle = m_db.handle();
    const bool busy = !ok && handle && (sqlite3_errcode(handle) & 0xff) == SQLITE_BUSY;
    if (waitMs >= 0)
        m_db.setBusyTimeout(Database::DefaultBusyTimeoutMs);
    m_active = ok.has_value();
    if (!ok)
        m_error = busy ? m_db.busyError() : ok.error();
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_active)
        return std::unexpected(m_error);
    m_active = false;
    auto ok = m_db.exec(QStringLiteral("COMMIT"));
    if (!ok)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    return ok;
}

} // namespace od
