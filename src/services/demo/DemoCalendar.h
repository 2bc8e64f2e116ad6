#pragma once

#include <QDate>
#include <QList>

#include <string_view>

namespace od {

// When the demo company's orders were placed: spread over the year before `today`, more on
// weekdays than at weekends, hardly any over the Spring Festival, slowly growing. Order i of n
// gets a time that never goes back for a later i, so orders insert in chronological order.
// Times are business hours in China (UTC+8) and returned as Unix seconds (UTC).
class DemoCalendar
{
public:
    static constexpr qint64 SecondsPerDay = 86'400;
    static constexpr qint64 ChinaOffsetSeconds = 8 * 3600;

    DemoCalendar(QDate today, int days = 365);

    qint64 orderTime(qint64 index, qint64 count) const;
    // Midnight at the start of `today` in China, as Unix seconds: nothing happens from then on.
    qint64 cutoff() const { return m_cutoff; }

    // Days since 1970-01-01 and back, without QDate, for the million-order hot path.
    static qint64 epochDay(QDate date);
    static void civilFromDays(qint64 days, int* year, int* month, int* day);
    // The calendar day in China of a Unix time.
    static qint64 chinaDay(qint64 unixSeconds) { return (unixSeconds + ChinaOffsetSeconds) / SecondsPerDay; }

    // "2026-05-31" (10 characters) into `out`.
    static std::string_view formatDate(qint64 epochDay, char (&out)[11]);
    // "2026-05-31T01:02:03Z" (20 characters, UTC, as sqlv::timestamp writes) into `out`.
    static std::string_view formatTimestamp(qint64 unixSeconds, char (&out)[21]);

private:
    qint64 m_firstDay = 0;
    qint64 m_cutoff = 0;
    QList<qint64> m_weights;    // per day
    QList<qint64> m_cumulative; // weight of all days before and including this one
};

} // namespace od
