#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace od {

// How many spans of a stage lasted a given number of whole hours.
struct DurationCount
{
    qint64 hours = 0;
    qint64 spans = 0;
};

// The figures of one stage over its spans. Durations are whole hours; the median can fall
// half-way between two of them, so it is kept in half-hours.
struct StageDurationFigures
{
    qint64 spans = 0;
    qint64 totalHours = 0;
    qint64 medianHalfHours = 0;
    qint64 p90Hours = 0;
};

// Median and 90th percentile of a stage's durations, and its share of the lead time.
// - Median: the middle duration; with an even count, the mean of the two middle ones.
// - 90th percentile: nearest rank — the smallest duration that at least 90 % of the spans do not
//   exceed (rank ⌈0.9 × n⌉ of the sorted durations), so it is always a duration that occurred.
// - Share: the stage's total hours over the total hours of every stage of the lead time.
class StageDurationStats
{
public:
    // `counts` in any order, durations may repeat; spans of 0 are ignored. Empty: no spans.
    static StageDurationFigures figures(QList<DurationCount> counts);

    // `part` of `whole` in basis points (1/100 of a percent), rounded half up; none when whole is 0.
    static std::optional<qint64> shareBasisPoints(qint64 part, qint64 whole);

    // Days with one decimal ("2.5"), rounded half up, from hours and from half-hours.
    static QString daysText(qint64 hours);
    static QString daysTextFromHalfHours(qint64 halfHours);
    // A share in basis points as a percentage with two decimals ("25.34").
    static QString percentText(qint64 basisPoints);
};

} // namespace od
