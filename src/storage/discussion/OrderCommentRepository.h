#pragma once

#include "Database.h"
#include "OrderComment.h"

#include <QCoreApplication>

namespace od {

// The discussion on orders: comments, whom they mention and what is attached, only ever added.
class OrderCommentRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderCommentRepository)

public:
    explicit OrderCommentRepository(Database& db) : m_db(db) {}

    // Adds the comment with its mentions and attachments; sets the ids.
    Status insert(OrderComment& comment);
    // The order's comments, oldest first, with mentions and attachments.
    Result<QList<OrderComment>> forOrder(qint64 orderId);
    Result<std::optional<CommentAttachment>> attachment(qint64 attachmentId, qint64* orderId);
    // Mentions of `userId`, or of `department` (its key), written by someone else on an order
    // that the user — or, for the department, none of `departmentMembers` — has written on since,
    // the oldest first.
    Result<QList<PendingMention>> pendingMentions(qint64 userId, const QString& department,
                                                  const QList<qint64>& departmentMembers, int limit);

private:
    Database& m_db;
};

} // namespace od
