#pragma once

#include "BasisPoints.h"
#include "Money.h"
#include "OrderLine.h"
#include "OrderStatus.h"
#include "SettlementStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace od {

struct Order
{
    qint64 id = 0; // 0 until first saved
    QString orderNo;
    qint64 customerId = 0;
    qint64 salespersonId = 0;
    OrderStatus status = OrderStatus::Draft;
    std::optional<OrderStatus> heldFrom;
    SettlementStatus settlement = SettlementStatus::Unbilled;
    QDate orderDate;
    QDate requestedDate;
    QDate promisedDate;
    int revision = 1;
    int lastSentRevision = 0; // 0 = never sent to the customer
    QString currency = QStringLiteral("CNY");
    BasisPoints taxRate = BasisPoints::fromRaw(1300);
    QString notes;
    QString deliveryAddress; // "": the customer's address
    QList<OrderLine> lines;
    Money subtotal;
    Money tax;
    Money total;
    int version = 0; // optimistic-lock counter, bumped on every save
    QDateTime createdAt;
    QDateTime updatedAt;

    // Display-only, filled when loaded.
    QString customerName;
    QString customerCode;
    QString salespersonName;
};

} // namespace od
