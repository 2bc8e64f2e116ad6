#include "Money.h"

#include "FixedPoint.h"

#include <stdexcept>

namespace od {

std::optional<Money> Money::parse(QStringView text)
{
    const auto value = fixed::parseDecimal(text, Scale);
    if (!value || *value > MaxAbsMinor || *value < -MaxAbsMinor)
        return std::nullopt;
    return Money(*value);
}

QString Money::toDecimalString() const
{
    return fixed::formatDecimal(m_minor, Scale, Scale);
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    const qint64 sum = m_minor + other.m_minor; // both within 9e15: cannot overflow int64
    if (sum > MaxAbsMinor || sum < -MaxAbsMinor)
        return std::nullopt;
    return Money(sum);
}

std::optional<Money> Money::checkedSub(Money other) const
{
    return checkedAdd(-other);
}

Money Money::operator+(Money other) const
{
    // Totals are sums of amounts that were each range-checked; a sum past the bound is a
    // programming error, not user input, so it throws instead of wrapping.
    const auto sum = checkedAdd(other);
    if (!sum)
        throw std::overflow_error("Money overflow");
    return *sum;
}

Money Money::operator-(Money other) const
{
    return *this + (-other);
}

Money& Money::operator+=(Money other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(Money other)
{
    *this = *this - other;
    return *this;
}

} // namespace od
