#include "BulkDates.h"

namespace od::BulkDates {

namespace {

// Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

} // namespace

bool digits(std::string_view s, size_t at, size_t n, int& value)
{
    value = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

std::optional<qint64> epochDay(std::string_view date)
{
    int y, m, d;
    if (!digits(date, 0, 4, y) || date.size() < 10 || date[4] != '-' || !digits(date, 5, 2, m) ||
        date[7] != '-' || !digits(date, 8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    return daysFromCivil(y, unsigned(m), unsigned(d));
}

} // namespace od::BulkDates
