#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace od {
// 128-bit intermediates for exact money arithmetic (GCC/Clang extension).
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
} // namespace od

namespace od::fixed {

// Parses a plain decimal ("1234.5", "-0.0125", "1,234.50") into an integer scaled by 10^scale.
// More decimals than `scale`, letters, a comma that is not a thousands separator ("2,5",
// "1,2,3", "1234,567"), or a value past the int64 range give nullopt: a price is never silently
// rounded, wrapped or misread on the way in.
std::optional<qint64> parseDecimal(QStringView text, int scale);
// True when the commas in `digits` (the part before the point) separate thousands correctly.
bool hasValidGrouping(QStringView digits);

// Why text is not a value of a fixed-point unit, so that a message can say which it is.
enum class DecimalProblem
{
    None,
    Malformed,       // letters, two points, nothing but a sign…
    TooManyDecimals, // "2.0005" for a quantity in thousandths
    TooLarge,        // beyond `maxRaw` (or beyond any 64-bit integer)
};

// Checks text as parseDecimal(text, scale) reads it, against a largest magnitude of `maxRaw`.
DecimalProblem checkDecimal(QStringView text, int scale, qint64 maxRaw);

// Formats a scaled integer as an exact decimal string with at least `minDecimals` decimals
// (trailing zeros beyond that are dropped), using '.' and no grouping.
QString formatDecimal(qint64 value, int scale, int minDecimals);

// num / den rounded half away from zero. den must be positive.
Int128 roundDiv(Int128 num, Int128 den);

// 10^n for n in [0, 18].
constexpr qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

} // namespace od::fixed
