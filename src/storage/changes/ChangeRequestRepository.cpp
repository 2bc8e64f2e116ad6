#include "ChangeRequestRepository.h"

#include "SqlValues.h"

#include <QSqlError>

namespace od {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.change_no, r.order_id, o.order_no, o.customer_id, c.name, o.salesperson_id, "
    "sp.display_name, r.base_revision, r.base_version, r.status, r.requested_by, rb.display_name, "
    "r.requested_at, r.contact, r.channel, r.reason, r.requested_date, r.address, r.cancel, r.cancel_charge, "
    "r.scrap_cost, r.scrap_note, r.old_total, r.new_total, r.old_earliest, r.new_earliest, r.orders_pushed, "
    "r.over_credit_limit, coalesce(r.decided_by, 0), coalesce(db.display_name, ''), r.decided_at, "
    "r.decision_note, coalesce(r.new_revision, 0), o.currency "
    "FROM change_requests r JOIN orders o ON o.id = r.order_id JOIN customers c ON c.id = o.customer_id "
    "JOIN users sp ON sp.id = o.salesperson_id JOIN users rb ON rb.id = r.requested_by "
    "LEFT JOIN users db ON db.id = r.decided_by ");

ChangeRequest fromRow(const QSqlQuery& q)
{
    ChangeRequest r;
    r.id = q.value(0).toLongLong();
    r.changeNo = q.value(1).toString();
    r.orderId = q.value(2).toLongLong();
    r.orderNo = q.value(3).toString();
    r.customerId = q.value(4).toLongLong();
    r.customerName = q.value(5).toString();
    r.salespersonId = q.value(6).toLongLong();
    r.salespersonName = q.value(7).toString();
    r.baseRevision = q.value(8).toInt();
    r.baseVersion = q.value(9).toInt();
    r.status = ChangeStatusInfo::fromKey(q.value(10).toString()).value_or(ChangeStatus::Draft);
    r.requestedById = q.value(11).toLongLong();
    r.requestedByName = q.value(12).toString();
    r.requestedAt = sqlv::toTimestamp(q.value(13));
    r.contact = q.value(14).toString();
    r.channel = ContactChannelInfo::fromKey(q.value(15).toString()).value_or(ContactChannel::Phone);
    r.reason = q.value(16).toString();
    r.requestedDate = sqlv::toDate(q.value(17));
    if (!q.value(18).isNull())
        r.address = q.value(18).toString();
    r.cancel = q.value(19).toInt() != 0;
    r.cancelCharge = Money::fromMinor(q.value(20).toLongLong());
    r.scrapCost = Money::fromMinor(q.value(21).toLongLong());
    r.scrapNote = q.value(22).toString();
    r.oldTotal = Money::fromMinor(q.value(23).toLongLong());
    r.newTotal = Money::fromMinor(q.value(24).toLongLong());
    r.oldEarliest = sqlv::toDate(q.value(25));
    r.newEarliest = sqlv::toDate(q.value(26));
    r.ordersPushed = q.value(27).toInt();
    r.overCreditLimit = q.value(28).toInt() != 0;
    r.decidedById = q.value(29).toLongLong();
    r.decidedByName = q.value(30).toString();
    r.decidedAt = sqlv::toTimestamp(q.value(31));
    r.decisionNote = q.value(32).toString();
    r.newRevision = q.value(33).toInt();
    r.currency = q.value(34).toString();
    return r;
}

} // namespace

Status ChangeRequestRepository::insert(ChangeRequest& r)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO change_requests (change_no, order_id, base_revision, base_version, status, "
        "requested_by, "
        "requested_at, contact, channel, reason, requested_date, address, cancel, cancel_charge, old_total, "
        "new_total, old_earliest, new_earliest, orders_pushed, over_credit_limit) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.changeNo);
    q.addBindValue(r.orderId);
    q.addBindValue(r.baseRevision);
    q.addBindValue(r.baseVersion);
    q.addBindValue(ChangeStatusInfo::key(r.status));
    q.addBindValue(r.requestedById);
    q.addBindValue(sqlv::timestamp(r.requestedAt));
    q.addBindValue(sqlv::text(r.contact));
    q.addBindValue(ContactChannelInfo::key(r.channel));
    q.addBindValue(sqlv::text(r.reason));
    q.addBindValue(sqlv::date(r.requestedDate));
    q.addBindValue(r.address ? sqlv::text(*r.address) : QVariant());
    q.addBindValue(r.cancel ? 1 : 0);
    q.addBindValue(r.cancelCharge.minor());
    q.addBindValue(r.oldTotal.minor());
    q.addBindValue(r.newTotal.minor());
    q.addBindValue(sqlv::date(r.oldEarliest));
    q.addBindValue(sqlv::date(r.newEarliest));
    q.addBindValue(r.ordersPushed);
    q.addBindValue(r.overCreditLimit ? 1 : 0);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) &&
            q.lastError().text().contains(QLatin1String("order_id")))
            return std::unexpected(Error::conflict(
                tr("Another change request on this order is still undecided; it must be approved or rejected "
                   "first.")));
        return std::unexpected(Database::storageError(tr("record the change request"), q.lastError().text()));
    }
    q.next();
    r.id = q.value(0).toLongLong();
    return insertLines(r);
}

Status ChangeRequestRepository::insertLines(const ChangeRequest& r)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO change_request_lines (change_id, kind, line_no, product_id, quantity, "
                       "unit_price, spec) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto add = [&](const char* kind, QVariant lineNo, QVariant product, QVariant quantity, QVariant price,
                   QVariant spec = QVariant()) -> Status {
        q.addBindValue(r.id);
        q.addBindValue(QString::fromLatin1(kind));
        q.addBindValue(lineNo);
        q.addBindValue(product);
        q.addBindValue(quantity);
        q.addBindValue(price);
        q.addBindValue(spec);
        return sqlv::exec(q, tr("record the change request"));
    };
    for (const ChangeQuantity& c : r.quantities)
        if (auto ok = add("quantity", c.lineNo, QVariant(), c.quantity.raw(), QVariant()); !ok)
            return ok;
    for (const ChangePrice& c : r.prices)
        if (auto ok = add("price", c.lineNo, QVariant(), QVariant(), c.unitPrice.raw()); !ok)
            return ok;
    for (const ChangeSpec& c : r.specs)
        if (auto ok = add("spec", c.lineNo, QVariant(), QVariant(), QVariant(), sqlv::text(c.description));
            !ok)
            return ok;
    for (const ChangeAddedLine& c : r.addedLines)
        if (auto ok = add("add", QVariant(), c.productId, c.quantity.raw(), c.unitPrice.raw()); !ok)
            return ok;
    for (int lineNo : r.removedLines)
        if (auto ok = add("remove", lineNo, QVariant(), QVariant(), QVariant()); !ok)
            return ok;
    return {};
}

Status ChangeRequestRepository::readLines(ChangeRequest& r)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT l.kind, coalesce(l.line_no, 0), coalesce(l.product_id, 0), coalesce(l.quantity, 0), "
        "coalesce(l.unit_price, 0), coalesce(p.sku, ''), coalesce(p.name, ''), coalesce(p.unit, ''), "
        "coalesce(l.spec, '') "
        "FROM change_request_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.change_id = ? "
        "ORDER BY l.id"));
    q.addBindValue(r.id);
    if (auto ok = sqlv::exec(q, tr("read the change request")); !ok)
        return ok;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const int lineNo = q.value(1).toInt();
        if (kind == QLatin1String("quantity")) {
            r.quantities << ChangeQuantity{lineNo, Quantity::fromRaw(q.value(3).toLongLong())};
        } else if (kind == QLatin1String("price")) {
            r.prices << ChangePrice{lineNo, UnitPrice::fromRaw(q.value(4).toLongLong())};
        } else if (kind == QLatin1String("spec")) {
            r.specs << ChangeSpec{lineNo, q.value(8).toString()};
        } else if (kind == QLatin1String("remove")) {
            r.removedLines << lineNo;
        } else {
            ChangeAddedLine a;
            a.productId = q.value(2).toLongLong();
            a.quantity = Quantity::fromRaw(q.value(3).toLongLong());
            a.unitPrice = UnitPrice::fromRaw(q.value(4).toLongLong());
            a.sku = q.value(5).toString();
            a.productName = q.value(6).toString();
            a.unit = q.value(7).toString();
            r.addedLines << a;
        }
    }
    return {};
}

Result<std::optional<ChangeRequest>> ChangeRequestRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(id);
    if (auto ok = sqlv::exec(q, tr("read the change request")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<ChangeRequest>();
    ChangeRequest r = fromRow(q);
    if (auto ok = readLines(r); !ok)
        return std::unexpected(ok.error());
    return std::optional<ChangeRequest>(r);
}

Result<std::optional<qint64>> ChangeRequestRepository::idByNumber(const QString& changeNo)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM change_requests WHERE change_no = ? COLLATE NOCASE"));
    q.addBindValue(changeNo.trimmed());
    if (auto ok = sqlv::exec(q, tr("read the change request")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::optional<QString>> ChangeRequestRepository::openOnOrder(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT change_no FROM change_requests WHERE order_id = ? AND status IN "
                             "('draft', 'waiting_approval')"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the change request")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QList<ChangeRequest>> ChangeRequestRepository::list(const ChangeRequestFilter& filter,
                                                           qint64 visibleTo, int limit)
{
    QStringList where;
    QVariantList values;
    if (filter.status) {
        where << QStringLiteral("r.status = ?");
        values << ChangeStatusInfo::key(*filter.status);
    }
    if (filter.orderId > 0) {
        where << QStringLiteral("r.order_id = ?");
        values << filter.orderId;
    }
    if (filter.customerId > 0) {
        where << QStringLiteral("o.customer_id = ?");
        values << filter.customerId;
    }
    if (filter.salespersonId > 0) {
        where << QStringLiteral("o.salesperson_id = ?");
        values << filter.salespersonId;
    }
    if (filter.requestedById > 0) {
        where << QStringLiteral("r.requested_by = ?");
        values << filter.requestedById;
    }
    if (visibleTo != 0) {
        where << QStringLiteral("(o.salesperson_id = ? OR r.requested_by = ?)");
        values << visibleTo << visibleTo;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kSelect +
              (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY r.requested_at DESC, r.id DESC LIMIT ?"));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(qBound(1, limit, 100'000));
    if (auto ok = sqlv::exec(q, tr("read the change requests")); !ok)
        return std::unexpected(ok.error());
    QList<ChangeRequest> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<bool> ChangeRequestRepository::move(qint64 id, ChangeStatus from, ChangeStatus to, qint64 byUserId,
                                           const QString& note, int newRevision)
{
    const bool decision = !ChangeStatusInfo::isOpen(to);
    QSqlQuery q(m_db.sql());
    q.prepare(decision
                  ? QStringLiteral("UPDATE change_requests SET status = ?, decided_by = ?, decided_at = ?, "
                                   "decision_note = ?, new_revision = ? WHERE id = ? AND status = ?")
                  : QStringLiteral("UPDATE change_requests SET status = ? WHERE id = ? AND status = ?"));
    q.addBindValue(ChangeStatusInfo::key(to));
    if (decision) {
        q.addBindValue(byUserId);
        q.addBindValue(sqlv::timestamp(QDateTime::currentDateTimeUtc()));
        q.addBindValue(sqlv::text(note));
        q.addBindValue(newRevision > 0 ? QVariant(newRevision) : QVariant());
    }
    q.addBindValue(id);
    q.addBindValue(ChangeStatusInfo::key(from));
    if (auto ok = sqlv::exec(q, tr("record the decision")); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() == 1;
}

Status ChangeRequestRepository::setScrapCost(qint64 id, Money cost, const QString& note)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE change_requests SET scrap_cost = ?, scrap_note = ? WHERE id = ?"));
    q.addBindValue(cost.minor());
    q.addBindValue(sqlv::text(note));
    q.addBindValue(id);
    return sqlv::exec(q, tr("record the cost of the change"));
}

Result<QStringList> ChangeRequestRepository::customerConfirmed(qint64 orderId, int revision)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE change_requests SET status = 'done' WHERE order_id = ? AND new_revision = ? "
                       "AND status = 'waiting_customer' RETURNING change_no"));
    q.addBindValue(orderId);
    q.addBindValue(revision);
    if (auto ok = sqlv::exec(q, tr("record the customer's confirmation")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace od
