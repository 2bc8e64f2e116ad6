#pragma once

#include "Money.h"

#include <QString>

#include <optional>

namespace od {

// Days sales outstanding, the usual measure of how fast customers pay:
//
//     DSO = receivables on the day ÷ credit sales of the period before it × days in the period
//
// where receivables are what is open on invoices on that day (advances not netted off) and
// credit sales are the invoices dated in the period less the credit notes dated in it. The
// period is 90 days unless asked otherwise. The result is in tenths of a day, rounded half away
// from zero, computed in integers; there is none when the period had no sales.
class DaysSalesOutstanding
{
public:
    static constexpr int DefaultPeriodDays = 90;

    static std::optional<qint64> tenthsOfDays(Money receivables, Money creditSales,
                                              int periodDays = DefaultPeriodDays);
    // "47.3"
    static QString format(qint64 tenths);
};

} // namespace od
