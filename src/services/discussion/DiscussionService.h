#pragma once

#include "OrderComment.h"
#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace od {

// The discussion (沟通) on an order: anyone who may see the order writes on it, mentioning
// colleagues or whole departments with '@' and attaching files. A mention waits in the mentioned
// person's My work until they write on the order. Comments are never edited; each one is audited
// with the order it is about.
class DiscussionService
{
    Q_DECLARE_TR_FUNCTIONS(DiscussionService)

public:
    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxAttachments = 10;

    explicit DiscussionService(Session& session) : m_session(session) {}

    // Writes `text` on the order with the files at `attachmentPaths` (copied in). Refuses, with
    // nothing saved: an order the user may not see, empty or overlong text, a mention of no user
    // or department (field "text"), a missing, unreadable or too large file (field "attachment").
    Result<OrderComment> post(qint64 orderId, const QString& text, const QStringList& attachmentPaths = {});
    Result<OrderComment> postOnOrder(const QString& orderNo, const QString& text,
                                     const QStringList& attachmentPaths = {});
    // The order's discussion, oldest first.
    Result<QList<OrderComment>> comments(qint64 orderId);
    // Where an attachment's stored copy is, to open it; checked against its hash.
    Result<QString> attachmentPath(qint64 attachmentId);
    // Mentions of the user (or their department) not yet answered on their order, oldest first.
    Result<QList<PendingMention>> pendingMentions(int limit);
    // Whom the user may mention, as shown: "@王芳" for every other active user, "@物流" for every
    // department (sign-in names and department keys work too).
    Result<QStringList> mentionNames();

private:
    Session& m_session;
};

} // namespace od
