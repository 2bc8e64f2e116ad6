#pragma once

#include <QString>
#include <Qt>
#include <QtGlobal>

namespace od {

// The few operating-system calls the core needs that Qt does not offer with the guarantees
// backup and restore depend on. Every such call lives in Platform.cpp, with a POSIX branch and
// a Windows branch, so that the rest of the core stays portable Qt code.
class Platform
{
public:
    // Renames `from` to `to`, replacing an existing `to` in one step: nobody ever sees half a
    // file, or no file, under `to`. (rename(2); MoveFileExW with MOVEFILE_REPLACE_EXISTING |
    // MOVEFILE_WRITE_THROUGH.) On failure, false and the system's reason in `error`.
    static bool replaceFile(const QString& from, const QString& to, QString* error = nullptr);

    // Gives the existing file `existing` a second name `newName` on the same file system.
    // (link(2); CreateHardLinkW.)
    static bool hardLink(const QString& existing, const QString& newName);

    // Makes a rename or a new file in the folder of `path` durable: the file's own sync does not
    // cover the folder's entries. (fsync(2) on the folder; FlushFileBuffers on a folder handle
    // opened with FILE_FLAG_BACKUP_SEMANTICS.)
    static bool syncFolderOf(const QString& path);

    // Every file and folder this process creates from now on is readable by its owner only,
    // whatever the library that creates it (the log, exports, temporary files): umask 077. On
    // Windows new files inherit the user profile's owner-only permissions; nothing to do.
    static void makeNewFilesOwnerOnly();

    // Whether file names differ by case on this system (Windows: they do not).
    static Qt::CaseSensitivity fileNameCase();

    // An exclusive lock on a file, held until the object is destroyed or the process ends in any
    // way, a kill included: the operating system lets go of it, so it can never be left behind.
    // (flock(2) with LOCK_EX | LOCK_NB; LockFileEx with LOCKFILE_EXCLUSIVE_LOCK |
    // LOCKFILE_FAIL_IMMEDIATELY.) The file is created owner-only when missing and stays.
    class FileLock
    {
    public:
        explicit FileLock(const QString& path);
        ~FileLock();
        FileLock(const FileLock&) = delete;
        FileLock& operator=(const FileLock&) = delete;
        // False when another process (or another FileLock) holds it, or the file cannot be opened.
        bool tryLock();

    private:
        QString m_path;
        qintptr m_handle = -1;
        bool m_locked = false;
    };

    // This process's id, and whether process `pid` is still running on this computer.
    // (getpid/kill(pid, 0); GetCurrentProcessId/OpenProcess + GetExitCodeProcess.)
    static qint64 processId();
    static bool processRunning(qint64 pid);

    // The computer's physical memory in bytes; 0 when the system does not say.
    // (sysconf(_SC_PHYS_PAGES) × sysconf(_SC_PAGESIZE); GlobalMemoryStatusEx's ullTotalPhys.)
    static qint64 physicalMemory();
};

} // namespace od
