#include "OrderNumberAllocator.h"

#include "SqlValues.h"

#include <QRegularExpression>

namespace od {

Result<QString> OrderNumberAllocator::next(const QString& prefix, int year)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO order_number_counters (prefix, year, last_value) VALUES (?, ?, 1) "
                             "ON CONFLICT (prefix, year) DO UPDATE SET last_value = last_value + 1 "
                             "RETURNING last_value"));
    q.addBindValue(prefix);
    q.addBindValue(year);
    if (auto ok = sqlv::exec(q, QStringLiteral("number the order")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return format(prefix, year, q.value(0).toLongLong());
}

Status OrderNumberAllocator::observe(const QString& prefix, int year, qint64 value)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO order_number_counters (prefix, year, last_value) VALUES (?, ?, ?) "
                             "ON CONFLICT (prefix, year) DO UPDATE SET last_value = max(last_value, excluded.last_value)"));
    q.addBindValue(prefix);
    q.addBindValue(year);
    q.addBindValue(value);
    return sqlv::exec(q, QStringLiteral("number the order"));
}

QString OrderNumberAllocator::format(const QString& prefix, int year, qint64 value)
{
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(value, 6, 10, QLatin1Char('0'));
}

bool OrderNumberAllocator::parse(const QString& orderNo, QString* prefix, int* year, qint64* value)
{
    static const QRegularExpression re(QStringLiteral("^(.+)-(\\d{4})-(\\d{6,})$"));
    const auto m = re.match(orderNo);
    if (!m.hasMatch())
        return false;
    *prefix = m.captured(1);
    *year = m.captured(2).toInt();
    *value = m.captured(3).toLongLong();
    return true;
}

} // namespace od
