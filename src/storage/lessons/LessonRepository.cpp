#include "LessonRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QStringList>

namespace od {

Result<qint64> LessonRepository::insert(const Lesson& lesson, qint64 orderId, qint64 authorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO lessons (body, order_id, created_by, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(sqlv::text(lesson.body));
    q.addBindValue(orderId ? QVariant(orderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(authorId);
    q.addBindValue(sqlv::timestamp(lesson.createdAt));
    if (auto ok = sqlv::exec(q, tr("save the lesson")); !ok)
        return std::unexpected(ok.error());
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery c(m_db.sql());
    c.prepare(
        QStringLiteral("INSERT OR IGNORE INTO lesson_customers (lesson_id, customer_id) VALUES (?, ?)"));
    for (const LessonTag& t : lesson.customers) {
        c.addBindValue(id);
        c.addBindValue(t.id);
        if (auto ok = sqlv::exec(c, tr("save the lesson's customers")); !ok)
            return std::unexpected(ok.error());
    }
    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("INSERT OR IGNORE INTO lesson_products (lesson_id, product_id) VALUES (?, ?)"));
    for (const LessonTag& t : lesson.products) {
        p.addBindValue(id);
        p.addBindValue(t.id);
        if (auto ok = sqlv::exec(p, tr("save the lesson's products")); !ok)
            return std::unexpected(ok.error());
    }
    return id;
}

Result<QList<Lesson>> LessonRepository::search(const QString& text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return load(QString(), {}, limit);
    const QString like = QLatin1Char('%') +
                         QString(needle)
                             .replace(u'\\', QStringLiteral("\\\\"))
                             .replace(u'%', QStringLiteral("\\%"))
                             .replace(u'_', QStringLiteral("\\_")) +
                         QLatin1Char('%');
    return load(
        QStringLiteral(
            "l.body LIKE ? ESCAPE '\\' "
            "OR l.id IN (SELECT lc.lesson_id FROM lesson_customers lc JOIN customers c ON c.id = "
            "lc.customer_id "
            "            WHERE c.code LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\') "
            "OR l.id IN (SELECT lp.lesson_id FROM lesson_products lp JOIN products p ON p.id = lp.product_id "
            "            WHERE p.sku LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')"),
        {like, like, like, like, like}, limit);
}

Result<QList<Lesson>> LessonRepository::about(qint64 customerId, const QList<qint64>& productIds, int limit)
{
    QStringList products;
    for (qint64 id : productIds)
        products << QString::number(id);
    // The product ids are numbers made here, never user text.
    return load(QStringLiteral("l.id IN (SELECT lesson_id FROM lesson_customers WHERE customer_id = ?) "
                               "OR l.id IN (SELECT lesson_id FROM lesson_products WHERE product_id IN (%1))")
                    .arg(products.isEmpty() ? QStringLiteral("NULL") : products.join(u',')),
                {customerId}, limit);
}

Result<QList<Lesson>> LessonRepository::load(const QString& where, const QVariantList& params, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.id, l.body, coalesce(o.order_no, ''), coalesce(u.display_name, ''), "
                             "l.created_at FROM lessons l LEFT JOIN orders o ON o.id = l.order_id "
                             "LEFT JOIN users u ON u.id = l.created_by %1 ORDER BY l.id DESC LIMIT %2")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where)
                  .arg(limit));
    for (const QVariant& p : params)
        q.addBindValue(p);
    if (auto ok = sqlv::exec(q, tr("read the lessons")); !ok)
        return std::unexpected(ok.error());
    QList<Lesson> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Lesson l;
        l.id = q.value(0).toLongLong();
        l.body = q.value(1).toString();
        l.orderNo = q.value(2).toString();
        l.authorName = q.value(3).toString();
        l.createdAt = sqlv::toTimestamp(q.value(4));
        index.insert(l.id, out.size());
        out << l;
    }
    if (out.isEmpty())
        return out;
    QStringList ids;
    for (const Lesson& l : std::as_const(out))
        ids << QString::number(l.id);
    QSqlQuery tags(m_db.sql());
    tags.setForwardOnly(true);
    if (!tags.exec(
            QStringLiteral("SELECT lc.lesson_id, 0, c.id, c.code, c.name FROM lesson_customers lc "
                           "JOIN customers c ON c.id = lc.customer_id WHERE lc.lesson_id IN (%1) "
                           "UNION ALL SELECT lp.lesson_id, 1, p.id, p.sku, p.name FROM lesson_products lp "
                           "JOIN products p ON p.id = lp.product_id WHERE lp.lesson_id IN (%1) ORDER BY 2, 4")
                .arg(ids.join(u','))))
        return std::unexpected(Error::storage(tr("The lessons' customers and products cannot be read.")));
    while (tags.next()) {
        const auto it = index.constFind(tags.value(0).toLongLong());
        if (it == index.cend())
            continue;
        const LessonTag tag{tags.value(2).toLongLong(), tags.value(3).toString(), tags.value(4).toString()};
        (tags.value(1).toInt() == 0 ? out[*it].customers : out[*it].products) << tag;
    }
    return out;
}

} // namespace od
