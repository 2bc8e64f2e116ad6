#include "Platform.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace od {

#ifdef Q_OS_WIN

namespace {

std::wstring native(const QString& path)
{
    return QFileInfo(path).absoluteFilePath().replace(u'/', u'\\').toStdWString();
}

QString lastErrorText()
{
    wchar_t* text = nullptr;
    const DWORD code = GetLastError();
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                       FORMAT_MESSAGE_IGNORE_INSERTS,
                   nullptr, code, 0, reinterpret_cast<LPWSTR>(&text), 0, nullptr);
    const QString out = text ? QString::fromWCharArray(text).trimmed() : QString::number(code);
    LocalFree(text);
    return out;
}

} // namespace

bool Platform::replaceFile(const QString& from, const QString& to, QString* error)
{
    if (MoveFileExW(native(from).c_str(), native(to).c_str(),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    if (error)
        *error = lastErrorText();
    return false;
}

bool Platform::hardLink(const QString& existing, const QString& newName)
{
    return CreateHardLinkW(native(newName).c_str(), native(existing).c_str(), nullptr) != 0;
}

bool Platform::syncFolderOf(const QString& path)
{
    const std::wstring folder = native(QFileInfo(path).absolutePath());
    HANDLE handle =
        CreateFileW(folder.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool synced = FlushFileBuffers(handle) != 0;
    CloseHandle(handle);
    return synced;
}

Platform::FileLock::FileLock(const QString& path) : m_path(path) {}

Platform::FileLock::~FileLock()
{
    if (m_handle == -1)
        return;
    HANDLE handle = reinterpret_cast<HANDLE>(m_handle);
    if (m_locked) {
        OVERLAPPED whole = {};
        UnlockFileEx(handle, 0, MAXDWORD, MAXDWORD, &whole);
    }
    CloseHandle(handle);
}

bool Platform::FileLock::tryLock()
{
    if (m_locked)
        return true;
    if (m_handle == -1) {
        HANDLE handle = CreateFileW(native(m_path).c_str(), GENERIC_READ | GENERIC_WRITE,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_ALWAYS,
                                    FILE_ATTRIBUTE_NORMAL, nullptr);
        if (handle == INVALID_HANDLE_VALUE)
            return false;
        m_handle = reinterpret_cast<qintptr>(handle);
    }
    OVERLAPPED whole = {};
    m_locked =
        LockFileEx(reinterpret_cast<HANDLE>(m_handle), LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0,
                   MAXDWORD, MAXDWORD, &whole) != 0;
    return m_locked;
}

void Platform::makeNewFilesOwnerOnly() {}

Qt::CaseSensitivity Platform::fileNameCase()
{
    return Qt::CaseInsensitive;
}

qint64 Platform::processId()
{
    return qint64(GetCurrentProcessId());
}

bool Platform::processRunning(qint64 pid)
{
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // it exists, it is only someone else's
    DWORD exitCode = 0;
    const bool running = GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    CloseHandle(process);
    return running;
}

qint64 Platform::physicalMemory()
{
    MEMORYSTATUSEX status;
    status.dwLength = sizeof(status);
    return GlobalMemoryStatusEx(&status) ? qint64(status.ullTotalPhys) : 0;
}

#else

bool Platform::replaceFile(const QString& from, const QString& to, QString* error)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

bool Platform::hardLink(const QString& existing, const QString& newName)
{
    return ::link(QFile::encodeName(existing).constData(), QFile::encodeName(newName).constData()) == 0;
}

bool Platform::syncFolderOf(const QString& path)
{
    const int fd =
        ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

Platform::FileLock::FileLock(const QString& path) : m_path(path) {}

Platform::FileLock::~FileLock()
{
    if (m_handle != -1)
        ::close(int(m_handle)); // lets go of the lock too
}

bool Platform::FileLock::tryLock()
{
    if (m_locked)
        return true;
    if (m_handle == -1) {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        m_handle = fd;
    }
    // flock, not fcntl: an fcntl lock belongs to the whole process and goes as soon as any of
    // its descriptors of the file is closed.
    m_locked = ::flock(int(m_handle), LOCK_EX | LOCK_NB) == 0;
    return m_locked;
}

void Platform::makeNewFilesOwnerOnly()
{
    ::umask(077);
}

Qt::CaseSensitivity Platform::fileNameCase()
{
    return Qt::CaseSensitive;
}

qint64 Platform::processId()
{
    return qint64(::getpid());
}

bool Platform::processRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

qint64 Platform::physicalMemory()
{
#ifdef _SC_PHYS_PAGES
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * qint64(pageSize) : 0;
#else
    return 0;
#endif
}

#endif

} // namespace od
