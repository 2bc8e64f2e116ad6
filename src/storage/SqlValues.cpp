#include "SqlValues.h"

#include "Database.h"

#include <QSqlError>
#include <QTimeZone>

namespace od::sqlv {

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant timestamp(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime toTimestamp(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QLatin1String("")) : QVariant(s);
}

Status exec(QSqlQuery& q, const QString& what)
{
    if (!q.exec())
        return std::unexpected(Database::storageError(what, q.lastError().text()));
    return {};
}

Status prepare(QSqlQuery& q, const QString& sql)
{
    if (!q.prepare(sql))
        return std::unexpected(Database::storageError(QStringLiteral("prepare"), q.lastError().text()));
    return {};
}

} // namespace od::sqlv
