#include "AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace od {

namespace {

Error attachmentError(const QString& message)
{
    return Error::invalid(message, QStringLiteral("attachment"));
}

QString hashOf(QFile& file, qint64* size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *size = 0;
    char buffer[64 * 1024];
    for (qint64 n = file.read(buffer, sizeof buffer); n > 0; n = file.read(buffer, sizeof buffer)) {
        hash.addData(QByteArrayView(buffer, n));
        *size += n;
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

AttachmentStore::AttachmentStore(const QString& databasePath)
{
    const QFileInfo db(databasePath);
    m_folder = db.absoluteDir().filePath(db.completeBaseName() + QStringLiteral(".attachments"));
}

Result<CommentAttachment> AttachmentStore::add(const QString& sourcePath) const
{
    const QFileInfo info(sourcePath);
    const QString shown = QDir::toNativeSeparators(sourcePath);
    if (!info.exists())
        return std::unexpected(attachmentError(tr("The file %1 does not exist.").arg(shown)));
    if (info.isDir())
        return std::unexpected(attachmentError(tr("%1 is a folder; attach a file.").arg(shown)));
    if (info.size() > MaxBytes)
        return std::unexpected(attachmentError(tr("%1 is %2; an attachment may be at most %3.")
                                                   .arg(shown, QLocale().formattedDataSize(info.size()),
                                                        QLocale().formattedDataSize(MaxBytes))));
    if (info.size() == 0)
        return std::unexpected(attachmentError(tr("The file %1 is empty.").arg(shown)));
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return std::unexpected(
            attachmentError(tr("The file %1 cannot be read: %2").arg(shown, source.errorString())));
    if (!QDir().mkpath(m_folder))
        return std::unexpected(Error::storage(
            tr("The attachments folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_folder))));

    // Copy first, then name the copy by its hash: what is stored is exactly what was hashed.
    QTemporaryFile copy(QDir(m_folder).filePath(QStringLiteral("incoming-XXXXXX")));
    if (!copy.open())
        return std::unexpected(
            Error::storage(tr("The attachment cannot be stored: %1").arg(copy.errorString())));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    char buffer[64 * 1024];
    for (qint64 n = source.read(buffer, sizeof buffer); n > 0; n = source.read(buffer, sizeof buffer)) {
        if (copy.write(buffer, n) != n)
            return std::unexpected(
                Error::storage(tr("The attachment cannot be stored: %1").arg(copy.errorString())));
        hash.addData(QByteArrayView(buffer, n));
        size += n;
        if (size > MaxBytes)
            return std::unexpected(attachmentError(tr("%1 grew beyond %2 while it was read.")
                                                       .arg(shown, QLocale().formattedDataSize(MaxBytes))));
    }
    if (source.error() != QFileDevice::NoError)
        return std::unexpected(
            attachmentError(tr("The file %1 cannot be read: %2").arg(shown, source.errorString())));
    if (!copy.flush())
        return std::unexpected(
            Error::storage(tr("The attachment cannot be stored: %1").arg(copy.errorString())));
    CommentAttachment out;
    out.fileName = info.fileName();
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    out.size = size;
    const QString target = QDir(m_folder).filePath(out.sha256);
    if (!QFileInfo::exists(target)) {
        copy.close();
        if (!copy.rename(target))
            return std::unexpected(
                Error::storage(tr("The attachment cannot be stored: %1").arg(copy.errorString())));
        copy.setAutoRemove(false);
    }
    return out;
}

Result<QString> AttachmentStore::pathOf(const CommentAttachment& attachment) const
{
    const QString path = QDir(m_folder).filePath(attachment.sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error::notFound(tr("The stored copy of %1 is missing from %2.")
                                .arg(attachment.fileName, QDir::toNativeSeparators(m_folder))));
    qint64 size = 0;
    if (hashOf(file, &size) != attachment.sha256)
        return std::unexpected(Error::storage(
            tr("The stored copy of %1 has changed since it was attached.").arg(attachment.fileName)));
    return path;
}

Result<int> AttachmentStore::copyInto(const AttachmentStore& other) const
{
    const QDir from(m_folder);
    if (!from.exists() || QDir(m_folder) == QDir(other.m_folder))
        return 0;
    static const QRegularExpression stored(QStringLiteral("^[0-9a-f]{64}$"));
    const QStringList names = from.entryList(QDir::Files);
    int copied = 0;
    for (const QString& name : names) {
        if (!stored.match(name).hasMatch())
            continue; // a copy still coming in
        const QString target = QDir(other.m_folder).filePath(name);
        if (QFileInfo::exists(target))
            continue;
        if (copied == 0 && !QDir().mkpath(other.m_folder))
            return std::unexpected(Error::storage(tr("The attachments folder %1 cannot be made.")
                                                      .arg(QDir::toNativeSeparators(other.m_folder))));
        // Under another name until complete: an interrupted copy never passes for the file.
        const QString part = target + QStringLiteral(".part");
        QFile::remove(part);
        if (!QFile::copy(from.filePath(name), part) || !QFile::rename(part, target)) {
            QFile::remove(part);
            return std::unexpected(Error::storage(tr("The attachment %1 could not be copied to %2.")
                                                      .arg(name, QDir::toNativeSeparators(other.m_folder))));
        }
        ++copied;
    }
    return copied;
}

void AttachmentStore::removeFolder() const
{
    QDir(m_folder).removeRecursively();
}

} // namespace od
