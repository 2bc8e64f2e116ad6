#include "SqlValues.h"

#include "Database.h"

#include <QSqlError>
#include <QTimeZone>

namespace od::sqlv {

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

namespace {

// Reads the digits at text[from, from + count), or -1 when one is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// "YYYY-MM-DD", as every date is stored; an invalid date otherwise. Lists read thousands of dates
// and times: this is several times faster than QDate/QDateTime::fromString, whose local-time
// handling dominates reading a list.
QDate isoDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

QDate dateFrom(const QString& text)
{
    if (text.size() == 10) {
        const QDate fast = isoDate(text);
        if (fast.isValid())
            return fast;
    }
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime timestampFrom(const QString& text)
{
    // The stored form, "YYYY-MM-DDTHH:MM:SS" and a "Z" (UTC): read directly.
    if ((text.size() == 19 || (text.size() == 20 && text[19] == u'Z')) && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':') {
        const QDate date = isoDate(text);
        const int h = digits(text, 11, 2), m = digits(text, 14, 2), sec = digits(text, 17, 2);
        const QTime time = h < 0 || m < 0 || sec < 0 ? QTime() : QTime(h, m, sec);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.timeSpec() == Qt::LocalTime) // no zone written: UTC, as everything is stored
        t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : dateFrom(v.toString());
}

QDate toDate(std::string_view text)
{
    return text.empty() ? QDate() : dateFrom(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

QVariant timestamp(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime toTimestamp(const QVariant& v)
{
    return v.isNull() ? QDateTime() : timestampFrom(v.toString());
}

QDateTime toTimestamp(std::string_view text)
{
    return text.empty() ? QDateTime() : timestampFrom(QString::fromUtf8(text.data(), qsizetype(text.size())));
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
