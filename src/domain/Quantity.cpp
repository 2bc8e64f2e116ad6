#include "Quantity.h"

#include "FixedPoint.h"

namespace od {

std::optional<Quantity> Quantity::parse(QStringView text)
{
    const auto value = fixed::parseDecimal(text, Scale);
    if (!value || *value > MaxRaw || *value < -MaxRaw)
        return std::nullopt;
    return Quantity(*value);
}

QString Quantity::toDecimalString() const
{
    return fixed::formatDecimal(m_raw, Scale, 0);
}

fixed::DecimalProblem Quantity::check(QStringView text)
{
    return fixed::checkDecimal(text, Scale, MaxRaw);
}

} // namespace od
