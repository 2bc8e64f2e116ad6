#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace od {

// The days of the week the company works when the calendar says nothing else about a date:
// Monday–Friday or Monday–Saturday in most Chinese factories. Stored as the ISO weekday digits
// the company works ("12345", "123456"), Monday = 1 … Sunday = 7.
class WorkingWeekdays
{
public:
    constexpr WorkingWeekdays() = default;
    static constexpr WorkingWeekdays mondayToFriday() { return WorkingWeekdays(0b0011111); }
    static constexpr WorkingWeekdays mondayToSaturday() { return WorkingWeekdays(0b0111111); }
    static constexpr WorkingWeekdays none() { return WorkingWeekdays(0); }
    // "12345": each digit 1–7 at most once; nullopt otherwise. An empty text is no working weekday
    // (then only the calendar's make-up working days are worked).
    static std::optional<WorkingWeekdays> parse(QStringView text);

    // `isoWeekday` as QDate::dayOfWeek() gives it: 1 = Monday … 7 = Sunday.
    constexpr bool works(int isoWeekday) const
    {
        return isoWeekday >= 1 && isoWeekday <= 7 && (m_mask >> (isoWeekday - 1)) & 1;
    }
    bool works(const QDate& date) const { return works(date.dayOfWeek()); }
    WorkingWeekdays with(int isoWeekday, bool working) const;
    constexpr bool isEmpty() const { return m_mask == 0; }
    QString toString() const;

    constexpr bool operator==(const WorkingWeekdays&) const = default;

private:
    constexpr explicit WorkingWeekdays(unsigned mask) : m_mask(mask) {}
    unsigned m_mask = 0b0011111;
};

} // namespace od
