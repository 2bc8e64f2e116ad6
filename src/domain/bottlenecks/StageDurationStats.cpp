#include "StageDurationStats.h"

#include <algorithm>

namespace od {

namespace {

// The duration at 1-based rank `rank` of the sorted counts.
qint64 atRank(const QList<DurationCount>& sorted, qint64 rank)
{
    qint64 seen = 0;
    for (const DurationCount& c : sorted) {
        seen += c.spans;
        if (seen >= rank)
            return c.hours;
    }
    return sorted.isEmpty() ? 0 : sorted.last().hours;
}

// `tenths` of a unit as "N.N".
QString oneDecimal(qint64 tenths)
{
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

} // namespace

StageDurationFigures StageDurationStats::figures(QList<DurationCount> counts)
{
    counts.removeIf([](const DurationCount& c) { return c.spans <= 0; });
    std::sort(counts.begin(), counts.end(),
              [](const DurationCount& a, const DurationCount& b) { return a.hours < b.hours; });
    StageDurationFigures f;
    for (const DurationCount& c : counts) {
        f.spans += c.spans;
        f.totalHours += c.hours * c.spans;
    }
    if (f.spans == 0)
        return f;
    const qint64 n = f.spans;
    if (n % 2 == 1)
        f.medianHalfHours = 2 * atRank(counts, n / 2 + 1);
    else
        f.medianHalfHours = atRank(counts, n / 2) + atRank(counts, n / 2 + 1);
    f.p90Hours = atRank(counts, (9 * n + 9) / 10); // ⌈0.9 n⌉
    return f;
}

std::optional<qint64> StageDurationStats::shareBasisPoints(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return (part * 20000 / whole + 1) / 2;
}

QString StageDurationStats::daysText(qint64 hours)
{
    return daysTextFromHalfHours(2 * hours);
}

QString StageDurationStats::daysTextFromHalfHours(qint64 halfHours)
{
    // days × 10 = halfHours × 10 / 48, rounded half up.
    return oneDecimal((halfHours * 10 * 2 / 48 + 1) / 2);
}

QString StageDurationStats::percentText(qint64 basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

} // namespace od
