#pragma once

#include "Error.h"
#include "Hours.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace od {

// Changes to the company calendar made by hand (工厂日历): overtime on a work centre. Each
// change writes the calendar entries and one audit entry (calendar.overtime) in one transaction.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(Session& session) : m_session(session) {}

    // `hours` of overtime per unit on each of `dates` for the work centre; whoever commits plans.
    // A date on which the centre already has an entry of its own (a day off, an extra working day,
    // overtime) is refused: the entry would be replaced without anyone deciding it.
    Status addOvertime(const QString& workCentre, const QList<QDate>& dates, Hours hours);

    // The same inside the caller's transaction, with no permission check (the caller made it);
    // `reason` (may be empty) goes to the audit entry.
    static Status writeOvertime(Session& session, const QString& workCentre, const QList<QDate>& dates,
                                Hours hours, const QString& reason = {});

private:
    Session& m_session;
};

} // namespace od
