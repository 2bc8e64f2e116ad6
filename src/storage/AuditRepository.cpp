#include "AuditRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QStringList>

namespace od {

namespace {

AuditEntry fromRow(const QSqlQuery& q, QString* changesJson)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = sqlv::toTimestamp(q.value(1));
    e.userId = q.value(2).toLongLong();
    e.userName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toLongLong();
    e.entityLabel = q.value(7).toString();
    *changesJson = q.value(8).toString();
    e.changes = AuditChain::changesFromJson(*changesJson);
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const char* kColumns =
    "id, at, user_id, user_name, action, entity, entity_id, entity_label, changes, prev_hash, hash";

} // namespace

Status AuditRepository::append(AuditEntry& entry)
{
    // Both statements are kept prepared: nearly every change appends to the trail.
    auto last = m_db.kept(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return std::unexpected(last.error());
    if (auto ok = sqlv::exec(**last, QStringLiteral("read the audit trail")); !ok)
        return ok;
    entry.id = 1;
    entry.prevHash = AuditChain::genesisHash();
    if ((*last)->next()) {
        entry.id = (*last)->value(0).toLongLong() + 1;
        entry.prevHash = (*last)->value(1).toString();
    }
    (*last)->finish();
    // An entry that waited in the access ledger keeps the time it happened.
    const QString at = entry.at.isValid() ? entry.at.toUTC().toString(Qt::ISODate) : sqlv::nowUtc();
    entry.at = sqlv::toTimestamp(at);
    const QString changes = AuditChain::changesToJson(entry.changes);
    entry.hash = AuditChain::computeHash(entry, changes);

    auto insert =
        m_db.kept(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    if (!insert)
        return std::unexpected(insert.error());
    QSqlQuery& q = **insert;
    const QVariant values[] = {
        entry.id,
        at,
        entry.userId > 0 ? QVariant(entry.userId) : QVariant(QMetaType::fromType<qint64>()),
        sqlv::text(entry.userName),
        entry.action,
        entry.entity,
        entry.entityId > 0 ? QVariant(entry.entityId) : QVariant(QMetaType::fromType<qint64>()),
        sqlv::text(entry.entityLabel),
        changes,
        entry.prevHash,
        entry.hash};
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    return sqlv::exec(q, QStringLiteral("write the audit trail"));
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter& f, int limit, qint64 offset)
{
    QStringList where;
    QVariantList params;
    if (f.userId > 0) {
        where << QStringLiteral("user_id = ?");
        params << f.userId;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        params << f.from.startOfDay().toUTC().toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        params << f.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODate);
    }
    if (!f.actionPrefix.isEmpty()) {
        where << QStringLiteral("substr(action, 1, length(?)) = ?");
        params << f.actionPrefix << f.actionPrefix;
    }
    if (!f.excludedActionPrefix.isEmpty()) {
        where << QStringLiteral("substr(action, 1, length(?)) <> ?");
        params << f.excludedActionPrefix << f.excludedActionPrefix;
    }
    if (!f.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        params << f.entity;
        if (f.entityId > 0) {
            where << QStringLiteral("entity_id = ?");
            params << f.entityId;
        }
    }
    if (!f.entityLabel.isEmpty()) {
        where << QStringLiteral("entity_label = ?");
        params << f.entityLabel;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY id DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns),
                       where.isEmpty() ? QString()
                                       : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant& p : params)
        q.addBindValue(p);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the audit trail")); !ok)
        return std::unexpected(ok.error());
    QList<AuditEntry> out;
    QString changes;
    while (q.next())
        out << fromRow(q, &changes);
    return out;
}

Result<qint64> AuditRepository::count()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the audit trail")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditRepository::history(const QString& entity)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? ORDER BY id").arg(QLatin1String(kColumns)));
    q.addBindValue(entity);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the audit trail")); !ok)
        return std::unexpected(ok.error());
    QList<AuditEntry> out;
    QString changes;
    while (q.next())
        out << fromRow(q, &changes);
    return out;
}

Result<AuditRepository::Verification> AuditRepository::verify()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the audit trail")); !ok)
        return std::unexpected(ok.error());
    Verification v;
    QString expectedPrev = AuditChain::genesisHash();
    qint64 expectedId = 1;
    QString changes;
    while (q.next()) {
        const AuditEntry e = fromRow(q, &changes);
        ++v.entries;
        QString problem;
        if (e.id != expectedId)
            problem = QCoreApplication::translate("AuditRepository", "entry %1 is missing").arg(expectedId);
        else if (e.prevHash != expectedPrev)
            problem =
                QCoreApplication::translate("AuditRepository", "it does not follow the entry before it");
        else if (AuditChain::computeHash(e, changes) != e.hash)
            problem = QCoreApplication::translate("AuditRepository", "its content does not match its hash");
        if (!problem.isEmpty()) {
            v.firstBrokenId = e.id;
            v.problem = problem;
            return v;
        }
        expectedPrev = e.hash;
        expectedId = e.id + 1;
    }
    return v;
}

} // namespace od
