#pragma once

#include "FixedPoint.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace od {

// A unit price in 1/10,000 of the currency unit (four decimals), e.g. 12.3456 yuan = 123456.
class UnitPrice
{
public:
    static constexpr int Scale = 4;
    static constexpr qint64 MaxRaw = 1'000'000'000'000'000LL; // 100 billion yuan per unit

    constexpr UnitPrice() = default;
    static constexpr UnitPrice fromRaw(qint64 raw) { return UnitPrice(raw); }
    static std::optional<UnitPrice> parse(QStringView text);
    // Why parse refuses text: malformed, too many decimals or too large.
    static fixed::DecimalProblem check(QStringView text);

    constexpr qint64 raw() const { return m_raw; }
    constexpr bool isNegative() const { return m_raw < 0; }
    // At least two decimals, up to four: "12.50", "0.0125".
    QString toDecimalString() const;

    constexpr auto operator<=>(const UnitPrice&) const = default;

private:
    constexpr explicit UnitPrice(qint64 raw) : m_raw(raw) {}
    qint64 m_raw = 0;
};

} // namespace od
