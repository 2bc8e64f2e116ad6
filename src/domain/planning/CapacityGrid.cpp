#include "CapacityGrid.h"

#include <algorithm>

namespace od {

CapacityGrid::CapacityGrid(const WorkCalendar& calendar, const QList<WorkCentre>& centres, const QDate& from,
                           int days)
    : m_from(from), m_days(std::clamp(days, 1, MaxDays)), m_centres(centres)
{
    m_available.assign(size_t(m_centres.size()) * size_t(m_days), 0);
    m_hasCapacity.assign(size_t(m_centres.size()), false);
    m_companyWorking.assign(size_t(m_days), false);
    for (int day = 0; day < m_days; ++day) {
        const bool working = calendar.isCompanyWorkingDay(date(day));
        m_companyWorking[size_t(day)] = working;
        m_companyWorkingDays += working ? 1 : 0;
    }
    for (int c = 0; c < m_centres.size(); ++c) {
        const WorkCentre& centre = m_centres[c];
        m_byCode.insert(centre.code, c);
        if (centre.id != 0)
            m_byId.insert(centre.id, c);
        if (!centre.active)
            continue;
        for (int day = 0; day < m_days; ++day) {
            const qint64 hours = calendar.availableHours(centre, date(day)).raw();
            m_available[size_t(c) * size_t(m_days) + size_t(day)] = hours;
            if (hours > 0)
                m_hasCapacity[size_t(c)] = true;
        }
    }
}

} // namespace od
