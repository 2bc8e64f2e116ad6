#pragma once

#include "OrderStatus.h"

#include <QDate>
#include <QString>

#include <optional>

namespace od {

// What the Orders list shows: filters and one sort column, all applied in SQL.
struct OrderListQuery
{
    enum class Column { OrderNo, Customer, Salesperson, Status, OrderDate, RequestedDate, PromisedDate, Total, Revision };

    std::optional<OrderStatus> status;
    qint64 customerId = 0;    // 0 = any
    qint64 salespersonId = 0; // 0 = any
    // Set by the services for users who may only see their own orders; 0 = no restriction.
    qint64 visibleToSalespersonId = 0;
    QDate from;               // order date range, inclusive; null = open
    QDate to;
    QString search;           // order number, customer, product or line text
    Column sortColumn = Column::OrderDate;
    bool descending = true;

    bool operator==(const OrderListQuery&) const = default;
};

} // namespace od
