#include "ReviewRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

// The day an order was delivered: its last shipment's signature, else (shipped in full without a
// delivery ever recorded) the day it was shipped.
const QString kDeliveredOn =
    QStringLiteral("coalesce((SELECT max(s.delivered_on) FROM shipments s WHERE s.order_id = o.id), "
                   "(SELECT os.shipped_on FROM order_shipments os WHERE os.order_id = o.id))");

} // namespace

Status ReviewRepository::insert(const OrderReview& review)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO order_reviews (order_id, cause, happened, lesson, reviewer_id, "
                             "reviewed_at, lesson_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(review.orderId);
    q.addBindValue(ReviewCauseInfo::key(review.cause));
    q.addBindValue(sqlv::text(review.happened));
    q.addBindValue(sqlv::text(review.lesson));
    q.addBindValue(review.reviewerId);
    q.addBindValue(sqlv::timestamp(review.reviewedAt));
    q.addBindValue(review.lessonId ? QVariant(review.lessonId) : QVariant(QMetaType::fromType<qint64>()));
    return sqlv::exec(q, tr("save the review"));
}

Result<std::optional<OrderReview>> ReviewRepository::forOrder(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.order_id, o.order_no, r.cause, r.happened, r.lesson, r.reviewer_id, "
                             "coalesce(u.display_name, ''), r.reviewed_at, coalesce(r.lesson_id, 0) "
                             "FROM order_reviews r JOIN orders o ON o.id = r.order_id "
                             "LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.order_id = ?"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the review")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<OrderReview>();
    OrderReview r;
    r.orderId = q.value(0).toLongLong();
    r.orderNo = q.value(1).toString();
    r.cause = ReviewCauseInfo::fromKey(q.value(2).toString()).value_or(ReviewCause::Other);
    r.happened = q.value(3).toString();
    r.lesson = q.value(4).toString();
    r.reviewerId = q.value(5).toLongLong();
    r.reviewerName = q.value(6).toString();
    r.reviewedAt = sqlv::toTimestamp(q.value(7));
    r.lessonId = q.value(8).toLongLong();
    return std::optional<OrderReview>(r);
}

Result<std::optional<ReviewDue>> ReviewRepository::due(qint64 orderId)
{
    auto found = select(QStringLiteral("o.id = ?"), {orderId}, 1);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<ReviewDue>();
    return std::optional<ReviewDue>(found->first());
}

Result<QList<ReviewDue>> ReviewRepository::outstanding(qint64 salespersonId, int limit)
{
    const QString unreviewed =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM order_reviews r WHERE r.order_id = o.id)");
    if (salespersonId > 0)
        return select(QStringLiteral("o.salesperson_id = ? AND ") + unreviewed, {salespersonId}, limit);
    return select(unreviewed, {}, limit);
}

Result<QList<ReviewDue>> ReviewRepository::recentlyOutstanding(const QDate& since, int limit)
{
    // From the on-time summary's row of each delivered order (migration 030), which holds its
    // delivery day and days late as select() works them out, instead of working them out for
    // every delivered order promised since then. The newest are chosen from that row alone and
    // only they are joined to their order and customer (0.17 s instead of 0.27 s on the
    // million-order demo, where a quarter of a million deliveries were promised in 90 days).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT d.order_id, o.order_no, c.name, o.salesperson_id, d.promised_date, d.delivered_on, "
                  "(SELECT count(*) FROM order_exceptions x WHERE x.order_id = d.order_id) "
                  "FROM (SELECT order_id, promised_date, delivered_on FROM order_deliveries d "
                  "WHERE promised_date >= ? AND (days_late > 0 OR EXISTS (SELECT 1 FROM order_exceptions x "
                  "WHERE x.order_id = d.order_id)) "
                  "AND NOT EXISTS (SELECT 1 FROM order_reviews r WHERE r.order_id = d.order_id) "
                  "ORDER BY delivered_on DESC, order_id DESC LIMIT %1) d "
                  "JOIN orders o ON o.id = d.order_id JOIN customers c ON c.id = o.customer_id "
                  "ORDER BY d.delivered_on DESC, d.order_id DESC")
                  .arg(limit));
    q.addBindValue(sqlv::date(since));
    return read(q);
}

Result<QList<ReviewDue>> ReviewRepository::select(const QString& where, const QVariantList& params, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, order_no, name, salesperson_id, promised_date, delivered_on, exceptions "
                       "FROM (SELECT o.id, o.order_no, c.name, o.salesperson_id, o.promised_date, "
                       "%1 AS delivered_on, "
                       "(SELECT count(*) FROM order_exceptions x WHERE x.order_id = o.id) AS exceptions "
                       "FROM orders o JOIN customers c ON c.id = o.customer_id "
                       "WHERE o.status IN ('delivered', 'completed') AND %2) "
                       "WHERE delivered_on IS NOT NULL "
                       "AND (exceptions > 0 OR (promised_date IS NOT NULL AND delivered_on > promised_date)) "
                       "ORDER BY delivered_on, id LIMIT %3")
            .arg(kDeliveredOn, where)
            .arg(limit));
    for (const QVariant& p : params)
        q.addBindValue(p);
    return read(q);
}

Result<QList<ReviewDue>> ReviewRepository::read(QSqlQuery& q)
{
    if (auto ok = sqlv::exec(q, tr("read the orders to review")); !ok)
        return std::unexpected(ok.error());
    QList<ReviewDue> out;
    while (q.next()) {
        ReviewDue d;
        d.orderId = q.value(0).toLongLong();
        d.orderNo = q.value(1).toString();
        d.customerName = q.value(2).toString();
        d.salespersonId = q.value(3).toLongLong();
        d.promisedDate = sqlv::toDate(q.value(4));
        d.deliveredOn = sqlv::toDate(q.value(5));
        d.exceptions = q.value(6).toInt();
        out << d;
    }
    return out;
}

} // namespace od
