#include "CalendarService.h"

#include "AuditTrail.h"
#include "CalendarDay.h"
#include "CalendarRepository.h"
#include "Logging.h"
#include "Permissions.h"
#include "WorkCentreRepository.h"

namespace od {

Status CalendarService::addOvertime(const QString& workCentre, const QList<QDate>& dates, Hours hours)
{
    if (auto ok = Permissions::require(m_session, Permission::CommitPlans); !ok)
        return ok;
    Database& db = m_session.db();
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = writeOvertime(m_session, workCentre, dates, hours); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Logging::mutation(m_session.user().name, QStringLiteral("calendar.overtime"), workCentre);
    return {};
}

Status CalendarService::writeOvertime(Session& session, const QString& workCentre, const QList<QDate>& dates,
                                      Hours hours, const QString& reason)
{
    Database& db = session.db();
    auto centre = WorkCentreRepository(db).byCode(workCentre);
    if (!centre)
        return std::unexpected(centre.error());
    if (!*centre)
        return std::unexpected(
            Error::notFound(tr("There is no work centre with the code %1.").arg(workCentre)));
    if (dates.isEmpty())
        return std::unexpected(
            Error::invalid(tr("Choose the days of the overtime."), QStringLiteral("date")));
    CalendarRepository calendar(db);
    QList<FieldChange> changes;
    for (const QDate& date : dates) {
        CalendarDay day;
        day.date = date;
        day.kind = CalendarDayKind::Overtime;
        day.workCentre = workCentre;
        day.hours = hours;
        if (!date.isValid())
            return std::unexpected(
                Error::invalid(tr("Choose the days of the overtime."), QStringLiteral("date")));
        if (auto ok = day.check(); !ok)
            return ok;
        auto existing = calendar.find(date, (*centre)->id);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return std::unexpected(Error::conflict(
                tr("%1 already has its own calendar entry on %2 (%3); change that entry instead.")
                    .arg(workCentre, date.toString(Qt::ISODate), CalendarDay::kindName((*existing)->kind)),
                QStringLiteral("date")));
        if (auto ok = calendar.save(day, (*centre)->id); !ok)
            return ok;
        changes << FieldChange{date.toString(Qt::ISODate), QString(),
                               QStringLiteral("+%1 h").arg(hours.toDecimalString())};
    }
    if (!reason.isEmpty())
        changes << FieldChange{QStringLiteral("reason"), QString(), reason};
    return AuditTrail::record(session, QStringLiteral("calendar.overtime"), QStringLiteral("work_centre"),
                              (*centre)->id, QStringLiteral("%1 %2").arg((*centre)->code, (*centre)->name),
                              changes);
}

} // namespace od
