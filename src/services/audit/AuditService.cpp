#include "AuditService.h"

#include "Permissions.h"

namespace od {

Result<QList<AuditEntry>> AuditService::list(const AuditFilter& filter, int limit)
{
    if (auto allowed = Permissions::require(m_session, Permission::ViewAudit); !allowed)
        return std::unexpected(allowed.error());
    return AuditRepository(m_session.db()).list(filter, limit);
}

Result<AuditRepository::Verification> AuditService::verify()
{
    if (auto allowed = Permissions::require(m_session, Permission::ViewAudit); !allowed)
        return std::unexpected(allowed.error());
    return AuditRepository(m_session.db()).verify();
}

} // namespace od
