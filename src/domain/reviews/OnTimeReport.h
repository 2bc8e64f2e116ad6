#pragma once

#include "OnTimeGrouping.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// One group of the report: the orders delivered in the period, how many on or before their
// promised date (an order without a promised date counts as on time), how many late, and the
// days they were late in total.
struct OnTimeRow
{
    QString key;   // the customer's code, SKU, user name, work centre code or cause key ("" = none)
    qint64 id = 0; // the customer's, product's, user's or work centre's id; 0 for a cause
    QString name;  // as people read it
    qint64 delivered = 0;
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 daysLate = 0; // summed over the late orders

    // The share on time, rounded half up to a basis point; nullopt with no order.
    std::optional<qint64> onTimeBasisPoints() const
    {
        return delivered > 0 ? std::optional<qint64>((onTime * 20'000 + delivered) / (2 * delivered))
                             : std::nullopt;
    }
    // The average days late of the late orders in tenths of a day, rounded half up (nullopt: none late).
    std::optional<qint64> averageDaysLateTenths() const
    {
        return late > 0 ? std::optional<qint64>((daysLate * 20 + late) / (2 * late)) : std::nullopt;
    }
};

struct OnTimeReport
{
    QDate from;
    QDate to;
    OnTimeGrouping grouping = OnTimeGrouping::Customer;
    QList<OnTimeRow> rows; // most delivered first
    OnTimeRow total;       // every order delivered in the period, each once
};

} // namespace od
