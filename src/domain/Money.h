#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace od {

// An amount in the currency's minor unit (fen / cents). There is deliberately no constructor
// from a floating-point value: money enters as text or as an integer and stays an integer.
class Money
{
public:
    static constexpr int Scale = 2;
    // Larger than any real order book, small enough that sums of many amounts cannot overflow.
    static constexpr qint64 MaxAbsMinor = 900'000'000'000'000'000LL / 100; // 9e15 fen = 90 trillion yuan

    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }

    // "1234.56", "-0.5", "1,234.5": nullopt when malformed, more than 2 decimals or out of range.
    static std::optional<Money> parse(QStringView text);

    constexpr qint64 minor() const { return m_minor; }
    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }

    // Exact decimal with two places: "1234.50".
    QString toDecimalString() const;

    // Checked arithmetic: nullopt past MaxAbsMinor.
    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSub(Money other) const;

    constexpr Money operator-() const { return Money(-m_minor); }
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money& operator+=(Money other);
    Money& operator-=(Money other);

    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 minor) : m_minor(minor) {}
    qint64 m_minor = 0;
};

} // namespace od
