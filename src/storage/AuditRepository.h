#pragma once

#include "AuditEntry.h"
#include "AuditFilter.h"
#include "Database.h"

#include <QDate>
#include <QList>

#include <optional>

namespace od {

// The audit trail table: append inside the caller's transaction, read with filters, verify the
// hash chain. The table refuses UPDATE and DELETE by trigger.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    // Fills id, prevHash, hash and (unless set) at of `entry` and stores it. Call inside a transaction.
    Status append(AuditEntry& entry);
    // Newest first.
    Result<QList<AuditEntry>> list(const AuditFilter& filter, int limit, qint64 offset = 0);
    Result<qint64> count();
    // Every entry about `entity` ("user"), oldest first.
    Result<QList<AuditEntry>> history(const QString& entity);

    using Verification = AuditVerification;
    Result<Verification> verify();

private:
    Database& m_db;
};

} // namespace od
