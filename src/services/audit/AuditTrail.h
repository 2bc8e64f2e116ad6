#pragma once

#include "AuditEntry.h"
#include "Session.h"

namespace od {

// Writes the audit entry of a service mutation, inside the mutation's own transaction, as the
// session's user. Every service that changes data calls this before it commits.
class AuditTrail
{
public:
    static Status record(Session& session, const QString& action, const QString& entity, qint64 entityId,
                         const QString& entityLabel, const QList<FieldChange>& changes = {});
};

} // namespace od
