#include "WorkCalendar.h"

#include <algorithm>

namespace od {

void WorkCalendar::set(const CalendarDay& day)
{
    if (day.isCompanyWide())
        m_company.insert(day.date, day);
    else
        m_centres[day.workCentre].insert(day.date, day);
}

void WorkCalendar::remove(const QDate& date, const QString& workCentre)
{
    if (workCentre.isEmpty()) {
        m_company.remove(date);
        return;
    }
    const auto it = m_centres.find(workCentre);
    if (it != m_centres.end())
        it->remove(date);
}

QList<CalendarDay> WorkCalendar::entries() const
{
    QList<CalendarDay> out = m_company.values();
    for (const auto& days : m_centres)
        out << days.values();
    std::sort(out.begin(), out.end(), [](const CalendarDay& a, const CalendarDay& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.workCentre < b.workCentre; // "" (the company) first
    });
    return out;
}

WorkCalendar::Day WorkCalendar::companyDay(const QDate& date) const
{
    const auto it = m_company.constFind(date);
    if (it == m_company.cend())
        return {m_weekdays.works(date), Hours()};
    switch (it->kind) {
    case CalendarDayKind::Holiday:
        return {false, Hours()};
    case CalendarDayKind::Workday:
        return {true, Hours()};
    case CalendarDayKind::Overtime:
        return {m_weekdays.works(date), it->hours};
    }
    return {m_weekdays.works(date), Hours()};
}

bool WorkCalendar::isCompanyWorkingDay(const QDate& date) const
{
    return companyDay(date).working;
}

WorkCalendar::Day WorkCalendar::dayFor(const QString& workCentre, const QDate& date) const
{
    const auto centre = m_centres.constFind(workCentre);
    if (centre != m_centres.cend()) {
        const auto it = centre->constFind(date);
        if (it != centre->cend()) {
            switch (it->kind) {
            case CalendarDayKind::Holiday:
                return {false, Hours()};
            case CalendarDayKind::Workday:
                return {true, Hours()};
            case CalendarDayKind::Overtime:
                return {companyDay(date).working, it->hours};
            }
        }
    }
    return companyDay(date);
}

bool WorkCalendar::isWorkingDay(const QString& workCentre, const QDate& date) const
{
    return dayFor(workCentre, date).working;
}

Hours WorkCalendar::availableHours(const WorkCentre& centre, const QDate& date) const
{
    const Day day = dayFor(centre.code, date);
    return centre.availableHours(day.working, day.overtime);
}

} // namespace od
