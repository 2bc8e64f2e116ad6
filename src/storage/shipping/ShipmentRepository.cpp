#include "ShipmentRepository.h"

#include "SqlValues.h"

#include <QHash>

namespace od {

namespace {

const char* const kColumns =
    "s.id, s.shipment_no, s.order_id, o.order_no, s.ship_date, s.carrier, s.tracking_no, "
    "s.note, s.delivered_on, s.received_by, s.created_by, s.created_at, s.receipt";

Shipment fromRow(const QSqlQuery& q)
{
    Shipment s;
    s.id = q.value(0).toLongLong();
    s.shipmentNo = q.value(1).toString();
    s.orderId = q.value(2).toLongLong();
    s.orderNo = q.value(3).toString();
    s.shipDate = sqlv::toDate(q.value(4));
    s.carrier = q.value(5).toString();
    s.trackingNo = q.value(6).toString();
    s.note = q.value(7).toString();
    s.deliveredOn = sqlv::toDate(q.value(8));
    s.receivedBy = q.value(9).toString();
    s.createdBy = q.value(10).toLongLong();
    s.createdAt = sqlv::toTimestamp(q.value(11));
    s.receipt = q.value(12).toString();
    return s;
}

} // namespace

Status ShipmentRepository::insert(Shipment& s)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, tracking_no, note, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.shipmentNo);
    q.addBindValue(s.orderId);
    q.addBindValue(sqlv::date(s.shipDate));
    q.addBindValue(sqlv::text(s.carrier));
    q.addBindValue(sqlv::text(s.trackingNo));
    q.addBindValue(sqlv::text(s.note));
    q.addBindValue(s.createdBy > 0 ? QVariant(s.createdBy) : QVariant());
    q.addBindValue(sqlv::timestamp(s.createdAt));
    if (auto ok = sqlv::exec(q, tr("record the shipment")); !ok)
        return ok;
    s.id = q.lastInsertId().toLongLong();
    QSqlQuery line(m_db.sql());
    line.prepare(
        QStringLiteral("INSERT INTO shipment_lines (shipment_id, order_line_no, quantity) VALUES (?, ?, ?)"));
    for (const ShipmentLine& l : s.lines) {
        line.addBindValue(s.id);
        line.addBindValue(l.orderLineNo);
        line.addBindValue(l.quantity.raw());
        if (auto ok = sqlv::exec(line, tr("record the shipment's lines")); !ok)
            return ok;
    }
    return {};
}

Result<QList<ShipmentLine>> ShipmentRepository::linesOf(qint64 shipmentId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT order_line_no, quantity FROM shipment_lines WHERE shipment_id = ? ORDER BY order_line_no"));
    q.addBindValue(shipmentId);
    if (auto ok = sqlv::exec(q, tr("read the shipment's lines")); !ok)
        return std::unexpected(ok.error());
    QList<ShipmentLine> out;
    while (q.next())
        out << ShipmentLine{q.value(0).toInt(), Quantity::fromRaw(q.value(1).toLongLong())};
    return out;
}

Result<std::optional<Shipment>> ShipmentRepository::byNumber(const QString& shipmentNo)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM shipments s JOIN orders o ON o.id = s.order_id "
                             "WHERE s.shipment_no = ? COLLATE NOCASE")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(shipmentNo);
    if (auto ok = sqlv::exec(q, tr("read the shipment")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<Shipment>();
    Shipment s = fromRow(q);
    auto lines = linesOf(s.id);
    if (!lines)
        return std::unexpected(lines.error());
    s.lines = *lines;
    return std::optional<Shipment>(s);
}

Result<QList<Shipment>> ShipmentRepository::forOrder(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM shipments s JOIN orders o ON o.id = s.order_id "
                             "WHERE s.order_id = ? ORDER BY s.ship_date, s.id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(orderId);
    return withLines(q, tr("read the order's shipments"));
}

Result<QList<Shipment>> ShipmentRepository::inTransit(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM shipments s INDEXED BY shipments_in_transit JOIN orders o ON "
                       "o.id = s.order_id WHERE s.delivered_on IS NULL ORDER BY s.ship_date, s.id LIMIT ?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    return withLines(q, tr("list the shipments in transit"));
}

Result<QList<Shipment>> ShipmentRepository::recent(bool openOnly, int limit)
{
    if (openOnly)
        return inTransit(limit);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM shipments s JOIN orders o ON o.id = s.order_id "
                             "ORDER BY s.id DESC LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    return withLines(q, tr("list the shipments"));
}

Result<QList<Shipment>> ShipmentRepository::withLines(QSqlQuery& q, const QString& what)
{
    if (auto ok = sqlv::exec(q, what); !ok)
        return std::unexpected(ok.error());
    QList<Shipment> out;
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        out << fromRow(q);
        indexOf.insert(out.constLast().id, out.size() - 1);
    }
    // The lines of a page of shipments in a few statements rather than one per shipment.
    constexpr qsizetype Chunk = 500;
    for (qsizetype first = 0; first < out.size(); first += Chunk) {
        const qsizetype n = qMin(Chunk, out.size() - first);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery lines(m_db.sql());
        lines.setForwardOnly(true);
        lines.prepare(QStringLiteral("SELECT shipment_id, order_line_no, quantity FROM shipment_lines WHERE "
                                     "shipment_id IN (%1) ORDER BY shipment_id, order_line_no")
                          .arg(marks.join(u',')));
        for (qsizetype i = first; i < first + n; ++i)
            lines.addBindValue(out.at(i).id);
        if (auto ok = sqlv::exec(lines, tr("read the shipments' lines")); !ok)
            return std::unexpected(ok.error());
        while (lines.next())
            out[indexOf.value(lines.value(0).toLongLong())].lines
                << ShipmentLine{lines.value(1).toInt(), Quantity::fromRaw(lines.value(2).toLongLong())};
    }
    return out;
}

Result<QList<ShippableLine>> ShipmentRepository::shippableLines(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT ol.line_no, p.name || CASE WHEN ol.description <> '' THEN ' ' || ol.description ELSE '' END, "
        "ol.unit, ol.quantity, coalesce((SELECT sum(sl.quantity) FROM shipment_lines sl JOIN shipments s "
        "ON s.id = sl.shipment_id WHERE s.order_id = ol.order_id AND sl.order_line_no = ol.line_no), 0) "
        "FROM order_lines ol JOIN products p ON p.id = ol.product_id WHERE ol.order_id = ? ORDER BY "
        "ol.line_no"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read what is left to ship")); !ok)
        return std::unexpected(ok.error());
    QList<ShippableLine> out;
    while (q.next())
        out << ShippableLine{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                             Quantity::fromRaw(q.value(3).toLongLong()),
                             Quantity::fromRaw(q.value(4).toLongLong())};
    return out;
}

Result<QMap<int, Quantity>> ShipmentRepository::shippedByLine(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT sl.order_line_no, sum(sl.quantity) FROM shipment_lines sl JOIN shipments s "
                       "ON s.id = sl.shipment_id WHERE s.order_id = ? GROUP BY sl.order_line_no"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read what has been shipped")); !ok)
        return std::unexpected(ok.error());
    QMap<int, Quantity> out;
    while (q.next())
        out.insert(q.value(0).toInt(), Quantity::fromRaw(q.value(1).toLongLong()));
    return out;
}

Result<int> ShipmentRepository::undelivered(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM shipments WHERE order_id = ? AND delivered_on IS NULL"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order's shipments")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toInt();
}

Status ShipmentRepository::markDelivered(qint64 shipmentId, const QDate& on, const QString& receivedBy,
                                         const QString& receipt)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE shipments SET delivered_on = ?, received_by = ?, receipt = ? WHERE id = ? "
                       "AND delivered_on IS NULL"));
    q.addBindValue(sqlv::date(on));
    q.addBindValue(sqlv::text(receivedBy));
    q.addBindValue(sqlv::text(receipt));
    q.addBindValue(shipmentId);
    if (auto ok = sqlv::exec(q, tr("record the delivery")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::conflict(tr("The shipment was delivered already.")));
    return {};
}

Result<QList<ReadyOrder>> ShipmentRepository::readyToShip(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.id, o.order_no, o.customer_name, o.promised_date, "
                             "(SELECT count(*) FROM shipments s WHERE s.order_id = o.id) "
                             "FROM orders o INDEXED BY orders_ready_to_ship WHERE o.status = 'ready_to_ship' "
                             "ORDER BY o.promised_date, o.id LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("list the orders ready to ship")); !ok)
        return std::unexpected(ok.error());
    QList<ReadyOrder> out;
    while (q.next())
        out << ReadyOrder{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          sqlv::toDate(q.value(3)), q.value(4).toInt()};
    return out;
}

} // namespace od
