#pragma once

#include "Error.h"
#include "Hours.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace od {

enum class CalendarDayKind
{
    Holiday, // a day off, on a day that would be worked (public holiday, a machine's maintenance)
    Workday, // a day worked that would be off (调休 make-up working day, an extra Saturday)
    Overtime // extra hours on the date, per machine or person, worked at the centre's efficiency
};

// One entry of the company calendar: what is special about a date, for the whole company (empty
// work centre) or for one work centre. At most one entry per date and work centre.
struct CalendarDay
{
    Q_DECLARE_TR_FUNCTIONS(CalendarDay)

public:
    static constexpr Hours MaxOvertime = Hours::fromWhole(24);

    qint64 id = 0; // 0 until saved
    QDate date;
    CalendarDayKind kind = CalendarDayKind::Holiday;
    QString workCentre; // the work centre's code; empty = the whole company
    Hours hours;        // overtime only: the extra hours each unit works that day

    bool isCompanyWide() const { return workCentre.isEmpty(); }

    // "holiday", "workday", "overtime": the CSV and database keys.
    static QString kindKey(CalendarDayKind kind);
    static std::optional<CalendarDayKind> kindFromKey(QStringView key);
    // Translated name for a list or a message.
    static QString kindName(CalendarDayKind kind);

    // Overtime needs 0 < hours ≤ 24; the other kinds take no hours. The error's field is the CSV
    // column.
    Status check() const;
};

} // namespace od
