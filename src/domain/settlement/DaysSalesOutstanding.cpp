#include "DaysSalesOutstanding.h"

#include "FixedPoint.h"

namespace od {

std::optional<qint64> DaysSalesOutstanding::tenthsOfDays(Money receivables, Money creditSales, int periodDays)
{
    if (creditSales.minor() <= 0 || periodDays <= 0)
        return std::nullopt;
    const Int128 numerator = static_cast<Int128>(receivables.minor()) * periodDays * 10;
    return static_cast<qint64>(fixed::roundDiv(numerator, creditSales.minor()));
}

QString DaysSalesOutstanding::format(qint64 tenths)
{
    return fixed::formatDecimal(tenths, 1, 1);
}

} // namespace od
