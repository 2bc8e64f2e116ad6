#include "DiscussionCommands.h"

#include "DiscussionService.h"
#include "ExitCode.h"
#include "OrderQueryService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

int DiscussionCommands::run(const QString& command)
{
    return command == QLatin1String("comment") ? comment() : comments();
}

int DiscussionCommands::comment()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("attach")}, 2, 2,
                              QStringLiteral("comment ORDER_NO TEXT [--attach FILE …]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto posted = DiscussionService(**session).postOnOrder(line.arguments().at(0), line.arguments().at(1),
                                                           line.values(QStringLiteral("attach")));
    if (!posted)
        return m_ctx.fail(posted.error());
    QStringList mentioned;
    for (const MentionTarget& m : posted->mentions)
        mentioned << m.name;
    m_ctx.out() << (mentioned.isEmpty()
                        ? tr("Written on %1.").arg(line.arguments().at(0))
                        : tr("Written on %1; %2 will find it in My work.")
                              .arg(line.arguments().at(0), mentioned.join(QStringLiteral(", "))));
    if (!posted->attachments.isEmpty())
        m_ctx.out() << ' ' << tr("%n file(s) attached.", nullptr, int(posted->attachments.size()));
    m_ctx.out() << Qt::endl;
    return Success;
}

int DiscussionCommands::comments()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("json")}, 1, 1, QStringLiteral("comments ORDER_NO [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto order = OrderQueryService(**session).orderByNumber(line.arguments().at(0));
    if (!order)
        return m_ctx.fail(order.error());
    auto comments = DiscussionService(**session).comments(order->id);
    if (!comments)
        return m_ctx.fail(comments.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const OrderComment& c : *comments) {
            QJsonArray mentions, files;
            for (const MentionTarget& m : c.mentions)
                mentions.append(m.name);
            for (const CommentAttachment& a : c.attachments)
                files.append(QJsonObject{{QStringLiteral("file"), a.fileName},
                                         {QStringLiteral("sha256"), a.sha256},
                                         {QStringLiteral("size"), a.size}});
            rows.append(QJsonObject{{QStringLiteral("author"), c.authorName},
                                    {QStringLiteral("at"), c.createdAt.toString(Qt::ISODate)},
                                    {QStringLiteral("text"), c.body},
                                    {QStringLiteral("mentions"), mentions},
                                    {QStringLiteral("attachments"), files}});
        }
        m_ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    for (const OrderComment& c : *comments) {
        m_ctx.out() << c.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                    << c.authorName << Qt::endl
                    << "  " << c.body << Qt::endl;
        for (const CommentAttachment& a : c.attachments)
            m_ctx.out() << "  "
                        << tr("attached: %1 (%2 bytes, SHA-256 %3)").arg(a.fileName).arg(a.size).arg(a.sha256)
                        << Qt::endl;
    }
    m_ctx.out() << tr("%n comment(s).", nullptr, int(comments->size())) << Qt::endl;
    return Success;
}

} // namespace od::cli
