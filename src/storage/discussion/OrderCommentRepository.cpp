#include "OrderCommentRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QStringList>

namespace od {

Status OrderCommentRepository::insert(OrderComment& comment)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO order_comments (order_id, author_id, created_at, body) VALUES (?, ?, ?, ?)"));
    q.addBindValue(comment.orderId);
    q.addBindValue(comment.authorId);
    q.addBindValue(sqlv::timestamp(comment.createdAt));
    q.addBindValue(sqlv::text(comment.body));
    if (auto ok = sqlv::exec(q, tr("save the comment")); !ok)
        return ok;
    comment.id = q.lastInsertId().toLongLong();

    QSqlQuery m(m_db.sql());
    m.prepare(QStringLiteral(
        "INSERT INTO comment_mentions (comment_id, order_id, user_id, department) VALUES (?, ?, ?, ?)"));
    for (const MentionTarget& t : std::as_const(comment.mentions)) {
        m.addBindValue(comment.id);
        m.addBindValue(comment.orderId);
        m.addBindValue(t.userId ? QVariant(t.userId) : QVariant(QMetaType::fromType<qint64>()));
        m.addBindValue(t.department ? QVariant(DepartmentInfo::key(*t.department))
                                    : QVariant(QMetaType::fromType<QString>()));
        if (auto ok = sqlv::exec(m, tr("save the comment's mentions")); !ok)
            return ok;
    }

    QSqlQuery a(m_db.sql());
    a.prepare(QStringLiteral(
        "INSERT INTO comment_attachments (comment_id, file_name, sha256, size) VALUES (?, ?, ?, ?)"));
    for (CommentAttachment& file : comment.attachments) {
        a.addBindValue(comment.id);
        a.addBindValue(sqlv::text(file.fileName));
        a.addBindValue(sqlv::text(file.sha256));
        a.addBindValue(file.size);
        if (auto ok = sqlv::exec(a, tr("save the comment's attachments")); !ok)
            return ok;
        file.id = a.lastInsertId().toLongLong();
    }
    return {};
}

Result<QList<OrderComment>> OrderCommentRepository::forOrder(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.author_id, coalesce(u.display_name, ''), c.created_at, c.body "
                             "FROM order_comments c LEFT JOIN users u ON u.id = c.author_id "
                             "WHERE c.order_id = ? ORDER BY c.id"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order's discussion")); !ok)
        return std::unexpected(ok.error());
    QList<OrderComment> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        OrderComment c;
        c.id = q.value(0).toLongLong();
        c.orderId = orderId;
        c.authorId = q.value(1).toLongLong();
        c.authorName = q.value(2).toString();
        c.createdAt = sqlv::toTimestamp(q.value(3));
        c.body = q.value(4).toString();
        index.insert(c.id, out.size());
        out << c;
    }
    if (out.isEmpty())
        return out;

    QSqlQuery m(m_db.sql());
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT m.comment_id, m.user_id, m.department, coalesce(u.display_name, '') "
                             "FROM comment_mentions m LEFT JOIN users u ON u.id = m.user_id "
                             "WHERE m.order_id = ? ORDER BY m.rowid"));
    m.addBindValue(orderId);
    if (auto ok = sqlv::exec(m, tr("read the order's discussion")); !ok)
        return std::unexpected(ok.error());
    while (m.next()) {
        const auto it = index.constFind(m.value(0).toLongLong());
        if (it == index.cend())
            continue;
        MentionTarget t;
        t.userId = m.value(1).toLongLong();
        if (!m.value(2).isNull())
            t.department = DepartmentInfo::fromKey(m.value(2).toString());
        t.name = t.department ? DepartmentInfo::displayName(*t.department) : m.value(3).toString();
        out[*it].mentions << t;
    }

    QSqlQuery a(m_db.sql());
    a.setForwardOnly(true);
    a.prepare(
        QStringLiteral("SELECT a.comment_id, a.id, a.file_name, a.sha256, a.size FROM comment_attachments a "
                       "JOIN order_comments c ON c.id = a.comment_id WHERE c.order_id = ? ORDER BY a.id"));
    a.addBindValue(orderId);
    if (auto ok = sqlv::exec(a, tr("read the order's discussion")); !ok)
        return std::unexpected(ok.error());
    while (a.next()) {
        const auto it = index.constFind(a.value(0).toLongLong());
        if (it == index.cend())
            continue;
        out[*it].attachments << CommentAttachment{a.value(1).toLongLong(), a.value(2).toString(),
                                                  a.value(3).toString(), a.value(4).toLongLong()};
    }
    return out;
}

Result<std::optional<CommentAttachment>> OrderCommentRepository::attachment(qint64 attachmentId,
                                                                            qint64* orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT a.id, a.file_name, a.sha256, a.size, c.order_id FROM comment_attachments a "
                       "JOIN order_comments c ON c.id = a.comment_id WHERE a.id = ?"));
    q.addBindValue(attachmentId);
    if (auto ok = sqlv::exec(q, tr("read the attachment")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<CommentAttachment>();
    if (orderId)
        *orderId = q.value(4).toLongLong();
    return std::optional<CommentAttachment>(CommentAttachment{
        q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
}

Result<QList<PendingMention>> OrderCommentRepository::pendingMentions(qint64 userId,
                                                                      const QString& department,
                                                                      const QList<qint64>& departmentMembers,
                                                                      int limit)
{
    QStringList members;
    for (qint64 id : departmentMembers)
        members << QString::number(id);
    if (members.isEmpty())
        members << QString::number(userId);
    // The member list is numbers made here, never user text.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.order_id, o.order_no, coalesce(u.display_name, ''), c.created_at, c.body "
            "FROM (SELECT comment_id, order_id, 0 AS whole FROM comment_mentions WHERE user_id = :u "
            "      UNION SELECT comment_id, order_id, 1 FROM comment_mentions WHERE department = :d) m "
            "JOIN order_comments c ON c.id = m.comment_id "
            "JOIN orders o ON o.id = m.order_id "
            "LEFT JOIN users u ON u.id = c.author_id "
            "WHERE c.author_id <> :u "
            "AND NOT EXISTS (SELECT 1 FROM order_comments r WHERE r.order_id = m.order_id "
            "  AND r.id > m.comment_id AND (r.author_id = :u OR (m.whole = 1 AND r.author_id IN (%1)))) "
            "GROUP BY c.id ORDER BY c.id LIMIT :limit")
            .arg(members.join(u',')));
    q.bindValue(QStringLiteral(":u"), userId);
    q.bindValue(QStringLiteral(":d"), department);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto ok = sqlv::exec(q, tr("read the mentions waiting for an answer")); !ok)
        return std::unexpected(ok.error());
    QList<PendingMention> out;
    while (q.next())
        out << PendingMention{q.value(0).toLongLong(), q.value(1).toLongLong(),       q.value(2).toString(),
                              q.value(3).toString(),   sqlv::toTimestamp(q.value(4)), q.value(5).toString()};
    return out;
}

} // namespace od
