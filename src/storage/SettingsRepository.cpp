#include "SettingsRepository.h"

#include "SqlValues.h"

namespace od {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (auto ok = sqlv::exec(q, QStringLiteral("read settings")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toString() : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return sqlv::exec(q, QStringLiteral("save settings"));
}

} // namespace od
