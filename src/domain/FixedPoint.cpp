#include "FixedPoint.h"

#include <QList>

#include <algorithm>
#include <limits>

namespace od::fixed {

bool hasValidGrouping(QStringView digits)
{
    // "1,234,567": a first group of one to three digits, then groups of exactly three.
    if (!digits.contains(u','))
        return true;
    const QList<QStringView> groups = digits.split(u',');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype n = groups[i].size();
        if (i == 0 ? (n < 1 || n > 3) : n != 3)
            return false;
    }
    return true;
}

std::optional<qint64> parseDecimal(QStringView text, int scale)
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (t.front() == u'-' || t.front() == u'+') {
        negative = t.front() == u'-';
        t = t.mid(1);
    }
    if (t.isEmpty())
        return std::nullopt;
    // A comma only as a thousands separator, where one belongs: "2,5" is a decimal comma (or a
    // typo), not twenty-five, and is refused rather than misread.
    const qsizetype point = t.indexOf(u'.');
    const QStringView integralText = point < 0 ? t : t.first(point);
    if (!hasValidGrouping(integralText))
        return std::nullopt;

    Int128 integral = 0;
    Int128 fraction = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    constexpr Int128 limit = std::numeric_limits<qint64>::max();
    for (QChar c : t) {
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c == u',' && !seenPoint)
            continue; // a thousands separator, checked above
        if (c < u'0' || c > u'9')
            return std::nullopt;
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (fractionDigits == scale) {
                if (digit != 0)
                    return std::nullopt; // more precision than the unit allows
                continue;
            }
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else {
            integral = integral * 10 + digit;
            if (integral > limit)
                return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    while (fractionDigits < scale) {
        fraction *= 10;
        ++fractionDigits;
    }
    const Int128 value = integral * pow10(scale) + fraction;
    if (value > limit)
        return std::nullopt;
    return static_cast<qint64>(negative ? -value : value);
}

DecimalProblem checkDecimal(QStringView text, int scale, qint64 maxRaw)
{
    QStringView t = text.trimmed();
    if (!t.isEmpty() && (t.front() == u'-' || t.front() == u'+'))
        t = t.mid(1);
    // Saturates just past the limit, so that any number of digits can be read.
    const Int128 limit = static_cast<Int128>(maxRaw) + 1;
    Int128 integral = 0;
    Int128 fraction = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    bool tooManyDecimals = false;
    for (QChar c : t) {
        if (c == u'.') {
            if (seenPoint)
                return DecimalProblem::Malformed;
            seenPoint = true;
            continue;
        }
        if (c == u',' && !seenPoint)
            continue;
        if (c < u'0' || c > u'9')
            return DecimalProblem::Malformed;
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (fractionDigits == scale) {
                tooManyDecimals = tooManyDecimals || digit != 0;
                continue;
            }
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else {
            integral = std::min(integral * 10 + digit, limit);
        }
    }
    if (!seenDigit)
        return DecimalProblem::Malformed;
    while (fractionDigits < scale) {
        fraction *= 10;
        ++fractionDigits;
    }
    if (integral >= limit || integral * pow10(scale) + fraction > maxRaw)
        return DecimalProblem::TooLarge;
    if (tooManyDecimals)
        return DecimalProblem::TooManyDecimals;
    return DecimalProblem::None;
}

QString formatDecimal(qint64 value, int scale, int minDecimals)
{
    const bool negative = value < 0;
    // Work in unsigned 128 bits so that INT64_MIN formats too.
    UInt128 magnitude =
        negative ? static_cast<UInt128>(-static_cast<Int128>(value)) : static_cast<UInt128>(value);
    const auto divisor = static_cast<UInt128>(pow10(scale));
    const auto integral = static_cast<quint64>(magnitude / divisor);
    auto fraction = static_cast<quint64>(magnitude % divisor);

    QString digits = scale > 0 ? QString::number(fraction).rightJustified(scale, u'0') : QString();
    while (digits.size() > minDecimals && digits.endsWith(u'0'))
        digits.chop(1);

    QString out;
    if (negative && (integral != 0 || fraction != 0))
        out += u'-';
    out += QString::number(integral);
    if (!digits.isEmpty()) {
        out += u'.';
        out += digits;
    }
    return out;
}

Int128 roundDiv(Int128 num, Int128 den)
{
    const bool negative = num < 0;
    const Int128 magnitude = negative ? -num : num;
    Int128 q = magnitude / den;
    const Int128 r = magnitude % den;
    if (r * 2 >= den)
        ++q;
    return negative ? -q : q;
}

} // namespace od::fixed
