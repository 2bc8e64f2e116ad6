#include "BasisPoints.h"

#include "FixedPoint.h"

namespace od {

std::optional<BasisPoints> BasisPoints::parsePercent(QStringView text)
{
    const auto value = fixed::parseDecimal(text, 2);
    if (!value || *value > MaxPercentRaw || *value < -MaxPercentRaw)
        return std::nullopt;
    return BasisPoints(static_cast<int>(*value));
}

QString BasisPoints::toPercentString() const
{
    return fixed::formatDecimal(m_raw, 2, 0);
}

fixed::DecimalProblem BasisPoints::check(QStringView text)
{
    return fixed::checkDecimal(text, 2, MaxPercentRaw);
}

} // namespace od
