#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

namespace od {

// Every file OrderDesk writes where the user says — CSV exports, backups, confirmation PDFs,
// and later invoices and reports — is written through this class, so that each writer gets the
// same two guarantees without thinking of them:
//  - the target is checked first: the open database, the files SQLite and OrderDesk keep beside
//    it (-wal, -shm, -journal, the access ledger) and any existing OrderDesk database are
//    refused, so a mistyped or mis-clicked file name can never overwrite the company's data;
//  - the content goes to a temporary file in the same folder, readable by its owner only, that
//    replaces the target only once it is complete: a refused, failed or cancelled write never
//    truncates what was there.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // The check alone. `databasePath` is the database the caller works on (may be empty).
    static Status checkTarget(const QString& target, const QString& databasePath);

    // Writes `target` through QSaveFile. `fill` writes the content into the device and returns
    // true to keep it, false to drop it (the user cancelled), or an error. Returns whether the
    // file was written.
    using Fill = std::function<Result<bool>(QIODevice& device)>;
    static Result<bool> write(const QString& target, const QString& databasePath, const Fill& fill);

    // For writers that need a file name rather than a device (SQLite's backup API): an empty
    // owner-only file beside the target to write, put in place by replaceTarget(). Until
    // confirm(), destroying it undoes everything: the temporary file goes, and a target already
    // replaced gets its earlier content back.
    class Staged
    {
    public:
        ~Staged();
        Staged(const Staged&) = delete;
        Staged& operator=(const Staged&) = delete;

        QString path() const { return m_path; }
        QString target() const { return m_target; }
        Status replaceTarget();
        void confirm();

    private:
        friend class OutputFile;
        Staged(QString target, QString path) : m_target(std::move(target)), m_path(std::move(path)) {}
        void undo();

        QString m_target;
        QString m_path;
        QString m_previous; // the earlier target, kept under a second name until confirm()
        bool m_replaced = false;
        bool m_confirmed = false;
    };
    static Result<std::unique_ptr<Staged>> stage(const QString& target, const QString& databasePath);

    // True when `path` is an OrderDesk database file (it has the SQLite header and OrderDesk's
    // tables); a database file that cannot be read counts as one, to be safe.
    static bool isOrderDeskDatabase(const QString& path);
};

} // namespace od
