#include "DiscussionService.h"

#include "OrderAccess.h"

#include "AttachmentStore.h"
#include "AuditTrail.h"
#include "Database.h"
#include "MentionParser.h"
#include "OrderCommentRepository.h"
#include "OrderQueryService.h"
#include "TextCheck.h"
#include "UserRepository.h"

namespace od {

namespace {

Result<QList<MentionParser::Candidate>> candidates(Database& db)
{
    auto users = UserRepository(db).all();
    if (!users)
        return std::unexpected(users.error());
    QList<MentionParser::Candidate> out;
    for (const User& u : *users) {
        if (!u.active)
            continue;
        const MentionTarget target{u.id, std::nullopt, u.displayName};
        out << MentionParser::Candidate{u.name, target};
        if (u.displayName != u.name)
            out << MentionParser::Candidate{u.displayName, target};
    }
    for (Department d : DepartmentInfo::all()) {
        const MentionTarget target{0, d, DepartmentInfo::displayName(d)};
        out << MentionParser::Candidate{DepartmentInfo::key(d), target};
        out << MentionParser::Candidate{DepartmentInfo::displayName(d), target};
        if (DepartmentInfo::chineseName(d) != DepartmentInfo::displayName(d))
            out << MentionParser::Candidate{DepartmentInfo::chineseName(d), target};
    }
    return out;
}

} // namespace

Result<OrderComment> DiscussionService::post(qint64 orderId, const QString& text,
                                             const QStringList& attachmentPaths)
{
    // Only someone who may see the order writes on it.
    auto order = OrderQueryService(m_session).order(orderId);
    if (!order)
        return std::unexpected(order.error());
    OrderComment comment;
    comment.orderId = orderId;
    comment.body = text.trimmed();
    if (comment.body.isEmpty())
        return std::unexpected(Error::invalid(tr("Write something first."), QStringLiteral("text")));
    if (comment.body.size() > MaxTextLength)
        return std::unexpected(Error::invalid(tr("A comment may be at most %1 characters; this one has %2.")
                                                  .arg(MaxTextLength)
                                                  .arg(comment.body.size()),
                                              QStringLiteral("text")));
    if (const QString problem = TextCheck::problem(comment.body, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("text")));
    if (attachmentPaths.size() > MaxAttachments)
        return std::unexpected(
            Error::invalid(tr("At most %1 files may be attached to one comment.").arg(MaxAttachments),
                           QStringLiteral("attachment")));
    auto names = candidates(m_session.db());
    if (!names)
        return std::unexpected(names.error());
    auto mentions = MentionParser(*names).parse(comment.body);
    if (!mentions)
        return std::unexpected(mentions.error());
    comment.mentions = *mentions;
    // A mention of someone who may not open the order would sit in their My work unanswerable.
    for (const MentionTarget& target : std::as_const(comment.mentions)) {
        if (target.department)
            continue;
        auto user = UserRepository(m_session.db()).byId(target.userId);
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            continue;
        Session theirs(m_session.db(), **user);
        if (!OrderAccess(theirs).requireRead(order->salespersonId))
            return std::unexpected(
                Error::invalid(tr("%1 may not see order %2, which belongs to another salesperson: mention "
                                  "the manager or a department instead.")
                                   .arg(target.name, order->orderNo),
                               QStringLiteral("text")));
    }
    const AttachmentStore store(m_session.db().path());
    for (const QString& path : attachmentPaths) {
        auto stored = store.add(path);
        if (!stored)
            return std::unexpected(stored.error());
        comment.attachments << *stored;
    }
    comment.authorId = m_session.user().id;
    comment.authorName = m_session.user().displayName;
    comment.createdAt = QDateTime::currentDateTimeUtc();

    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = OrderCommentRepository(m_session.db()).insert(comment); !ok)
        return std::unexpected(ok.error());
    QStringList mentioned, files;
    for (const MentionTarget& t : std::as_const(comment.mentions))
        mentioned << (t.department ? DepartmentInfo::key(*t.department) : QString::number(t.userId));
    for (const CommentAttachment& a : std::as_const(comment.attachments))
        files << a.fileName + QLatin1Char(' ') + a.sha256;
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("order.comment"), QStringLiteral("order"),
                                     orderId, order->orderNo,
                                     {{QStringLiteral("comment"), QString(), comment.body},
                                      {QStringLiteral("mentions"), QString(), mentioned.join(u',')},
                                      {QStringLiteral("attachments"), QString(), files.join(u'\n')}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return comment;
}

Result<OrderComment> DiscussionService::postOnOrder(const QString& orderNo, const QString& text,
                                                    const QStringList& attachmentPaths)
{
    auto order = OrderQueryService(m_session).orderByNumber(orderNo);
    if (!order)
        return std::unexpected(order.error());
    return post(order->id, text, attachmentPaths);
}

Result<QList<OrderComment>> DiscussionService::comments(qint64 orderId)
{
    auto order = OrderQueryService(m_session).order(orderId);
    if (!order)
        return std::unexpected(order.error());
    return OrderCommentRepository(m_session.db()).forOrder(orderId);
}

Result<QString> DiscussionService::attachmentPath(qint64 attachmentId)
{
    qint64 orderId = 0;
    auto attachment = OrderCommentRepository(m_session.db()).attachment(attachmentId, &orderId);
    if (!attachment)
        return std::unexpected(attachment.error());
    if (!*attachment)
        return std::unexpected(Error::notFound(tr("That attachment no longer exists.")));
    if (auto order = OrderQueryService(m_session).order(orderId); !order)
        return std::unexpected(order.error());
    return AttachmentStore(m_session.db().path()).pathOf(**attachment);
}

Result<QList<PendingMention>> DiscussionService::pendingMentions(int limit)
{
    if (!m_session.isSignedIn())
        return QList<PendingMention>();
    const Department department = DepartmentInfo::of(m_session.user().role);
    auto users = UserRepository(m_session.db()).all();
    if (!users)
        return std::unexpected(users.error());
    QList<qint64> members;
    for (const User& u : *users)
        if (DepartmentInfo::of(u.role) == department)
            members << u.id;
    return OrderCommentRepository(m_session.db())
        .pendingMentions(m_session.user().id, DepartmentInfo::key(department), members, limit);
}

Result<QStringList> DiscussionService::mentionNames()
{
    auto users = UserRepository(m_session.db()).all();
    if (!users)
        return std::unexpected(users.error());
    QStringList out;
    for (const User& u : *users)
        if (u.active && u.id != m_session.user().id)
            out << QLatin1Char('@') + u.displayName;
    for (Department d : DepartmentInfo::all())
        out << QLatin1Char('@') + DepartmentInfo::displayName(d);
    return out;
}

} // namespace od
