#pragma once

#include "FixedPoint.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace od {

// A percentage in basis points (1/100 of a percent): 13% = 1300, 2.5% = 250.
class BasisPoints
{
public:
    static constexpr int Full = 10'000;
    static constexpr qint64 MaxPercentRaw = 1'000'000; // 10,000%: anything typed beyond is no rate

    constexpr BasisPoints() = default;
    static constexpr BasisPoints fromRaw(int raw) { return BasisPoints(raw); }
    // Parses a percentage as typed: "15", "2.5", "0.25" (at most two decimals).
    static std::optional<BasisPoints> parsePercent(QStringView text);
    // Why parsePercent refuses text: malformed, too many decimals or too large.
    static fixed::DecimalProblem check(QStringView text);

    constexpr int raw() const { return m_raw; }
    // "15", "2.5"
    QString toPercentString() const;

    constexpr auto operator<=>(const BasisPoints&) const = default;

private:
    constexpr explicit BasisPoints(int raw) : m_raw(raw) {}
    int m_raw = 0;
};

} // namespace od
