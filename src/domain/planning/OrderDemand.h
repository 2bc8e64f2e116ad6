#pragma once

#include "LineDemand.h"

#include <QDate>
#include <QList>
#include <QString>

namespace od {

// What the scheduler needs of an order: its lines (planned in parallel) and the dates that
// decide slack and the order of re-planning.
struct OrderDemand
{
    qint64 orderId = 0;
    QString orderNo;
    QDate orderDate;
    QDate requestedDate; // null = no date asked for: no slack is computed
    QDate promisedDate;  // null = not promised yet
    QList<LineDemand> lines;
};

} // namespace od
