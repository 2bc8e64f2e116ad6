#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace od {

struct FieldChange
{
    QString field; // stable key: "notes", "line 2 quantity", "status"…
    QString before;
    QString after;

    bool operator==(const FieldChange&) const = default;
};

// One entry of the append-only audit trail.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    QString action;      // "order.create", "customer.update", "user.disable"…
    QString entity;      // "order", "customer", "product", "user", "settings", "import"
    qint64 entityId = 0;
    QString entityLabel; // order number, customer code, SKU, login name
    QList<FieldChange> changes;
    QString prevHash;
    QString hash;
};

// The SHA-256 chain over audit entries: each hash covers every field of its entry and the
// previous entry's hash, so changing, inserting or removing an entry breaks every later link.
class AuditChain
{
public:
    static QString genesisHash(); // the prev_hash of the first entry
    static QString changesToJson(const QList<FieldChange>& changes);
    static QList<FieldChange> changesFromJson(const QString& json);
    // Hash of `entry` as stored (id, at, who, what, changes JSON) chained to entry.prevHash.
    static QString computeHash(const AuditEntry& entry, const QString& changesJson);
};

} // namespace od
