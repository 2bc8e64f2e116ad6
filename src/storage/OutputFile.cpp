#include "OutputFile.h"

#include "Database.h"
#include "OwnerOnlyFile.h"
#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace od {

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

// The absolute path with symbolic links resolved as far as the file, or else its folder, exists.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

bool samePath(const QString& a, const QString& b)
{
    return QString::compare(resolved(a), resolved(b), Platform::fileNameCase()) == 0;
}

// The database `path` itself and every file kept beside it.
QStringList filesOf(const QString& databasePath)
{
    return QStringList{databasePath} + Database::companionFiles(databasePath);
}

// When `path` is named like a file kept beside a database ("x.sqlite-wal"), that database.
QString databaseOwning(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    for (const QString& suffix : Database::companionSuffixes()) {
        if (name.size() > suffix.size() && name.endsWith(suffix, Platform::fileNameCase()))
            return path.chopped(suffix.size());
    }
    return {};
}

} // namespace

bool OutputFile::isOrderDeskDatabase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.read(kSqliteHeader.size()) != kSqliteHeader)
        return false;
    file.close();
    sqlite3* db = nullptr;
    bool orderDesk = true; // unreadable: assume the worst
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                               "('orders', 'customers', 'users')",
                               -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            orderDesk = sqlite3_column_int(statement, 0) == 3;
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return orderDesk;
}

Status OutputFile::checkTarget(const QString& target, const QString& databasePath)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (target.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Choose a file to write.")));
    if (QFileInfo(target).isDir())
        return std::unexpected(Error::invalid(tr("%1 is a folder; choose a file name in it.").arg(shown)));
    if (!databasePath.isEmpty()) {
        for (const QString& file : filesOf(databasePath)) {
            if (samePath(target, file))
                return std::unexpected(Error::invalid(
                    tr("%1 is the database OrderDesk is working on, or a file that belongs to it; writing "
                       "there would destroy it. Choose another file name.")
                        .arg(shown)));
        }
    }
    if (QFileInfo::exists(target) && isOrderDeskDatabase(target))
        return std::unexpected(Error::invalid(
            tr("%1 is an OrderDesk database; it is not overwritten. Choose another file name.").arg(shown)));
    if (const QString owner = databaseOwning(target);
        !owner.isEmpty() && QFileInfo::exists(owner) && isOrderDeskDatabase(owner))
        return std::unexpected(Error::invalid(
            tr("%1 belongs to the OrderDesk database %2; it is not overwritten. Choose another file name.")
                .arg(shown, QDir::toNativeSeparators(owner))));
    return {};
}

Result<bool> OutputFile::write(const QString& target, const QString& databasePath, const Fill& fill)
{
    if (auto ok = checkTarget(target, databasePath); !ok)
        return std::unexpected(ok.error());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString())));
    // The temporary file is still empty: from here on it holds data only its owner may read.
    if (!file.setPermissions(OwnerOnlyFile::permissions))
        spdlog::warn("output: could not make {} owner-only", target.toStdString());
    auto filled = fill(file);
    if (!filled || !*filled) {
        file.cancelWriting();
        if (!filled)
            return std::unexpected(filled.error());
        return false;
    }
    if (!file.commit())
        return std::unexpected(Error::storage(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString())));
    return true;
}

Result<std::unique_ptr<OutputFile::Staged>> OutputFile::stage(const QString& target,
                                                              const QString& databasePath)
{
    if (auto ok = checkTarget(target, databasePath); !ok)
        return std::unexpected(ok.error());
    // Created 0600 by QTemporaryFile; kept by name only, since SQLite opens it on its own.
    QTemporaryFile temporary(target + QStringLiteral("-XXXXXX.part"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return std::unexpected(Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), temporary.errorString())));
    const QString path = temporary.fileName();
    temporary.close();
    return std::unique_ptr<Staged>(new Staged(target, path));
}

Status OutputFile::Staged::replaceTarget()
{
    if (QFileInfo::exists(m_target)) {
        // A second name for what is there now, so that undo() can put it back.
        const QString previous = m_path + QStringLiteral(".previous");
        QFile::remove(previous);
        if (Platform::hardLink(m_target, previous))
            m_previous = previous;
    }
    QString error;
    if (!Platform::replaceFile(m_path, m_target, &error)) {
        if (!m_previous.isEmpty())
            QFile::remove(m_previous);
        m_previous.clear();
        spdlog::error("output: cannot rename {} to {}: {}", m_path.toStdString(), m_target.toStdString(),
                      error.toStdString());
        return std::unexpected(
            Error::storage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), error)));
    }
    m_replaced = true;
    Platform::syncFolderOf(m_target);
    return {};
}

void OutputFile::Staged::confirm()
{
    m_confirmed = true;
    if (!m_previous.isEmpty())
        QFile::remove(m_previous);
    m_previous.clear();
}

void OutputFile::Staged::undo()
{
    if (!m_replaced) {
        QFile::remove(m_path);
        return;
    }
    if (!m_previous.isEmpty())
        Platform::replaceFile(m_previous, m_target);
    else
        QFile::remove(m_target);
    Platform::syncFolderOf(m_target);
}

OutputFile::Staged::~Staged()
{
    if (!m_confirmed)
        undo();
}

} // namespace od
