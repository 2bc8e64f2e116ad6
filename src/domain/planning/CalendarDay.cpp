#include "CalendarDay.h"

namespace od {

QString CalendarDay::kindKey(CalendarDayKind kind)
{
    switch (kind) {
    case CalendarDayKind::Holiday:
        return QStringLiteral("holiday");
    case CalendarDayKind::Workday:
        return QStringLiteral("workday");
    case CalendarDayKind::Overtime:
        return QStringLiteral("overtime");
    }
    return {};
}

std::optional<CalendarDayKind> CalendarDay::kindFromKey(QStringView key)
{
    for (CalendarDayKind kind :
         {CalendarDayKind::Holiday, CalendarDayKind::Workday, CalendarDayKind::Overtime}) {
        if (key.trimmed().compare(kindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString CalendarDay::kindName(CalendarDayKind kind)
{
    switch (kind) {
    case CalendarDayKind::Holiday:
        return tr("Day off");
    case CalendarDayKind::Workday:
        return tr("Working day");
    case CalendarDayKind::Overtime:
        return tr("Overtime");
    }
    return {};
}

Status CalendarDay::check() const
{
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
        return std::unexpected(
            Error::invalid(tr("Enter a date between 1900 and 9999."), QStringLiteral("date")));
    if (kind == CalendarDayKind::Overtime) {
        if (!hours.isPositive() || hours > MaxOvertime)
            return std::unexpected(Error::invalid(
                tr("Overtime must be more than 0 and at most %1 hours.").arg(MaxOvertime.toDecimalString()),
                QStringLiteral("hours")));
    } else if (!hours.isZero()) {
        return std::unexpected(
            Error::invalid(tr("Only overtime has hours: leave the hours empty for a %1.").arg(kindKey(kind)),
                           QStringLiteral("hours")));
    }
    return {};
}

} // namespace od
