#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace od {
struct Migration;
}

namespace od {

class AccessLedger;

// One open connection to an OrderDesk database file. Opening applies the pragmas of the design
// (WAL, foreign keys, busy timeout, synchronous=FULL) and the numbered migrations. Each thread
// that touches the database opens its own Database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Migrate
    {
        Yes,
        No
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating a new file, owner-only) and migrates the database. A file that is not an
    // SQLite database is refused with a sentence, never SQLite's own words. A file the system
    // lets us read but not write is opened read-only: everything reads, every change is refused
    // with "the database is read-only".
    static Result<std::unique_ptr<Database>> open(const QString& path, Migrate migrate = Migrate::Yes);
    // For commands that only read: a missing or empty file is refused instead of being made
    // into a new database.
    static Result<std::unique_ptr<Database>> openExisting(const QString& path);

    // The settings key of the company's identity, a random id made when the database is created,
    // which tells a backup of this company from another company's.
    static constexpr const char* CompanyIdKey = "company.id";

    bool isReadOnly() const { return m_readOnly; }

    // The files kept beside a database file: SQLite's -wal, -shm and -journal, OrderDesk's access
    // ledger and a restore's staging copy. They belong to the database: nothing else may write them.
    static QStringList companionSuffixes();
    static QStringList companionFiles(const QString& databasePath);

    // The schema version this build writes; a newer file is refused.
    static int latestSchemaVersion();
    // Applies migrations after the current one up to `target` (tests migrate step by step).
    Status migrateTo(int target);
    // The same with a given list (tests of the mechanism itself).
    Status apply(const QList<Migration>& migrations, int target);
    int schemaVersion() const;

    QSqlDatabase& sql() { return m_db; }
    QString path() const { return m_path; }
    // The raw handle, for the bulk demo writer and the benchmark's bare-SQLite side.
    sqlite3* handle() const;

    // Runs statements that take no parameters (pragmas, DDL).
    Status exec(const QString& statement);
    // A storage error in words for the user, with the driver's text for the log.
    static Error storageError(const QString& what, const QString& driverText);
    // "The database is read-only: …", for every change of a file opened read-only.
    static Error readOnlyError();
    // "The database is busy": naming the long job that holds the write lock when one is known
    // ("wang has been importing orders since 10:02").
    Error busyError();

    // The access ledger beside this database (sign-in attempts, audit entries waiting for the
    // write lock, long jobs), opened on first use; with `create` false, null while it does not
    // exist yet. Null, with the reason logged, when it cannot be opened.
    AccessLedger* accessLedger(bool create);

    // The milliseconds a write waits for another connection's lock (5 s by default).
    void setBusyTimeout(int milliseconds);
    static constexpr int DefaultBusyTimeoutMs = 5000;

    // Closes the connection (its kept statements first); the database cannot be used after.
    void close();

    // A statement prepared once on this connection and kept for its next use: for the few that
    // nearly every change runs (the audit trail's), whose preparing costs more than running them.
    // It comes finished, ready for its values (bindValue by position) and exec(); a query that
    // returns rows is finished by its user once read.
    Result<QSqlQuery*> kept(const QString& sql);

private:
    Database(QSqlDatabase db, QString path);
    QSqlDatabase m_db;
    QString m_path;
    bool m_readOnly = false;
    std::unique_ptr<AccessLedger> m_ledger;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_kept;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without commit(). Every service
// mutation runs inside exactly one of these.
class Transaction
{
public:
    explicit Transaction(Database& db);
    // Waits at most `waitMs` for the write lock instead of the usual busy timeout; beginError()
    // then says who holds it, when known.
    Transaction(Database& db, int waitMs);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Error& beginError() const { return m_error; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace od
