#include "Hours.h"

#include "FixedPoint.h"

namespace od {

namespace {

std::optional<Hours> checked(Int128 raw)
{
    if (raw > Hours::MaxRaw || raw < -Hours::MaxRaw)
        return std::nullopt;
    return Hours::fromRaw(static_cast<qint64>(raw));
}

} // namespace

std::optional<Hours> Hours::parse(QStringView text)
{
    const auto value = fixed::parseDecimal(text, Scale);
    if (!value || *value < 0 || *value > MaxRaw)
        return std::nullopt;
    return Hours(*value);
}

QString Hours::toDecimalString() const
{
    return fixed::formatDecimal(m_raw, Scale, 0);
}

std::optional<Hours> Hours::checkedAdd(Hours other) const
{
    return checked(Int128(m_raw) + other.m_raw);
}

std::optional<Hours> Hours::checkedSub(Hours other) const
{
    return checked(Int128(m_raw) - other.m_raw);
}

std::optional<Hours> Hours::checkedMul(qint64 factor) const
{
    return checked(Int128(m_raw) * factor);
}

std::optional<Hours> Hours::timesQuantityRoundedUp(Quantity quantity) const
{
    const Int128 product = Int128(m_raw) * quantity.raw();
    constexpr Int128 den = fixed::pow10(Quantity::Scale);
    // Rounding up means away from zero for work (both factors are normally positive); a
    // negative product only arises from bad input and is rounded towards zero, which still
    // fails the caller's positivity checks.
    Int128 q = product / den;
    if (product % den > 0)
        ++q;
    return checked(q);
}

std::optional<Hours> Hours::timesBasisPointsRoundedDown(int basisPoints) const
{
    const Int128 product = Int128(m_raw) * basisPoints;
    Int128 q = product / 10'000;
    if (product % 10'000 < 0)
        --q; // floor, also below zero
    return checked(q);
}

} // namespace od
