#include "DemoCalendar.h"

#include "FixedPoint.h"

#include <algorithm>

namespace od {

namespace {

// Orders come in between 08:30 and 17:30 China time.
constexpr qint64 kOpeningUtcSeconds = 30 * 60; // 08:30 UTC+8
constexpr qint64 kBusinessSeconds = 9 * 3600;

// First day of the Chinese new year; the week around it is a holiday for customers and plant.
constexpr int kSpringFestivals[][3] = {{2023, 1, 22}, {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17},
                                       {2027, 2, 6},  {2028, 1, 26}, {2029, 2, 13}, {2030, 2, 3},
                                       {2031, 1, 23}, {2032, 2, 11}};

bool nearSpringFestival(QDate date)
{
    for (const auto& f : kSpringFestivals) {
        const qint64 offset = QDate(f[0], f[1], f[2]).daysTo(date);
        if (offset >= -4 && offset <= 7)
            return true;
    }
    return false;
}

void writeDigits(char* out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

DemoCalendar::DemoCalendar(QDate today, int days)
{
    const qint64 todayEpoch = epochDay(today);
    m_firstDay = todayEpoch - days;
    m_cutoff = todayEpoch * SecondsPerDay - ChinaOffsetSeconds;
    qint64 running = 0;
    for (int d = 0; d < days; ++d) {
        const QDate date = today.addDays(d - days);
        qint64 weight = 100;
        if (date.dayOfWeek() == 6)
            weight = 25;
        else if (date.dayOfWeek() == 7)
            weight = 8;
        if (nearSpringFestival(date))
            weight = 4;
        weight = weight * (90 + 20 * d / days) / 100 + 1; // the business grows a little over the year
        m_weights << weight;
        running += weight;
        m_cumulative << running;
    }
}

qint64 DemoCalendar::orderTime(qint64 index, qint64 count) const
{
    // The order's place on the year's weighted time line, in weight-seconds; integer arithmetic
    // so that every platform gives the same times.
    const qint64 total = m_cumulative.last();
    const qint64 position = qint64((Int128(2 * index + 1) * total * kBusinessSeconds) / (Int128(2) * count));
    const qint64 dayWeightUnits = position / kBusinessSeconds;
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), dayWeightUnits);
    const qint64 day = std::min<qint64>(it - m_cumulative.cbegin(), m_cumulative.size() - 1);
    const qint64 before = day > 0 ? m_cumulative[day - 1] : 0;
    const qint64 within =
        std::clamp<qint64>((position - before * kBusinessSeconds) / m_weights[day], 0, kBusinessSeconds - 1);
    return (m_firstDay + day) * SecondsPerDay + kOpeningUtcSeconds + within;
}

qint64 DemoCalendar::epochDay(QDate date)
{
    return date.toJulianDay() - 2'440'588; // Julian day of 1970-01-01
}

void DemoCalendar::civilFromDays(qint64 days, int* year, int* month, int* day)
{
    // Howard Hinnant's days_from_civil inverse.
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

std::string_view DemoCalendar::formatDate(qint64 epochDay, char (&out)[11])
{
    int y = 0, m = 0, d = 0;
    civilFromDays(epochDay, &y, &m, &d);
    writeDigits(out, y, 4);
    out[4] = '-';
    writeDigits(out + 5, m, 2);
    out[7] = '-';
    writeDigits(out + 8, d, 2);
    out[10] = '\0';
    return {out, 10};
}

std::string_view DemoCalendar::formatTimestamp(qint64 unixSeconds, char (&out)[21])
{
    char date[11];
    const qint64 days =
        unixSeconds >= 0 ? unixSeconds / SecondsPerDay : (unixSeconds - SecondsPerDay + 1) / SecondsPerDay;
    const qint64 secondOfDay = unixSeconds - days * SecondsPerDay;
    formatDate(days, date);
    std::copy(date, date + 10, out);
    out[10] = 'T';
    writeDigits(out + 11, secondOfDay / 3600, 2);
    out[13] = ':';
    writeDigits(out + 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    writeDigits(out + 17, secondOfDay % 60, 2);
    out[19] = 'Z';
    out[20] = '\0';
    return {out, 20};
}

} // namespace od
