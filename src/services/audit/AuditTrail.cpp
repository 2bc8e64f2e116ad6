#include "AuditTrail.h"

#include "AuditRepository.h"

namespace od {

Status AuditTrail::record(Session& session, const QString& action, const QString& entity, qint64 entityId,
                          const QString& entityLabel, const QList<FieldChange>& changes)
{
    AuditEntry entry;
    entry.userId = session.user().id;
    entry.userName = session.user().name;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.entityLabel = entityLabel;
    entry.changes = changes;
    return AuditRepository(session.db()).append(entry);
}

} // namespace od
