#pragma once

#include "CalendarDay.h"
#include "Hours.h"
#include "WorkCentre.h"
#include "WorkingWeekdays.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace od {

// The company calendar (工厂日历): the working weekdays, and the dates that differ from them —
// public holidays and 调休 make-up working days for the whole company, a work centre's own days
// off, extra working days and overtime. It answers "is D a working day for centre C, and how
// many hours does C have on D".
//
// How a date is decided for a work centre:
//   1. the centre's own entry for the date, when there is one, replaces the company's:
//      holiday → off; workday → worked (regular hours, no overtime);
//      overtime → the company's answer for the date (below) plus the centre's overtime hours;
//   2. otherwise the company's entry: holiday → off; workday → worked;
//      overtime → the weekday rule plus the overtime hours (for every centre);
//   3. otherwise the weekday rule.
// So overtime on a day off (a Sunday, a holiday) means working only those hours that day.
// The calendar knows only what it is told: a year whose holidays nobody entered is planned by
// the weekday rule alone.
class WorkCalendar
{
public:
    struct Day
    {
        bool working = false;
        Hours overtime; // per unit
    };

    WorkCalendar() = default;
    explicit WorkCalendar(WorkingWeekdays weekdays) : m_weekdays(weekdays) {}

    WorkingWeekdays workingWeekdays() const { return m_weekdays; }
    void setWorkingWeekdays(WorkingWeekdays weekdays) { m_weekdays = weekdays; }

    // Adds the entry, replacing any earlier one for the same date and work centre.
    void set(const CalendarDay& day);
    void remove(const QDate& date, const QString& workCentre = {});
    // Every entry, by date, the company's before the work centres' (then by code).
    QList<CalendarDay> entries() const;

    bool isCompanyWorkingDay(const QDate& date) const;
    Day companyDay(const QDate& date) const;
    Day dayFor(const QString& workCentre, const QDate& date) const;
    bool isWorkingDay(const QString& workCentre, const QDate& date) const;
    // What `centre` can do on `date`: zero on a day off without overtime.
    Hours availableHours(const WorkCentre& centre, const QDate& date) const;

private:
    WorkingWeekdays m_weekdays = WorkingWeekdays::mondayToFriday();
    QHash<QDate, CalendarDay> m_company;
    QHash<QString, QHash<QDate, CalendarDay>> m_centres;
};

} // namespace od
