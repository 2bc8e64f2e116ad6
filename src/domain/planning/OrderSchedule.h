#pragma once

#include "ScheduledStep.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// The hours a plan adds to one work centre on one day.
struct LoadEntry
{
    int centreIndex = -1;
    QString workCentre;
    QDate date;
    Hours hours;
};

// A proposed plan for one order: every step of every line in line order, then shipping, and the
// date the order can be delivered.
struct OrderSchedule
{
    qint64 orderId = 0;
    QString orderNo;
    QDate start;         // the day planning started from
    QDate completion;    // the earliest delivery: the last day of shipping
    QDate requestedDate; // as asked for (null = none)
    QList<ScheduledStep> steps;

    // Calendar days past the requested date (0 when on time; none without a requested date).
    std::optional<int> daysLate() const;
    // The load the plan adds, summed per work centre and day, by centre and date: what a commit
    // adds to the committed load.
    QList<LoadEntry> addedLoad() const;
    // The hours the plan adds in all.
    Hours totalHours() const;
};

} // namespace od
