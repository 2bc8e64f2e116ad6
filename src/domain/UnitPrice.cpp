#include "UnitPrice.h"

#include "FixedPoint.h"

namespace od {

std::optional<UnitPrice> UnitPrice::parse(QStringView text)
{
    const auto value = fixed::parseDecimal(text, Scale);
    if (!value || *value > MaxRaw || *value < -MaxRaw)
        return std::nullopt;
    return UnitPrice(*value);
}

QString UnitPrice::toDecimalString() const
{
    return fixed::formatDecimal(m_raw, Scale, 2);
}

fixed::DecimalProblem UnitPrice::check(QStringView text)
{
    return fixed::checkDecimal(text, Scale, MaxRaw);
}

} // namespace od
