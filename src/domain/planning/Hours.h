#pragma once

#include "Quantity.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace od {

// A number of hours in thousandths of an hour (3.6 seconds): 12.5 h = 12500. Work content,
// capacity and load are all Hours, so that planning adds and compares integers and a plan
// computed twice is the same to the last digit. There is no constructor from a floating-point
// value; hours enter as text or as an integer.
class Hours
{
public:
    static constexpr int Scale = 3;
    static constexpr qint64 PerHour = 1000;
    // A billion hours: more than any factory's capacity for a century, small enough that sums of
    // many of them cannot overflow an int64.
    static constexpr qint64 MaxRaw = 1'000'000'000'000LL;

    constexpr Hours() = default;
    static constexpr Hours fromRaw(qint64 raw) { return Hours(raw); }
    static constexpr Hours fromWhole(qint64 hours) { return Hours(hours * PerHour); }
    // "12.5", "0.125", "8": nullopt when malformed, more than 3 decimals, negative or past MaxRaw.
    static std::optional<Hours> parse(QStringView text);

    constexpr qint64 raw() const { return m_raw; }
    constexpr bool isZero() const { return m_raw == 0; }
    constexpr bool isPositive() const { return m_raw > 0; }
    // No needless decimals: "12.5", "8", "0.125".
    QString toDecimalString() const;

    // Checked arithmetic: nullopt past ±MaxRaw.
    std::optional<Hours> checkedAdd(Hours other) const;
    std::optional<Hours> checkedSub(Hours other) const;
    std::optional<Hours> checkedMul(qint64 factor) const;
    // Hours per unit × a quantity (thousandths of a unit), rounded UP to the thousandth of an hour:
    // a step is never planned with less work than it needs.
    std::optional<Hours> timesQuantityRoundedUp(Quantity quantity) const;
    // Hours × basis points / 10,000, rounded DOWN to the thousandth of an hour: capacity is never
    // counted higher than it is.
    std::optional<Hours> timesBasisPointsRoundedDown(int basisPoints) const;

    constexpr Hours operator-() const { return Hours(-m_raw); }
    constexpr auto operator<=>(const Hours&) const = default;

private:
    constexpr explicit Hours(qint64 raw) : m_raw(raw) {}
    qint64 m_raw = 0;
};

} // namespace od
