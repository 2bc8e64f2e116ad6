#include "OrderSchedule.h"

#include <QMap>

#include <algorithm>

namespace od {

std::optional<int> OrderSchedule::daysLate() const
{
    if (!requestedDate.isValid() || !completion.isValid())
        return std::nullopt;
    return int(std::max<qint64>(0, requestedDate.daysTo(completion)));
}

QList<LoadEntry> OrderSchedule::addedLoad() const
{
    QMap<std::pair<int, QDate>, LoadEntry> sums;
    for (const ScheduledStep& step : steps) {
        for (const DayHours& day : step.days) {
            LoadEntry& entry = sums[{step.centreIndex, day.date}];
            entry.centreIndex = step.centreIndex;
            entry.workCentre = step.workCentre;
            entry.date = day.date;
            entry.hours = Hours::fromRaw(entry.hours.raw() + day.hours.raw());
        }
    }
    return sums.values();
}

Hours OrderSchedule::totalHours() const
{
    qint64 raw = 0;
    for (const ScheduledStep& step : steps)
        for (const DayHours& day : step.days)
            raw += day.hours.raw();
    return Hours::fromRaw(raw);
}

} // namespace od
