#pragma once

#include "AuditEntry.h"
#include "Database.h"

#include <QDate>
#include <QList>

#include <optional>

namespace od {

struct AuditFilter
{
    qint64 userId = 0; // 0 = anyone
    QDate from;        // local calendar days, inclusive; null = open
    QDate to;
    QString actionPrefix;         // "order." matches every order action; empty = any
    QString excludedActionPrefix; // actions starting with this are left out; empty = none
    QString entity;               // "order", "customer"…; empty = any
    qint64 entityId = 0;          // with entity: one record's history
    QString entityLabel;          // e.g. an order number; empty = any
};

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

    struct Verification
    {
        qint64 entries = 0;
        std::optional<qint64> firstBrokenId; // nullopt: the chain holds
        QString problem;
    };
    Result<Verification> verify();

private:
    Database& m_db;
};

} // namespace od
