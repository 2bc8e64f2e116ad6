#include "PeriodCloseService.h"

#include "AuditTrail.h"
#include "ClosedPeriodRepository.h"
#include "Database.h"
#include "Permissions.h"

namespace od {

Result<PeriodLock> PeriodCloseService::lock()
{
    return ClosedPeriodRepository(m_session.db()).lock();
}

Status PeriodCloseService::closeMonth(const QDate& month)
{
    if (auto ok = Permissions::require(m_session, Permission::ClosePeriods); !ok)
        return ok;
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    ClosedPeriodRepository repo(m_session.db());
    auto current = repo.lock();
    if (!current)
        return std::unexpected(current.error());
    if (auto ok = current->canClose(month, m_session.today()); !ok)
        return ok;
    if (auto ok = repo.close(month, m_session.user().id); !ok)
        return ok;
    const QString key = PeriodLock::monthKey(month);
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("period.close"), QStringLiteral("period"), 0,
                                     key, {{QStringLiteral("closed"), QString(), key}});
        !ok)
        return ok;
    return tx.commit();
}

} // namespace od
