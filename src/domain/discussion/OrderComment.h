#pragma once

#include "Department.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Whom a comment mentions: one user, or everyone in a department.
struct MentionTarget
{
    qint64 userId = 0;                    // 0 for a department
    std::optional<Department> department; // set for a department
    QString name;                         // as shown: the user's name or the department's

    bool operator==(const MentionTarget&) const = default;
};

// A file attached to a comment, kept beside the database under its SHA-256.
struct CommentAttachment
{
    qint64 id = 0;
    QString fileName; // as the user named it
    QString sha256;   // lowercase hex
    qint64 size = 0;  // bytes
};

// One comment in an order's discussion (沟通). Never edited in place: a correction is another
// comment.
struct OrderComment
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 authorId = 0;
    QString authorName;
    QDateTime createdAt; // UTC
    QString body;
    QList<MentionTarget> mentions;
    QList<CommentAttachment> attachments;
};

// A mention waiting for its user: someone wrote to them (or their department) on an order and
// they have not written on it since.
struct PendingMention
{
    qint64 commentId = 0;
    qint64 orderId = 0;
    QString orderNo;
    QString authorName;
    QDateTime createdAt;
    QString body;
};

} // namespace od
