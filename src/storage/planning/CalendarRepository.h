#pragma once

#include "CalendarDay.h"
#include "Database.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QList>

#include <optional>

namespace od {

// The entries of the company calendar (calendar_days). A work centre is given by id (0 = the
// whole company) when writing; entries read carry the centre's code.
class CalendarRepository
{
public:
    explicit CalendarRepository(Database& db) : m_db(db) {}

    // By date, the company's entry before the work centres' (then by code).
    Result<QList<CalendarDay>> all();
    Result<QList<CalendarDay>> between(const QDate& from, const QDate& to);
    Result<std::optional<CalendarDay>> find(const QDate& date, qint64 workCentreId);
    // Adds the entry, or replaces the kind and hours of the one for the same date and centre.
    Status save(const CalendarDay& day, qint64 workCentreId);
    Status remove(const QDate& date, qint64 workCentreId);
    // The whole calendar with these working weekdays.
    Result<WorkCalendar> calendar(WorkingWeekdays weekdays);

private:
    Result<QList<CalendarDay>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace od
