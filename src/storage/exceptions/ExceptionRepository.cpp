#include "ExceptionRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.exception_no, e.order_id, o.order_no, c.name, e.kind, e.severity, e.description, "
    "e.owner_id, ow.display_name, e.raised_by, rb.display_name, e.raised_at, e.due_date, e.response_plan, "
    "e.resolution, e.cost, e.resolved_at, e.resolved_by, rs.display_name, "
    "(SELECT count(*) FROM order_exception_contacts k WHERE k.exception_id = e.id) "
    "FROM order_exceptions e JOIN orders o ON o.id = e.order_id "
    "JOIN customers c ON c.id = o.customer_id "
    "JOIN users ow ON ow.id = e.owner_id JOIN users rb ON rb.id = e.raised_by "
    "LEFT JOIN users rs ON rs.id = e.resolved_by ");

OrderException fromRow(const QSqlQuery& q)
{
    OrderException e;
    e.id = q.value(0).toLongLong();
    e.exceptionNo = q.value(1).toString();
    e.orderId = q.value(2).toLongLong();
    e.orderNo = q.value(3).toString();
    e.customerName = q.value(4).toString();
    e.kind = ExceptionKindInfo::fromKey(q.value(5).toString()).value_or(ExceptionKind::Quality);
    e.severity = ExceptionSeverityInfo::fromKey(q.value(6).toString()).value_or(ExceptionSeverity::Medium);
    e.description = q.value(7).toString();
    e.ownerId = q.value(8).toLongLong();
    e.ownerName = q.value(9).toString();
    e.raisedById = q.value(10).toLongLong();
    e.raisedByName = q.value(11).toString();
    e.raisedAt = sqlv::toTimestamp(q.value(12));
    e.dueDate = sqlv::toDate(q.value(13));
    e.responsePlan = q.value(14).toString();
    e.resolution = q.value(15).toString();
    e.cost = Money::fromMinor(q.value(16).toLongLong());
    e.resolvedAt = sqlv::toTimestamp(q.value(17));
    e.resolvedById = q.value(18).toLongLong();
    e.resolvedByName = q.value(19).toString();
    e.contacts = q.value(20).toInt();
    return e;
}

} // namespace

Status ExceptionRepository::insert(OrderException& e)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO order_exceptions (exception_no, order_id, kind, severity, description, "
                       "owner_id, raised_by, raised_at, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    q.addBindValue(e.exceptionNo);
    q.addBindValue(e.orderId);
    q.addBindValue(ExceptionKindInfo::key(e.kind));
    q.addBindValue(ExceptionSeverityInfo::key(e.severity));
    q.addBindValue(sqlv::text(e.description));
    q.addBindValue(e.ownerId);
    q.addBindValue(e.raisedById);
    q.addBindValue(sqlv::timestamp(e.raisedAt));
    q.addBindValue(sqlv::date(e.dueDate));
    if (auto ok = sqlv::exec(q, tr("record the exception")); !ok)
        return ok;
    q.next();
    e.id = q.value(0).toLongLong();
    return {};
}

Result<std::optional<OrderException>> ExceptionRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE e.id = ?"));
    q.addBindValue(id);
    if (auto ok = sqlv::exec(q, tr("read the exception")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<OrderException>();
    return std::optional<OrderException>(fromRow(q));
}

Result<std::optional<qint64>> ExceptionRepository::idByNumber(const QString& exceptionNo)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM order_exceptions WHERE exception_no = ? COLLATE NOCASE"));
    q.addBindValue(exceptionNo.trimmed());
    if (auto ok = sqlv::exec(q, tr("read the exception")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<OrderException>> ExceptionRepository::list(const ExceptionFilter& filter, qint64 visibleTo,
                                                        int limit)
{
    QStringList where;
    QVariantList values;
    if (filter.openOnly)
        where << QStringLiteral("e.resolved_at IS NULL");
    if (filter.orderId > 0) {
        where << QStringLiteral("e.order_id = ?");
        values << filter.orderId;
    }
    if (filter.ownerId > 0) {
        where << QStringLiteral("e.owner_id = ?");
        values << filter.ownerId;
    }
    if (filter.kind) {
        where << QStringLiteral("e.kind = ?");
        values << ExceptionKindInfo::key(*filter.kind);
    }
    if (filter.severity) {
        where << QStringLiteral("e.severity = ?");
        values << ExceptionSeverityInfo::key(*filter.severity);
    }
    if (visibleTo != 0) {
        where << QStringLiteral("(o.salesperson_id = ? OR e.owner_id = ?)");
        values << visibleTo << visibleTo;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kSelect +
              (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
              (filter.soonestDueFirst
                   ? QStringLiteral(" ORDER BY e.due_date IS NULL, e.due_date, e.raised_at, e.id")
                   : QStringLiteral(" ORDER BY e.raised_at, e.id")) +
              QStringLiteral(" LIMIT ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("read the exceptions")); !ok)
        return std::unexpected(ok.error());
    QList<OrderException> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Status ExceptionRepository::setPlan(qint64 id, const QString& plan)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE order_exceptions SET response_plan = ? WHERE id = ?"));
    q.addBindValue(sqlv::text(plan));
    q.addBindValue(id);
    return sqlv::exec(q, tr("record the response plan"));
}

Status ExceptionRepository::setOwner(qint64 id, qint64 ownerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE order_exceptions SET owner_id = ? WHERE id = ?"));
    q.addBindValue(ownerId);
    q.addBindValue(id);
    return sqlv::exec(q, tr("hand the exception over"));
}

Result<bool> ExceptionRepository::resolve(qint64 id, const QString& resolution, Money cost, qint64 byUserId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE order_exceptions SET resolution = ?, cost = ?, resolved_at = ?, "
                             "resolved_by = ? WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(resolution);
    q.addBindValue(cost.minor());
    q.addBindValue(sqlv::nowUtc());
    q.addBindValue(byUserId);
    q.addBindValue(id);
    if (auto ok = sqlv::exec(q, tr("close the exception")); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() == 1;
}

Status ExceptionRepository::insertContact(ExceptionContact& c)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO order_exception_contacts (exception_id, at, user_id, customer_contact, "
                       "channel, text) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.exceptionId);
    q.addBindValue(sqlv::timestamp(c.at));
    q.addBindValue(c.userId);
    q.addBindValue(sqlv::text(c.customerContact));
    q.addBindValue(ContactChannelInfo::key(c.channel));
    q.addBindValue(sqlv::text(c.text));
    if (auto ok = sqlv::exec(q, tr("log the contact")); !ok)
        return ok;
    q.next();
    c.id = q.value(0).toLongLong();
    return {};
}

Result<QList<ExceptionContact>> ExceptionRepository::contacts(qint64 exceptionId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT k.id, k.exception_id, k.at, k.user_id, u.display_name, k.customer_contact, "
                       "k.channel, k.text FROM order_exception_contacts k JOIN users u ON u.id = k.user_id "
                       "WHERE k.exception_id = ? ORDER BY k.at, k.id"));
    q.addBindValue(exceptionId);
    if (auto ok = sqlv::exec(q, tr("read the contacts")); !ok)
        return std::unexpected(ok.error());
    QList<ExceptionContact> out;
    while (q.next()) {
        ExceptionContact c;
        c.id = q.value(0).toLongLong();
        c.exceptionId = q.value(1).toLongLong();
        c.at = sqlv::toTimestamp(q.value(2));
        c.userId = q.value(3).toLongLong();
        c.userName = q.value(4).toString();
        c.customerContact = q.value(5).toString();
        c.channel = ContactChannelInfo::fromKey(q.value(6).toString()).value_or(ContactChannel::Phone);
        c.text = q.value(7).toString();
        out << c;
    }
    return out;
}

} // namespace od
