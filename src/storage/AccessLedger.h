#pragma once

#include "AuditEntry.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace od {

// A small SQLite file beside the database (<database>-access) for what must be written even
// while someone else holds the database's write lock for minutes (a 200,000-row import):
//  - sign-in attempts per name, counted and checked in one short transaction of their own, so
//    that however many attempts arrive at once no more are checked than the throttle allows;
//  - audit entries that could not be written yet (a sign-in, a backup during an import): they
//    wait here, in order, until the next writer of the database appends them to its audit
//    trail (AuditTrail does, in its own transaction) and are never lost;
//  - long jobs that hold the write lock, so that anyone kept waiting is told who runs what.
// Its transactions take milliseconds, and nothing in it is business data: a lost ledger only
// forgets failed attempts and the few entries not yet written.
class AccessLedger
{
    Q_DECLARE_TR_FUNCTIONS(AccessLedger)

public:
    ~AccessLedger();
    AccessLedger(const AccessLedger&) = delete;
    AccessLedger& operator=(const AccessLedger&) = delete;

    static QString pathFor(const QString& databasePath);
    // Opens the ledger of the database at `databasePath`, creating it (owner-only) when missing.
    static Result<std::unique_ptr<AccessLedger>> open(const QString& databasePath);

    // --- Sign-in attempts. `delaySeconds(failures)` is the wait the throttle demands after that
    // many failures in a row.
    using DelayPolicy = std::function<int(int failures)>;
    struct Attempt
    {
        bool allowed = false;
        int secondsToWait = 0; // when not allowed
    };
    // One transaction: when `name` must still wait, says how long; otherwise counts this
    // attempt as failed (clearAttempts() takes it back on success) and allows it.
    Result<Attempt> reserveAttempt(const QString& name, const DelayPolicy& delaySeconds);
    Result<int> secondsToWait(const QString& name, const DelayPolicy& delaySeconds);
    // Forgets the failures of `name` (a successful sign-in) and queues `entry` in the same
    // transaction.
    Status clearAttempts(const QString& name, const std::optional<AuditEntry>& entry);
    // Names not tried for a day are forgotten.
    static constexpr qint64 ForgetAfterSeconds = 24 * 3600;

    // --- Audit entries waiting for the database.
    struct Pending
    {
        qint64 seq = 0;
        AuditEntry entry; // at, user, action, entity, label, changes
    };
    Status queue(const AuditEntry& entry);
    // This ledger file's identity: a new file starts counting again.
    QString id() const { return m_id; }
    Result<QList<Pending>> pendingAfter(qint64 seq);
    // Drops the entries up to `seq`, which the database has taken.
    Status forgetThrough(qint64 seq);

    // --- Long jobs holding the database's write lock.
    struct Job
    {
        qint64 id = 0;
        QString userName;
        QString activity; // "importing orders from orders.csv"
        QDateTime startedAt;
    };
    Result<qint64> startJob(const QString& userName, const QString& activity);
    Status finishJob(qint64 jobId);
    // The job still running (its process alive), if any; stale entries are dropped.
    Result<std::optional<Job>> runningJob();

private:
    AccessLedger(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    Status initialise();
    Error failure(const QString& what) const;
    Status run(const char* sql, const QString& what);

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_id;
};

} // namespace od
