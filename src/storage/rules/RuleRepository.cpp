#include "RuleRepository.h"

#include "SqlValues.h"

namespace od {

Result<std::optional<RuleState>> RuleRepository::state(const QString& key)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.enabled, r.changed_at, coalesce(u.display_name, '') "
                             "FROM automation_rules r LEFT JOIN users u ON u.id = r.changed_by "
                             "WHERE r.rule_key = ?"));
    q.addBindValue(key);
    if (auto ok = sqlv::exec(q, tr("read the automation rules")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<RuleState>();
    RuleState s;
    s.key = key;
    s.enabled = q.value(0).toInt() != 0;
    s.changedAt = sqlv::toTimestamp(q.value(1));
    s.changedBy = q.value(2).toString();

    QSqlQuery p(m_db.sql());
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT name, value FROM automation_rule_parameters WHERE rule_key = ?"));
    p.addBindValue(key);
    if (auto ok = sqlv::exec(p, tr("read the automation rules")); !ok)
        return std::unexpected(ok.error());
    while (p.next())
        s.values.insert(p.value(0).toString(), p.value(1).toLongLong());
    return std::optional<RuleState>(s);
}

Status RuleRepository::touch(const QString& key, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE automation_rules SET changed_by = ?, changed_at = ? WHERE rule_key = ?"));
    q.addBindValue(userId > 0 ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlv::nowUtc());
    q.addBindValue(key);
    return sqlv::exec(q, tr("save the automation rule"));
}

Status RuleRepository::setEnabled(const QString& key, bool enabled, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO automation_rules (rule_key, enabled) VALUES (?, ?) "
                             "ON CONFLICT (rule_key) DO UPDATE SET enabled = excluded.enabled"));
    q.addBindValue(key);
    q.addBindValue(enabled ? 1 : 0);
    if (auto ok = sqlv::exec(q, tr("save the automation rule")); !ok)
        return ok;
    return touch(key, userId);
}

Status RuleRepository::setValue(const QString& key, const QString& name, qint64 value, qint64 userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO automation_rule_parameters (rule_key, name, value) VALUES (?, ?, ?) "
                       "ON CONFLICT (rule_key, name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(name);
    q.addBindValue(value);
    if (auto ok = sqlv::exec(q, tr("save the automation rule")); !ok)
        return ok;
    return touch(key, userId);
}

QString RuleRepository::firingStatsSql()
{
    return QStringLiteral("SELECT rule_key, count(*), max(fired_at) FROM rule_firings GROUP BY rule_key");
}

Result<QHash<QString, RuleRepository::FiringStats>> RuleRepository::firingStats()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(firingStatsSql());
    if (auto ok = sqlv::exec(q, tr("read how often the rules fired")); !ok)
        return std::unexpected(ok.error());
    QHash<QString, FiringStats> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), sqlv::toTimestamp(q.value(2))});
    return out;
}

} // namespace od
