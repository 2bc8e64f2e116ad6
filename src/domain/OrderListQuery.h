#pragma once

#include "Money.h"
#include "OrderStatus.h"
#include "RiskLevel.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// What the Orders list shows: filters and one sort column, all applied in SQL.
struct OrderListQuery
{
    enum class Column
    {
        OrderNo,
        Customer,
        Salesperson,
        Status,
        OrderDate,
        RequestedDate,
        PromisedDate,
        Total,
        Revision
    };

    std::optional<OrderStatus> status;
    // Any of these statuses (empty = any); the dashboard's lists behind a figure use it.
    QList<OrderStatus> statuses;
    qint64 customerId = 0;    // 0 = any
    qint64 salespersonId = 0; // 0 = any
    // Set by the core (OrderQueryService) for users who may only see their own orders; whatever a
    // front end puts here is replaced. 0 = no restriction; -1 = nobody is signed in (no
    // order at all).
    qint64 visibleToSalespersonId = 0;
    QDate from; // order date range, inclusive; null = open
    QDate to;
    QDate promisedBefore; // promised date before this day; null = any
    // First shipped in this range (both days inclusive; null = any), and after the promise in force then.
    QDate shippedFrom;
    QDate shippedTo;
    bool shippedLate = false;
    // Left this stage of the bottleneck analysis (a Stage key, e.g. "queue:3") in this range
    // (both days inclusive); empty = any.
    QString stageKey;
    QDate stageFrom;
    QDate stageTo;
    // Delivered or completed and delivered in this range (both days inclusive; null = any) as the
    // on-time report counts it: the day its last shipment was signed for, else the day it first shipped.
    QDate deliveredFrom;
    QDate deliveredTo;
    // Open orders at any of these early-warning levels (empty = any order).
    QList<RiskLevel> riskLevels;
    QString search; // order number, customer, product or line text
    Column sortColumn = Column::OrderDate;
    bool descending = true;

    bool operator==(const OrderListQuery&) const = default;
};

// One row of the Orders list.
struct OrderListRow
{
    qint64 id = 0;
    QString orderNo;
    QString customerName;
    QString salespersonName;
    OrderStatus status = OrderStatus::Draft;
    QDate orderDate;
    QDate requestedDate;
    QDate promisedDate;
    Money total;
    QString currency;
    int revision = 1;
    // The early warning, for open orders it has assessed: the level and its first reason.
    std::optional<RiskLevel> risk;
    QString riskReason;
    QString riskAction;
};

} // namespace od
