#pragma once

#include "Hours.h"
#include "Quantity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace od {

// One line of a possible order for the earliest possible delivery (最早可交期).
struct PromiseLine
{
    qint64 productId = 0;
    Quantity quantity;
    QDate requestedDate; // null = the order's
};

// A work centre's day: hours available against hours planned by committed plans.
struct CentreDayLoad
{
    QString workCentre; // code
    QString workCentreName;
    QDate date;
    Hours available;
    Hours planned;

    bool isOverloaded() const { return planned > available; }
};

// An open order whose promised date re-planning can no longer reach.
struct LateOrder
{
    qint64 orderId = 0;
    QString orderNo;
    QDate promisedDate;
    QDate forecast;   // null when it cannot be planned at all
    int daysLate = 0; // calendar days past the promise
    QString problem;  // why it cannot be planned, when it cannot
};

// What re-planning every open order found.
struct ReplanReport
{
    int ordersPlanned = 0; // orders re-planned (those with work left)
    bool cancelled = false;
    QList<LateOrder> late; // by days late, most first
};

} // namespace od
