#pragma once

#include "Hours.h"
#include "WorkCalendar.h"
#include "WorkCentre.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace od {

// The hours every work centre has on every day of a window of dates, worked out once from the
// calendar so that scheduling reads an array instead of asking the calendar day by day. Day 0
// is `from` (the day planning starts: today). A deactivated centre is kept, with no hours, so
// that a step on it can be refused by name.
class CapacityGrid
{
public:
    static constexpr int MaxDays = 3661;

    CapacityGrid() = default;
    // `days` is clamped to 1..MaxDays.
    CapacityGrid(const WorkCalendar& calendar, const QList<WorkCentre>& centres, const QDate& from, int days);

    QDate from() const { return m_from; }
    int days() const { return m_days; }
    QDate date(int day) const { return m_from.addDays(day); }
    // May be outside 0..days()-1 (or hugely so for a null date: check it).
    qint64 dayIndex(const QDate& date) const { return m_from.daysTo(date); }

    int centreCount() const { return int(m_centres.size()); }
    const WorkCentre& centre(int index) const { return m_centres[index]; }
    const QList<WorkCentre>& centres() const { return m_centres; }
    // -1 when there is no such centre.
    int indexOf(const QString& code) const { return m_byCode.value(code, -1); }
    int indexOfId(qint64 id) const { return m_byId.value(id, -1); }

    qint64 availableRaw(int centre, int day) const
    {
        return m_available[size_t(centre) * size_t(m_days) + size_t(day)];
    }
    Hours available(int centre, int day) const { return Hours::fromRaw(availableRaw(centre, day)); }
    // Whether the centre has any hours on any day of the window.
    bool hasCapacity(int centre) const { return m_hasCapacity[size_t(centre)]; }

    bool isCompanyWorkingDay(int day) const { return m_companyWorking[size_t(day)]; }
    int companyWorkingDays() const { return m_companyWorkingDays; }

private:
    QDate m_from;
    int m_days = 0;
    QList<WorkCentre> m_centres;
    QHash<QString, int> m_byCode;
    QHash<qint64, int> m_byId;
    std::vector<qint64> m_available; // centre-major: [centre * days + day]
    std::vector<bool> m_hasCapacity;
    std::vector<bool> m_companyWorking;
    int m_companyWorkingDays = 0;
};

} // namespace od
