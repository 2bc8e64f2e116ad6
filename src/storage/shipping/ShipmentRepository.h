#pragma once

#include "Database.h"
#include "Shipment.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace od {

class ShipmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentRepository)

public:
    explicit ShipmentRepository(Database& db) : m_db(db) {}

    // Stores the shipment with its lines; it gets its id.
    Status insert(Shipment& shipment);
    Result<std::optional<Shipment>> byNumber(const QString& shipmentNo);
    Result<QList<Shipment>> forOrder(qint64 orderId);
    // The order's lines with what has left of each.
    Result<QList<ShippableLine>> shippableLines(qint64 orderId);
    // What has left of each line, by line number (empty: nothing shipped yet).
    Result<QMap<int, Quantity>> shippedByLine(qint64 orderId);
    Result<int> undelivered(qint64 orderId);
    Status markDelivered(qint64 shipmentId, const QDate& on, const QString& receivedBy,
                         const QString& receipt);
    // Shipments not yet signed for, the oldest first.
    Result<QList<Shipment>> inTransit(int limit);
    // The latest shipments, the newest first (`openOnly`: those not yet delivered).
    Result<QList<Shipment>> recent(bool openOnly, int limit);
    // Orders ready to ship, the earliest promised first.
    Result<QList<ReadyOrder>> readyToShip(int limit);

private:
    Result<QList<ShipmentLine>> linesOf(qint64 shipmentId);
    Result<QList<Shipment>> withLines(QSqlQuery& q, const QString& what);

    Database& m_db;
};

} // namespace od
