#pragma once

#include "PeriodLock.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// Finance closes a month once it has ended: nothing dated in it can be created or changed after.
class PeriodCloseService
{
    Q_DECLARE_TR_FUNCTIONS(PeriodCloseService)

public:
    explicit PeriodCloseService(Session& session) : m_session(session) {}

    Result<PeriodLock> lock();
    // `month` is any day of it. Audited.
    Status closeMonth(const QDate& month);

private:
    Session& m_session;
};

} // namespace od
