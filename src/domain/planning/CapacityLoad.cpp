#include "CapacityLoad.h"

#include <limits>

namespace od {

CapacityLoad::CapacityLoad(const CapacityGrid& grid)
    : m_from(grid.from()), m_days(grid.days()), m_centres(grid.centreCount()),
      m_raw(size_t(grid.centreCount()) * size_t(grid.days()), 0)
{
}

bool CapacityLoad::fits(const CapacityGrid& grid) const
{
    return m_from == grid.from() && m_days == grid.days() && m_centres == grid.centreCount();
}

void CapacityLoad::addRaw(int centre, int day, qint64 raw)
{
    qint64& cell = m_raw[index(centre, day)];
    qint64 sum = 0;
    if (__builtin_add_overflow(cell, raw, &sum))
        sum = raw > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    cell = sum;
}

bool CapacityLoad::add(int centre, const QDate& date, Hours hours)
{
    if (centre < 0 || centre >= m_centres || !date.isValid())
        return false;
    const qint64 day = m_from.daysTo(date);
    if (day < 0 || day >= m_days)
        return false;
    addRaw(centre, int(day), hours.raw());
    return true;
}

qint64 CapacityLoad::freeRaw(const CapacityGrid& grid, int centre, int day) const
{
    qint64 free = 0;
    if (__builtin_sub_overflow(grid.availableRaw(centre, day), rawAt(centre, day), &free))
        return 0; // only a corrupt (hugely negative) load gets here
    return free > 0 ? free : 0;
}

} // namespace od
