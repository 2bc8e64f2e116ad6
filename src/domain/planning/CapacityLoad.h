#pragma once

#include "CapacityGrid.h"
#include "Hours.h"

#include <QDate>

#include <vector>

namespace od {

// The hours already planned on each work centre on each day of a CapacityGrid's window: what
// committed plans take, and what a scheduling run adds as it goes. One dense array (centres ×
// days), so that a step looks up a day in constant time and copying the whole load for a
// proposal costs a few microseconds. Sums saturate instead of wrapping.
class CapacityLoad
{
public:
    CapacityLoad() = default;
    explicit CapacityLoad(const CapacityGrid& grid);

    QDate from() const { return m_from; }
    int days() const { return m_days; }
    int centreCount() const { return m_centres; }
    // Whether this load has the grid's window and centres.
    bool fits(const CapacityGrid& grid) const;

    qint64 rawAt(int centre, int day) const { return m_raw[index(centre, day)]; }
    Hours at(int centre, int day) const { return Hours::fromRaw(rawAt(centre, day)); }
    void addRaw(int centre, int day, qint64 raw);
    // Adds hours on a date; false (and nothing added) when the centre or date is outside the window.
    bool add(int centre, const QDate& date, Hours hours);
    // The same window, centres and hours on every day.
    bool sameAs(const CapacityLoad& other) const
    {
        return m_from == other.m_from && m_days == other.m_days && m_centres == other.m_centres &&
               m_raw == other.m_raw;
    }
    // Hours the centre still has free on the day: available minus planned, never below zero.
    qint64 freeRaw(const CapacityGrid& grid, int centre, int day) const;

private:
    size_t index(int centre, int day) const { return size_t(centre) * size_t(m_days) + size_t(day); }
    QDate m_from;
    int m_days = 0;
    int m_centres = 0;
    std::vector<qint64> m_raw;
};

} // namespace od
