#include "AuditService.h"

#include "AuditRepository.h"
#include "Permissions.h"
#include "UserRepository.h"

namespace od {

Result<QList<AuditEntry>> AuditService::list(const AuditFilter& filter, int limit)
{
    if (auto allowed = Permissions::require(m_session, Permission::ViewAudit); !allowed)
        return std::unexpected(allowed.error());
    return AuditRepository(m_session.db()).list(filter, limit);
}

Result<AuditVerification> AuditService::verify()
{
    if (auto allowed = Permissions::require(m_session, Permission::ViewAudit); !allowed)
        return std::unexpected(allowed.error());
    return verifyChain();
}

Result<AuditVerification> AuditService::verifyChain()
{
    return AuditRepository(m_session.db()).verify();
}

Result<QList<AuditEntry>> AuditService::listBy(const QString& userName, AuditFilter filter, int limit)
{
    if (auto allowed = Permissions::require(m_session, Permission::ViewAudit); !allowed)
        return std::unexpected(allowed.error());
    if (!userName.isEmpty()) {
        auto user = UserRepository(m_session.db()).byName(userName);
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            return std::unexpected(Error::notFound(tr("There is no user called %1.").arg(userName)));
        filter.userId = (*user)->id;
    }
    return list(filter, limit);
}

} // namespace od
