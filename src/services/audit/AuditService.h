#pragma once

#include "AuditRepository.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// The administrator's read access to everyone's audit trail: filtered lists and the check of
// the hash chain. Guarded by Permission::ViewAudit, so other front ends obey the same rule.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Session& session) : m_session(session) {}

    // Newest first, at most `limit` entries.
    Result<QList<AuditEntry>> list(const AuditFilter& filter, int limit);
    Result<AuditRepository::Verification> verify();

private:
    Session& m_session;
};

} // namespace od
