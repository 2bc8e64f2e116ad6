#pragma once

#include "DeliveryNoteSource.h"
#include "Order.h"
#include "Session.h"
#include "Shipment.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace od {

// The customer's signature on a shipment: when, who signed, and the receipt's reference.
struct DeliveryReceipt
{
    QDate deliveredOn;
    QString receivedBy;
    QString receipt; // a scan's file name, a proof-of-delivery number or a note; may be empty
};

// 发货 Shipping: an order ready to ship leaves in one or several shipments, each with the quantity
// of each line, the carrier, the tracking number (物流单号) and the ship date; the customer signs
// for each. The order becomes shipped by itself when its shipments carry every quantity, and
// delivered when every shipment is signed for. Every shipment and delivery is one OrderChange:
// its timeline event, its audit record and the status it moves, whole or not at all.
// An order still in production may send its finished lines ahead (分批发货): no more of a line
// than production has finished (FinishedLines); it stays in production until the rest is ready.
class ShipmentService
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentService)

public:
    static constexpr const char* NumberPrefix = "SHP";

    explicit ShipmentService(Session& session) : m_session(session) {}

    // Orders in production with a "ship the finished lines" task, then the orders ready to ship,
    // each the earliest promised first (logistics and management).
    Result<QList<ReadyOrder>> readyToShip(int limit = 200);
    // What may leave of each line now, by line number: what is left of it for an order ready to
    // ship, what production finished and has not left yet for an order in production.
    Result<QMap<int, Quantity>> leavingNow(qint64 orderId);
    // Shipments not yet signed for, the oldest first (logistics and management).
    Result<QList<Shipment>> inTransit(int limit = 200);
    // The latest shipments, newest first, or those in transit (everyone who sees every order).
    Result<QList<Shipment>> recent(bool openOnly, int limit = 200);
    // An order's shipments, for whoever may see the order.
    Result<QList<Shipment>> forOrder(qint64 orderId);
    // The order's lines with what has left of each, for whoever may see the order.
    Result<QList<ShippableLine>> shippableLines(qint64 orderId);
    Result<Shipment> shipment(const QString& shipmentNo);

    // Ships (part of) the order `shipment.orderId` as the session's user; it gets its number.
    // `expectedVersion` is the order's version the user saw (0: none).
    Result<Shipment> ship(Shipment shipment, int expectedVersion = 0);
    // Records the customer's signature on the shipment.
    Result<Shipment> deliver(const QString& shipmentNo, const DeliveryReceipt& receipt);

    // What the delivery note of the shipment prints (logistics and management).
    Result<DeliveryNoteSource> deliveryNote(const QString& shipmentNo);

private:
    Status requireVisible(qint64 salespersonId);
    Status checkDate(const QDate& date, const QString& field);
    // An order in production: every shipment line within what production finished of its line.
    Status checkFinished(const Order& order, const Shipment& shipment, const QList<ShippableLine>& lines);

    Session& m_session;
};

} // namespace od
