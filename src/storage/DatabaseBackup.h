#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace od {

// The SQLite side of backup and restore: copying a database page by page with SQLite's online
// backup API, looking inside a file before it is restored, and folding the write-ahead log
// into the main file so that one file holds everything.
//
// Why the backup API and not VACUUM INTO: the copy is taken inside one read transaction of
// the source, so it is one consistent snapshot while other connections keep writing (WAL lets
// them), yet it goes in steps that can report progress and be cancelled; and the target is
// written through an ordinary connection, so it is synced to disk on commit (VACUUM INTO does
// not sync its output) into a file we created ourselves with owner-only permissions.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Told how many pages of how many are copied; returning false cancels the copy.
    using Progress = std::function<bool(qint64 pagesDone, qint64 pagesTotal)>;

    // Copies the committed content of the open `source` into `targetPath`, an existing empty
    // file. The result is a single self-contained file (rollback journal, no -wal beside it).
    static Status copy(Database& source, const QString& targetPath, const Progress& progress = {});
    // The same from a database file, opened read-only; what its -wal holds is included.
    // An Invalid error when `sourcePath` is not an SQLite database.
    static Status copyFile(const QString& sourcePath, const QString& targetPath);

    struct Inspection
    {
        int userVersion = 0;
        QStringList tables;
        QStringList integrityProblems; // empty when PRAGMA integrity_check says ok
    };
    // Reads a database file without changing it. An Invalid error when it is not an SQLite database.
    static Result<Inspection> inspect(const QString& path);

    // Checkpoints the write-ahead log into the main file and switches the file to a rollback
    // journal, so the file alone holds everything (-wal and -shm go away when `db` closes).
    // Fails while another connection still has the file open.
    // "Still open in another window or program": the file cannot be replaced now.
    static Error inUseError();
    static Status makeSelfContained(Database& db);
};

} // namespace od
