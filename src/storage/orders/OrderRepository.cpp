#include "OrderRepository.h"

#include "SqlValues.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace od {

namespace {

QVariant nullableStatus(const std::optional<OrderStatus>& s)
{
    return s ? QVariant(OrderStatusInfo::key(*s)) : QVariant(QMetaType::fromType<QString>());
}

void bindHeader(QSqlQuery& q, const Order& o)
{
    q.bindValue(QStringLiteral(":order_no"), o.orderNo);
    q.bindValue(QStringLiteral(":customer_id"), o.customerId);
    q.bindValue(QStringLiteral(":salesperson_id"), o.salespersonId);
    q.bindValue(QStringLiteral(":status"), OrderStatusInfo::key(o.status));
    q.bindValue(QStringLiteral(":held_from"), nullableStatus(o.heldFrom));
    q.bindValue(QStringLiteral(":order_date"), sqlv::date(o.orderDate));
    q.bindValue(QStringLiteral(":requested_date"), sqlv::date(o.requestedDate));
    q.bindValue(QStringLiteral(":promised_date"), sqlv::date(o.promisedDate));
    q.bindValue(QStringLiteral(":revision"), o.revision);
    q.bindValue(QStringLiteral(":last_sent"), o.lastSentRevision);
    q.bindValue(QStringLiteral(":currency"), sqlv::text(o.currency));
    q.bindValue(QStringLiteral(":tax_rate"), o.taxRate.raw());
    q.bindValue(QStringLiteral(":notes"), sqlv::text(o.notes));
    // An empty QString would be bound as NULL; the column holds "" for the customer's address.
    q.bindValue(QStringLiteral(":delivery_address"),
                o.deliveryAddress.isNull() ? QStringLiteral("") : o.deliveryAddress);
    q.bindValue(QStringLiteral(":subtotal"), o.subtotal.minor());
    q.bindValue(QStringLiteral(":tax"), o.tax.minor());
    q.bindValue(QStringLiteral(":total"), o.total.minor());
    q.bindValue(QStringLiteral(":line_count"), int(o.lines.size()));
    q.bindValue(QStringLiteral(":now"), sqlv::nowUtc());
}

} // namespace

Result<std::optional<Order>> OrderRepository::load(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT o.order_no, o.customer_id, o.salesperson_id, o.status, o.held_from_status, "
        "o.settlement_status, "
        "o.order_date, o.requested_date, o.promised_date, o.revision, o.last_sent_revision, o.currency, "
        "o.tax_rate_bp, o.notes, o.subtotal, o.tax, o.total, o.version, o.created_at, o.updated_at, "
        "c.name, c.code, u.display_name, o.delivery_address "
        "FROM orders o JOIN customers c ON c.id = o.customer_id JOIN users u ON u.id = o.salesperson_id "
        "WHERE o.id = ?"));
    q.addBindValue(id);
    if (auto ok = sqlv::exec(q, tr("read the order")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<Order>();
    Order o;
    o.id = id;
    o.orderNo = q.value(0).toString();
    o.customerId = q.value(1).toLongLong();
    o.salespersonId = q.value(2).toLongLong();
    o.status = OrderStatusInfo::fromKey(q.value(3).toString()).value_or(OrderStatus::Draft);
    if (!q.value(4).isNull())
        o.heldFrom = OrderStatusInfo::fromKey(q.value(4).toString());
    // An unknown key reads as unbilled; the database check names such orders.
    o.settlement = SettlementStatusInfo::fromKey(q.value(5).toString()).value_or(SettlementStatus::Unbilled);
    o.orderDate = sqlv::toDate(q.value(6));
    o.requestedDate = sqlv::toDate(q.value(7));
    o.promisedDate = sqlv::toDate(q.value(8));
    o.revision = q.value(9).toInt();
    o.lastSentRevision = q.value(10).toInt();
    o.currency = q.value(11).toString();
    o.taxRate = BasisPoints::fromRaw(q.value(12).toInt());
    o.notes = q.value(13).toString();
    o.subtotal = Money::fromMinor(q.value(14).toLongLong());
    o.tax = Money::fromMinor(q.value(15).toLongLong());
    o.total = Money::fromMinor(q.value(16).toLongLong());
    o.version = q.value(17).toInt();
    o.createdAt = sqlv::toTimestamp(q.value(18));
    o.updatedAt = sqlv::toTimestamp(q.value(19));
    o.deliveryAddress = q.value(23).toString();
    o.customerName = q.value(20).toString();
    o.customerCode = q.value(21).toString();
    o.salespersonName = q.value(22).toString();
    auto lines = loadLines(id);
    if (!lines)
        return std::unexpected(lines.error());
    o.lines = *lines;
    return std::optional<Order>(o);
}

Result<Order> OrderRepository::loadExisting(qint64 id)
{
    auto order = load(id);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    return **order;
}

Result<QList<OrderLine>> OrderRepository::loadLines(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT l.id, l.line_no, l.product_id, l.description, l.quantity, l.unit, l.unit_price, "
        "l.discount_bp, "
        "l.amount, l.requested_date, p.sku, p.name FROM order_lines l JOIN products p ON p.id = l.product_id "
        "WHERE l.order_id = ? ORDER BY l.line_no"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order lines")); !ok)
        return std::unexpected(ok.error());
    QList<OrderLine> lines;
    while (q.next()) {
        OrderLine l;
        l.id = q.value(0).toLongLong();
        l.lineNo = q.value(1).toInt();
        l.productId = q.value(2).toLongLong();
        l.description = q.value(3).toString();
        l.quantity = Quantity::fromRaw(q.value(4).toLongLong());
        l.unit = q.value(5).toString();
        l.unitPrice = UnitPrice::fromRaw(q.value(6).toLongLong());
        l.discount = BasisPoints::fromRaw(q.value(7).toInt());
        l.amount = Money::fromMinor(q.value(8).toLongLong());
        l.requestedDate = sqlv::toDate(q.value(9));
        l.productSku = q.value(10).toString();
        l.productName = q.value(11).toString();
        lines << l;
    }
    return lines;
}

Result<std::optional<qint64>> OrderRepository::idByNumber(const QString& orderNo)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM orders WHERE order_no = ?"));
    q.addBindValue(orderNo.trimmed());
    if (auto ok = sqlv::exec(q, tr("find the order")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::optional<QString>> OrderRepository::numberIgnoringCase(const QString& orderNo)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT order_no FROM orders WHERE order_no = ? COLLATE NOCASE LIMIT 1"));
    q.addBindValue(orderNo.trimmed());
    if (auto ok = sqlv::exec(q, tr("find the order")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<std::optional<qint64>> OrderRepository::salespersonOf(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT salesperson_id FROM orders WHERE id = ?"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("find the order")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status OrderRepository::insert(Order& order)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO orders (order_no, customer_id, salesperson_id, customer_name, salesperson_name, status, "
        "held_from_status, settlement_status, order_date, requested_date, promised_date, revision, "
        "last_sent_revision, currency, tax_rate_bp, notes, delivery_address, subtotal, tax, total, "
        "line_count, "
        "version, created_at, "
        "updated_at) VALUES (:order_no, :customer_id, :salesperson_id, "
        "(SELECT name FROM customers WHERE id = :customer_id), "
        "(SELECT display_name FROM users WHERE id = :salesperson_id), :status, :held_from, :settlement, "
        ":order_date, :requested_date, :promised_date, :revision, :last_sent, :currency, :tax_rate, :notes, "
        ":delivery_address, :subtotal, :tax, :total, :line_count, 1, :now, :now) RETURNING id"));
    bindHeader(q, order);
    q.bindValue(QStringLiteral(":settlement"), SettlementStatusInfo::key(order.settlement));
    if (auto ok = sqlv::exec(q, tr("save the order")); !ok)
        return ok;
    q.next();
    order.id = q.value(0).toLongLong();
    order.version = 1;
    if (auto ok = insertLines(order); !ok)
        return ok;
    return reindex(order.id);
}

Status OrderRepository::insertLines(const Order& order)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO order_lines (order_id, line_no, product_id, description, quantity, unit, unit_price, "
        "discount_bp, amount, requested_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine& l = order.lines[i];
        q.addBindValue(order.id);
        q.addBindValue(i + 1);
        q.addBindValue(l.productId);
        q.addBindValue(sqlv::text(l.description));
        q.addBindValue(l.quantity.raw());
        q.addBindValue(sqlv::text(l.unit));
        q.addBindValue(l.unitPrice.raw());
        q.addBindValue(l.discount.raw());
        q.addBindValue(l.amount.minor());
        q.addBindValue(sqlv::date(l.requestedDate));
        if (auto ok = sqlv::exec(q, tr("save the order lines")); !ok)
            return ok;
    }
    return {};
}

Status OrderRepository::conflictFor(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT o.updated_at, coalesce((SELECT u.display_name FROM order_events e "
        "JOIN users u ON u.id = e.user_id WHERE e.order_id = o.id ORDER BY e.id DESC LIMIT 1), '') "
        "FROM orders o WHERE o.id = ?"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order")); !ok)
        return ok;
    if (!q.next())
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    const QDateTime at = sqlv::toTimestamp(q.value(0)).toLocalTime();
    return std::unexpected(
        Error::conflict(tr("This order was changed by %1 at %2 — reload it to see the changes.")
                            .arg(q.value(1).toString(), at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
}

Status OrderRepository::update(Order& order)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE orders SET customer_id = :customer_id, salesperson_id = :salesperson_id, "
        "customer_name = (SELECT name FROM customers WHERE id = :customer_id), "
        "salesperson_name = (SELECT display_name FROM users WHERE id = :salesperson_id), status = :status, "
        // settlement_status is left alone: it follows the invoices and payments, and an order form
        // loaded before a payment must not put back what it read.
        "held_from_status = :held_from, order_date = :order_date, "
        "requested_date = :requested_date, promised_date = :promised_date, revision = :revision, "
        "last_sent_revision = :last_sent, currency = :currency, tax_rate_bp = :tax_rate, notes = :notes, "
        "delivery_address = :delivery_address, subtotal = :subtotal, tax = :tax, total = :total, line_count "
        "= :line_count, version = version + 1, "
        "updated_at = :now WHERE id = :id AND version = :version"));
    bindHeader(q, order);
    q.bindValue(QStringLiteral(":id"), order.id);
    q.bindValue(QStringLiteral(":version"), order.version);
    if (auto ok = sqlv::exec(q, tr("save the order")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return conflictFor(order.id);
    ++order.version;
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"));
    del.addBindValue(order.id);
    if (auto ok = sqlv::exec(del, tr("save the order lines")); !ok)
        return ok;
    if (auto ok = insertLines(order); !ok)
        return ok;
    return reindex(order.id);
}

Status OrderRepository::updateStatus(Order& order)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE orders SET status = ?, held_from_status = ?, version = version + 1, "
                             "updated_at = ? WHERE id = ? AND version = ?"));
    q.addBindValue(OrderStatusInfo::key(order.status));
    q.addBindValue(nullableStatus(order.heldFrom));
    q.addBindValue(sqlv::nowUtc());
    q.addBindValue(order.id);
    q.addBindValue(order.version);
    if (auto ok = sqlv::exec(q, tr("change the order status")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return conflictFor(order.id);
    ++order.version;
    return {};
}

Status OrderRepository::updatePromisedDate(Order& order)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE orders SET promised_date = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    q.addBindValue(sqlv::date(order.promisedDate));
    q.addBindValue(sqlv::nowUtc());
    q.addBindValue(order.id);
    q.addBindValue(order.version);
    if (auto ok = sqlv::exec(q, tr("save the promised date")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return conflictFor(order.id);
    ++order.version;
    return {};
}

Status OrderRepository::setLastSentRevision(qint64 orderId, int revision)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE orders SET last_sent_revision = ? WHERE id = ?"));
    q.addBindValue(revision);
    q.addBindValue(orderId);
    return sqlv::exec(q, tr("save the order"));
}

Status OrderRepository::addEvent(const OrderEvent& event)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO order_events (order_id, at, user_id, kind, revision, detail, data) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.orderId);
    q.addBindValue(event.at.isValid() ? sqlv::timestamp(event.at) : QVariant(sqlv::nowUtc()));
    q.addBindValue(event.userId > 0 ? QVariant(event.userId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::text(event.kind));
    q.addBindValue(event.revision);
    q.addBindValue(sqlv::text(event.detail));
    q.addBindValue(event.data.isEmpty()
                       ? QString(QLatin1String(""))
                       : QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
    return sqlv::exec(q, tr("record the order's timeline"));
}

Result<QList<OrderEvent>> OrderRepository::events(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT e.id, e.at, e.user_id, coalesce(u.display_name, ''), e.kind, e.revision, "
                       "e.detail, e.data FROM order_events e LEFT JOIN users u ON u.id = e.user_id "
                       "WHERE e.order_id = ? ORDER BY e.id"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order's timeline")); !ok)
        return std::unexpected(ok.error());
    QList<OrderEvent> out;
    while (q.next()) {
        OrderEvent e;
        e.id = q.value(0).toLongLong();
        e.orderId = orderId;
        e.at = sqlv::toTimestamp(q.value(1));
        e.userId = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.kind = q.value(4).toString();
        e.revision = q.value(5).toInt();
        e.detail = q.value(6).toString();
        if (const QString data = q.value(7).toString(); !data.isEmpty())
            e.data = QJsonDocument::fromJson(data.toUtf8()).object();
        out << e;
    }
    return out;
}

Status OrderRepository::saveRevision(qint64 orderId, int revision, const QString& snapshotJson)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO order_revisions (order_id, revision, snapshot, created_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (order_id, revision) DO UPDATE SET "
                             "snapshot = excluded.snapshot, created_at = excluded.created_at"));
    q.addBindValue(orderId);
    q.addBindValue(revision);
    q.addBindValue(sqlv::text(snapshotJson));
    q.addBindValue(sqlv::nowUtc());
    return sqlv::exec(q, tr("keep the earlier revision"));
}

Result<QList<OrderRevisionSnapshot>> OrderRepository::revisions(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT revision, snapshot, created_at FROM order_revisions WHERE order_id = ? ORDER BY revision"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order's revisions")); !ok)
        return std::unexpected(ok.error());
    QList<OrderRevisionSnapshot> out;
    while (q.next())
        out << OrderRevisionSnapshot{q.value(0).toInt(), q.value(1).toString(),
                                     sqlv::toTimestamp(q.value(2))};
    return out;
}

Status OrderRepository::insertConfirmation(const Confirmation& c)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO confirmations (order_id, revision, contact_name, channel, confirmed_at, remarks, "
        "recorded_by, "
        "recorded_at, attachment_path, attachment_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.orderId);
    q.addBindValue(c.revision);
    q.addBindValue(sqlv::text(c.contactName));
    q.addBindValue(ConfirmationChannelInfo::key(c.channel));
    q.addBindValue(sqlv::timestamp(c.confirmedAt));
    q.addBindValue(sqlv::text(c.remarks));
    q.addBindValue(c.recordedBy > 0 ? QVariant(c.recordedBy) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::nowUtc());
    q.addBindValue(sqlv::text(c.attachmentPath));
    q.addBindValue(sqlv::text(c.attachmentSha256));
    return sqlv::exec(q, tr("record the confirmation"));
}

Result<bool> OrderRepository::hasConfirmation(qint64 orderId, int revision)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM confirmations WHERE order_id = ? AND revision = ? LIMIT 1"));
    q.addBindValue(orderId);
    q.addBindValue(revision);
    if (auto ok = sqlv::exec(q, tr("read the order's confirmations")); !ok)
        return std::unexpected(ok.error());
    return q.next();
}

Result<QList<Confirmation>> OrderRepository::confirmations(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.revision, c.contact_name, c.channel, c.confirmed_at, c.remarks, c.recorded_by, "
        "coalesce(u.display_name, ''), c.recorded_at, c.attachment_path, c.attachment_sha256 "
        "FROM confirmations c LEFT JOIN users u ON u.id = c.recorded_by WHERE c.order_id = ? "
        "ORDER BY c.revision, c.id"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the confirmations")); !ok)
        return std::unexpected(ok.error());
    QList<Confirmation> out;
    while (q.next()) {
        Confirmation c;
        c.id = q.value(0).toLongLong();
        c.orderId = orderId;
        c.revision = q.value(1).toInt();
        c.contactName = q.value(2).toString();
        c.channel =
            ConfirmationChannelInfo::fromKey(q.value(3).toString()).value_or(ConfirmationChannel::Phone);
        c.confirmedAt = sqlv::toTimestamp(q.value(4));
        c.remarks = q.value(5).toString();
        c.recordedBy = q.value(6).toLongLong();
        c.recordedByName = q.value(7).toString();
        c.recordedAt = sqlv::toTimestamp(q.value(8));
        c.attachmentPath = q.value(9).toString();
        c.attachmentSha256 = q.value(10).toString();
        out << c;
    }
    return out;
}

Status OrderRepository::reindex(qint64 orderId)
{
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM order_search WHERE rowid = ?"));
    del.addBindValue(orderId);
    if (auto ok = sqlv::exec(del, tr("update the search index")); !ok)
        return ok;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO order_search (rowid, text) SELECT o.id, o.order_no || ' ' || "
                             "c.code || ' ' || c.name || ' ' || "
                             "coalesce((SELECT group_concat(p.sku || ' ' || p.name || ' ' || l.description, "
                             "' ') FROM order_lines l "
                             "JOIN products p ON p.id = l.product_id WHERE l.order_id = o.id), '') "
                             "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"));
    q.addBindValue(orderId);
    return sqlv::exec(q, tr("update the search index"));
}

} // namespace od
