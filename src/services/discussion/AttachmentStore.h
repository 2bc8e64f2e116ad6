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
    // Copies every stored file `other` lacks into it (a backup's store, or the store of a database
    // put back from a backup) and returns how many. A file is named by its hash: one already
    // there is the same file. Nothing to copy when this store has no folder yet.
    Result<int> copyInto(const AttachmentStore& other) const;
    // Removes the folder of a database that is deleted (an old daily backup).
    void removeFolder() const;

private:
    QString m_folder;
};

} // namespace od
