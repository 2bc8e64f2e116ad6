#include "RuleFiringRepository.h"

#include "RuleKey.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace od {

namespace {

// A firing with what it is about: the order (itself, or the change request's), the customer
// (the order's, or itself), the change request and the credit hold.
const QString kColumns = QStringLiteral(
    "f.id, f.rule_key, f.subject_kind, f.subject_id, f.occasion, coalesce(f.user_id, 0), "
    "coalesce(f.department, ''), f.fired_at, f.since, f.due, f.detail, coalesce(f.closed, ''), f.closed_at, "
    "coalesce(o.id, 0), coalesce(o.order_no, ''), coalesce(cu.name, o.customer_name, ''), coalesce(cu.id, "
    "0), "
    "coalesce(cr.change_no, ''), coalesce(o.revision, 0), coalesce(cu.code, '')");

const QString kFrom = QStringLiteral(
    "FROM rule_firings f "
    "LEFT JOIN change_requests cr ON f.subject_kind = 'change' AND cr.id = f.subject_id "
    "LEFT JOIN orders o ON o.id = CASE WHEN f.subject_kind = 'order' THEN f.subject_id ELSE cr.order_id END "
    "LEFT JOIN customers cu ON cu.id = CASE WHEN f.subject_kind = 'customer' THEN f.subject_id "
    "ELSE o.customer_id END "
    "LEFT JOIN credit_holds h ON f.subject_kind = 'customer' AND h.id = CAST(f.occasion AS INTEGER) ");

// Whether an open firing still asks for something: the order still waits for the customer's
// confirmation of that revision, is still not invoiced, still not reviewed; the change still
// waits for the customer; the hold is still in force.
QString stillAsks()
{
    return QStringLiteral(
               "((f.rule_key = '%1' AND o.status = 'awaiting_confirmation' "
               "AND CAST(o.revision AS TEXT) = f.occasion) "
               "OR (f.rule_key = '%2' AND o.settlement_status = 'unbilled' AND o.status <> 'cancelled') "
               "OR (f.rule_key = '%3' AND o.id IS NOT NULL "
               "AND NOT EXISTS (SELECT 1 FROM order_reviews r WHERE r.order_id = o.id)) "
               "OR (f.rule_key = '%4' AND cr.status = 'waiting_customer') "
               "OR (f.rule_key = '%5' AND h.id IS NOT NULL AND h.lifted_on IS NULL))")
        .arg(RuleKey::ConfirmationReminder, RuleKey::ShippedTellFinance, RuleKey::LateDeliveryReview,
             RuleKey::SmallChangeApproval, RuleKey::CreditHoldOverdue);
}

RuleFiring fromRow(const QSqlQuery& q)
{
    RuleFiring f;
    f.id = q.value(0).toLongLong();
    f.ruleKey = q.value(1).toString();
    f.subjectKind = q.value(2).toString();
    f.subjectId = q.value(3).toLongLong();
    f.occasion = q.value(4).toString();
    f.userId = q.value(5).toLongLong();
    f.department = q.value(6).toString();
    f.firedAt = sqlv::toTimestamp(q.value(7));
    f.since = sqlv::toDate(q.value(8));
    f.due = sqlv::toDate(q.value(9));
    f.detail = q.value(10).toString();
    f.closed = q.value(11).toString();
    f.closedAt = sqlv::toTimestamp(q.value(12));
    f.orderId = q.value(13).toLongLong();
    f.orderNo = q.value(14).toString();
    f.customerName = q.value(15).toString();
    f.customerId = q.value(16).toLongLong();
    f.changeNo = q.value(17).toString();
    f.revision = q.value(18).toInt();
    f.customerCode = q.value(19).toString();
    return f;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<std::optional<qint64>> RuleFiringRepository::insert(const RuleFiring& firing)
{
    // Kept prepared: a morning run fires thousands.
    auto insert = m_db.kept(
        QStringLiteral("INSERT INTO rule_firings (rule_key, subject_kind, subject_id, occasion, user_id, "
                       "department, fired_at, "
                       "since, due, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (rule_key, subject_kind, subject_id, occasion) DO NOTHING RETURNING id"));
    if (!insert)
        return std::unexpected(insert.error());
    QSqlQuery& q = **insert;
    const QVariant values[] = {
        firing.ruleKey,
        firing.subjectKind,
        firing.subjectId,
        sqlv::text(firing.occasion),
        nullableId(firing.userId),
        firing.department.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(firing.department),
        sqlv::timestamp(firing.firedAt.isValid() ? firing.firedAt : QDateTime::currentDateTimeUtc()),
        sqlv::date(firing.since),
        sqlv::date(firing.due),
        sqlv::text(firing.detail)};
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (auto ok = sqlv::exec(q, tr("record the rule's firing")); !ok)
        return std::unexpected(ok.error());
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<bool> RuleFiringRepository::close(qint64 id, const QString& how, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE rule_firings SET closed = ?, closed_at = ?, closed_by = ? "
                             "WHERE id = ? AND closed IS NULL"));
    q.addBindValue(how);
    q.addBindValue(sqlv::nowUtc());
    q.addBindValue(nullableId(userId));
    q.addBindValue(id);
    if (auto ok = sqlv::exec(q, tr("close the rule's firing")); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() == 1;
}

QString RuleFiringRepository::selectSql(const QString& where, int limit)
{
    return QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY f.fired_at, f.id LIMIT %4")
        .arg(kColumns, kFrom, where)
        .arg(limit);
}

Result<QList<RuleFiring>> RuleFiringRepository::select(const QString& where, const QVariantList& params,
                                                       int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(selectSql(where, limit));
    for (const QVariant& p : params)
        q.addBindValue(p);
    if (auto ok = sqlv::exec(q, tr("read the rules' firings")); !ok)
        return std::unexpected(ok.error());
    QList<RuleFiring> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<std::optional<RuleFiring>> RuleFiringRepository::byId(qint64 id)
{
    auto found = select(QStringLiteral("f.id = ?"), {id}, 1);
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<RuleFiring>() : std::optional<RuleFiring>(found->first());
}

Result<qint64> RuleFiringRepository::count(const QString& ruleKey)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = ?"));
    q.addBindValue(ruleKey);
    if (auto ok = sqlv::exec(q, tr("read the rules' firings")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<RuleFiring>> RuleFiringRepository::openOn(const QString& ruleKey, const QString& subjectKind,
                                                       qint64 subjectId)
{
    return select(
        QStringLiteral("f.rule_key = ? AND f.subject_kind = ? AND f.subject_id = ? AND f.closed IS NULL"),
        {ruleKey, subjectKind, subjectId}, 100);
}

Result<QList<RuleFiring>> RuleFiringRepository::openForWork(qint64 userId, const QString& department,
                                                            int limit)
{
    // One index range each: the person's own, then their department's.
    auto mine =
        select(QStringLiteral("f.user_id = ? AND f.closed IS NULL AND ") + stillAsks(), {userId}, limit);
    if (!mine || department.isEmpty())
        return mine;
    auto theirs = select(QStringLiteral("f.department = ? AND f.closed IS NULL AND ") + stillAsks(),
                         {department}, limit);
    if (!theirs)
        return std::unexpected(theirs.error());
    *mine << *theirs;
    return mine;
}

Result<QList<RuleFiring>> RuleFiringRepository::stale(int limit)
{
    return select(QStringLiteral("f.closed IS NULL AND NOT ") + stillAsks(), {}, limit);
}

QString RuleFiringRepository::staleSql(int limit)
{
    return selectSql(QStringLiteral("f.closed IS NULL AND NOT ") + stillAsks(), limit);
}

Result<QSet<qint64>> RuleFiringRepository::firedOnOrders(const QString& ruleKey,
                                                         const QList<qint64>& orderIds, bool currentRevision)
{
    QSet<qint64> out;
    if (orderIds.isEmpty())
        return out;
    QJsonArray ids;
    for (qint64 id : orderIds)
        ids.append(id);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // CROSS JOIN: the few orders asked about lead, each looked up in the firings' unique index
    // (led by the firings, SQLite would walk every firing of the rule and the list for each).
    q.prepare(QStringLiteral("SELECT DISTINCT f.subject_id FROM json_each(?) j "
                             "CROSS JOIN rule_firings f ON f.rule_key = ? AND f.subject_kind = 'order' "
                             "AND f.subject_id = j.value%1")
                  .arg(currentRevision ? QStringLiteral(" AND f.occasion = (SELECT CAST(o.revision AS TEXT) "
                                                        "FROM orders o WHERE o.id = j.value)")
                                       : QString()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    q.addBindValue(ruleKey);
    if (auto ok = sqlv::exec(q, tr("read the rules' firings")); !ok)
        return std::unexpected(ok.error());
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

QString RuleFiringRepository::awaitingWithoutReminderSql()
{
    return QStringLiteral(
        "SELECT id, order_no, customer_name, salesperson_id, revision, sent_at FROM ("
        "SELECT o.id, o.order_no, o.customer_name, o.salesperson_id, o.revision, "
        "coalesce((SELECT max(e.at) FROM order_events e WHERE e.order_id = o.id AND e.kind = 'submitted' "
        "AND e.revision = o.revision), o.updated_at) AS sent_at "
        "FROM orders o WHERE o.status = 'awaiting_confirmation' AND NOT EXISTS (SELECT 1 FROM rule_firings f "
        "WHERE f.rule_key = ? AND f.subject_kind = 'order' AND f.subject_id = o.id "
        "AND f.occasion = CAST(o.revision AS TEXT))) "
        "WHERE sent_at < ? ORDER BY sent_at, id LIMIT ?");
}

Result<QList<RuleFiringRepository::Waiting>>
RuleFiringRepository::awaitingWithoutReminder(const QDateTime& sentBefore, int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(awaitingWithoutReminderSql());
    q.addBindValue(QString(RuleKey::ConfirmationReminder));
    q.addBindValue(sqlv::timestamp(sentBefore));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("read the orders waiting for confirmation")); !ok)
        return std::unexpected(ok.error());
    QList<Waiting> out;
    while (q.next())
        out << Waiting{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toInt(),    sqlv::toTimestamp(q.value(5))};
    return out;
}

Result<QList<RuleFiringRepository::Hold>> RuleFiringRepository::overdueHoldsWithoutFiring(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT h.id, h.customer_id, h.placed_on, h.detail FROM credit_holds h "
        "WHERE h.lifted_on IS NULL AND (',' || h.reasons || ',') LIKE '%,overdue,%' "
        "AND NOT EXISTS (SELECT 1 FROM rule_firings f WHERE f.rule_key = ? AND f.subject_kind = 'customer' "
        "AND f.subject_id = h.customer_id AND f.occasion = CAST(h.id AS TEXT)) ORDER BY h.id LIMIT ?"));
    q.addBindValue(QString(RuleKey::CreditHoldOverdue));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("read the credit holds")); !ok)
        return std::unexpected(ok.error());
    QList<Hold> out;
    while (q.next())
        out << Hold{q.value(0).toLongLong(), q.value(1).toLongLong(), sqlv::toDate(q.value(2)),
                    q.value(3).toString()};
    return out;
}

Result<QList<RuleFiringRepository::Shipped>> RuleFiringRepository::shippedWithoutFiring(const QDate& since,
                                                                                        int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // From the first shipments of the period (their day index) to their orders: SQLite would
    // otherwise walk every order shipped since the start to find the few of the last days.
    q.prepare(QStringLiteral(
        "SELECT o.id, o.order_no, o.customer_name, o.total, o.currency, os.shipped_on FROM order_shipments "
        "os CROSS JOIN orders o ON o.id = os.order_id WHERE os.shipped_on >= ? AND o.settlement_status = "
        "'unbilled' "
        "AND o.status IN ('shipped', 'delivered', 'completed') AND NOT EXISTS (SELECT 1 FROM rule_firings f "
        "WHERE f.rule_key = ? AND f.subject_kind = 'order' AND f.subject_id = o.id) "
        "ORDER BY os.shipped_on DESC, o.id LIMIT ?"));
    q.addBindValue(sqlv::date(since));
    q.addBindValue(QString(RuleKey::ShippedTellFinance));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("read the shipped orders")); !ok)
        return std::unexpected(ok.error());
    QList<Shipped> out;
    while (q.next())
        out << Shipped{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toString(), sqlv::toDate(q.value(5))};
    return out;
}

} // namespace od
