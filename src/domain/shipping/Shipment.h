#pragma once

#include "Error.h"
#include "Quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace od {

// One line of a shipment: how much of an order line (by its number) left with it.
struct ShipmentLine
{
    int orderLineNo = 0;
    Quantity quantity;
};

// 发货 A shipment of (part of) an order: what left, when, with which carrier and tracking number
// (物流单号), and, once the customer signed for it, when it was delivered and who received it.
struct Shipment
{
    qint64 id = 0;
    QString shipmentNo; // SHP-2026-000123
    qint64 orderId = 0;
    QString orderNo;
    QDate shipDate;
    QString carrier;
    QString trackingNo;
    QString note;
    QList<ShipmentLine> lines;
    QDate deliveredOn; // null until delivered
    QString receivedBy;
    QString
        receipt; // the signed receipt's reference (a scan's file name, a proof-of-delivery number) or a note
    qint64 createdBy = 0;
    QDateTime createdAt;

    bool isDelivered() const { return deliveredOn.isValid(); }
};

// An order line as shipping sees it: what was ordered and what has left already.
struct ShippableLine
{
    int lineNo = 0;
    QString description; // product name and spec
    QString unit;
    Quantity ordered;
    Quantity shipped;

    Quantity remaining() const { return Quantity::fromRaw(qMax<qint64>(0, ordered.raw() - shipped.raw())); }
};

// An order ready to leave, as the Shipments page lists it.
struct ReadyOrder
{
    qint64 orderId = 0;
    QString orderNo;
    QString customerName;
    QDate promisedDate;
    int shipments = 0; // already shipped in part
    // Still in production: only its finished lines may leave (a "ship the finished lines" task).
    bool finishedLinesOnly = false;
};

class ShipmentRules
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentRules)

public:
    static constexpr int MaxCarrierLength = 100;
    static constexpr int MaxTrackingLength = 64;
    static constexpr int MaxNoteLength = 1000;
    static constexpr int MaxReceivedByLength = 100;
    static constexpr int MaxReceiptLength = 500;

    // A carrier, a ship date, at least one line, every quantity more than zero and at most what is
    // left of its line; errors name their field ("carrier", "tracking_no", "ship_date", "lines").
    static Status check(const Shipment& shipment, const QList<ShippableLine>& lines);
    // Who signed and the receipt's reference: within their lengths, plain text; errors name their
    // field ("received_by", "receipt").
    static Status checkReceipt(const QString& receivedBy, const QString& receipt);
    // Every line of the order has left in full.
    static bool everyLineShipped(const QList<ShippableLine>& lines);
};

} // namespace od
