#pragma once

#include "FixedPoint.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace od {

// A quantity in thousandths of the unit: 2.5 m = 2500.
class Quantity
{
public:
    static constexpr int Scale = 3;
    static constexpr qint64 MaxRaw = 1'000'000'000'000LL; // a billion units

    constexpr Quantity() = default;
    static constexpr Quantity fromRaw(qint64 raw) { return Quantity(raw); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * 1000); }
    static std::optional<Quantity> parse(QStringView text);
    // Why parse refuses text: malformed, too many decimals or too large.
    static fixed::DecimalProblem check(QStringView text);

    constexpr qint64 raw() const { return m_raw; }
    constexpr bool isPositive() const { return m_raw > 0; }
    // No needless decimals: "3", "2.5", "0.125".
    QString toDecimalString() const;

    constexpr auto operator<=>(const Quantity&) const = default;

private:
    constexpr explicit Quantity(qint64 raw) : m_raw(raw) {}
    qint64 m_raw = 0;
};

} // namespace od
