#include "AuditTrail.h"

#include "AccessLedger.h"
#include "AuditRepository.h"
#include "SettingsRepository.h"

#include <spdlog/spdlog.h>

namespace od {

namespace {

// "<ledger id>:<last seq>": the waiting entries this database has taken, written in the same
// transaction as the entries themselves, so a rolled-back transaction takes nothing.
const QString kTakenKey = QStringLiteral("audit.ledger_taken");

struct Taken
{
    QString ledgerId;
    qint64 seq = 0;
};

Result<Taken> takenFrom(Database& db)
{
    auto value = SettingsRepository(db).value(kTakenKey);
    if (!value)
        return std::unexpected(value.error());
    Taken taken;
    const qsizetype colon = value->lastIndexOf(u':');
    if (colon > 0) {
        taken.ledgerId = value->left(colon);
        taken.seq = value->mid(colon + 1).toLongLong();
    }
    return taken;
}

} // namespace

AuditEntry AuditTrail::entryFor(const Session& session, const QString& action, const QString& entity,
                                qint64 entityId, const QString& entityLabel,
                                const QList<FieldChange>& changes)
{
    AuditEntry entry;
    entry.userId = session.user().id;
    entry.userName = session.user().name;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.entityLabel = entityLabel;
    entry.changes = changes;
    return entry;
}

Status AuditTrail::record(Session& session, const QString& action, const QString& entity, qint64 entityId,
                          const QString& entityLabel, const QList<FieldChange>& changes)
{
    if (auto ok = appendWaiting(session.db()); !ok)
        return ok;
    AuditEntry entry = entryFor(session, action, entity, entityId, entityLabel, changes);
    return AuditRepository(session.db()).append(entry);
}

Status AuditTrail::appendWaiting(Database& db)
{
    AccessLedger* ledger = db.accessLedger(false);
    if (!ledger)
        return {};
    auto taken = takenFrom(db);
    if (!taken)
        return std::unexpected(taken.error());
    const qint64 after = taken->ledgerId == ledger->id() ? taken->seq : 0;
    auto waiting = ledger->pendingAfter(after);
    if (!waiting) {
        // The ledger is unreadable: the change itself must not fail for that.
        spdlog::warn("audit: waiting entries not read: {}", waiting.error().message.toStdString());
        return {};
    }
    if (waiting->isEmpty())
        return {};
    AuditRepository repository(db);
    for (AccessLedger::Pending& pending : *waiting) {
        if (auto ok = repository.append(pending.entry); !ok)
            return ok;
    }
    return SettingsRepository(db).setValue(kTakenKey,
                                           ledger->id() + u':' + QString::number(waiting->last().seq));
}

Status AuditTrail::writeWaiting(Database& db, int waitMs)
{
    AccessLedger* ledger = db.accessLedger(false);
    if (!ledger)
        return {};
    {
        Transaction tx(db, waitMs);
        if (!tx.isActive())
            return std::unexpected(tx.beginError());
        if (auto ok = appendWaiting(db); !ok)
            return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
    }
    // Only what a committed transaction took is dropped from the ledger.
    auto taken = takenFrom(db);
    if (taken && taken->ledgerId == ledger->id() && taken->seq > 0)
        (void)ledger->forgetThrough(taken->seq);
    return {};
}

} // namespace od
