#pragma once

#include "AuditEntry.h"
#include "Session.h"

namespace od {

// Writes the audit entry of a service mutation, inside the mutation's own transaction, as the
// session's user. Every service that changes data calls this before it commits.
//
// Entries that could not be written when they happened (a sign-in or a backup while an import
// held the write lock) wait in the access ledger; every record() appends them first, in the
// order they happened, so the next change by anyone writes them into the trail.
class AuditTrail
{
public:
    static Status record(Session& session, const QString& action, const QString& entity, qint64 entityId,
                         const QString& entityLabel, const QList<FieldChange>& changes = {});

    // The entry as it would be recorded now, for keeping it in the access ledger instead.
    static AuditEntry entryFor(const Session& session, const QString& action, const QString& entity,
                               qint64 entityId, const QString& entityLabel,
                               const QList<FieldChange>& changes = {});

    // Appends the entries waiting in the access ledger; call inside a transaction.
    static Status appendWaiting(Database& db);
    // Writes the waiting entries in a transaction of their own when the write lock is free
    // within `waitMs`, and tidies the ledger. An error (the database busy) leaves them waiting.
    static Status writeWaiting(Database& db, int waitMs);
};

} // namespace od
