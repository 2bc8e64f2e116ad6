#pragma once

#include "OrderDemand.h"
#include "WorkCalendar.h"
#include "WorkCentre.h"

#include <QList>
#include <QTextStream>

namespace od::bench {

// Stores the plans of `orders` in a fresh database and times reading the committed load two
// ways (the kept per-centre-per-day sums and the sum over every plan step) and committing one
// more plan. Returns false (with the reason on `out`) when the database fails.
bool runStorageBench(QTextStream& out, const QList<OrderDemand>& orders, QList<WorkCentre> centres,
                     const WorkCalendar& calendar, const QDate& today, int runs);

} // namespace od::bench
