#pragma once

#include "Error.h"
#include "OrderComment.h"

#include <QCoreApplication>

namespace od {

// The files attached to comments, kept in a folder beside the database ("orders.orderdesk" keeps
// them in "orders.attachments"), each under its SHA-256 so that the same file attached twice is
// stored once and a changed file can be told from the original.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    explicit AttachmentStore(const QString& databasePath);

    QString folder() const { return m_folder; }
    // Copies the file in (hashing it on the way); the name kept is the file's own. Refuses a
    // missing, unreadable, empty or too large file, or a folder, with field "attachment".
    Result<CommentAttachment> add(const QString& sourcePath) const;
    // Where the stored copy is; an error when it is missing or no longer matches its hash.
    Result<QString> pathOf(const CommentAttachment& attachment) const;

private:
    QString m_folder;
};

} // namespace od
