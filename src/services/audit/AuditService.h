#pragma once

#include "AuditEntry.h"
#include "AuditFilter.h"
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
    Result<AuditVerification> verify();
    // Whether the chain holds, for anyone: it shows no entry, only whether the trail is whole
    // (`orderdesk-cli audit verify` needs no sign-in).
    Result<AuditVerification> verifyChain();
    // Newest first, at most `limit` entries; `userName` (a login name) narrows to that user's entries.
    Result<QList<AuditEntry>> listBy(const QString& userName, AuditFilter filter, int limit);

private:
    Session& m_session;
};

} // namespace od
