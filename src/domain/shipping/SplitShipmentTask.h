#pragma once

#include "OrderStatus.h"
#include "Shipment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace od {

// 分批发货 "Ship the finished lines of an order now": what the manager asks logistics for when an
// order forecast late has lines that are finished. Open until those lines have left.
struct SplitShipmentTask
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNo;                                     // filled when read
    QString customerName;                                // filled when read
    QDate promisedDate;                                  // filled when read
    OrderStatus orderStatus = OrderStatus::InProduction; // filled when read
    QDate forecast; // when the rest is forecast (null: it cannot be planned)
    QString suggestionKey;
    // Each finished line with the quantity that will have left of it once its finished part has.
    QList<ShipmentLine> lines;
    qint64 createdBy = 0;
    QDateTime createdAt;
};

} // namespace od
