#pragma once

#include "Database.h"

#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace od::test {

// Text that has broken other programs and is still ordinary text, to be kept exactly: SQL and
// LIKE metacharacters, QString::arg placeholders, characters outside the BMP, right-to-left
// scripts and invisible but harmless characters. None has spaces at either end, because the
// services trim names and contacts. (Control characters are refused instead: controlTexts().)
inline QStringList hostileTexts()
{
    return {QStringLiteral("'; DROP TABLE orders; --"),
            QStringLiteral("\" OR 1=1"),
            QStringLiteral("%_\\"),
            QStringLiteral("100% %1 %2 %3 done"),
            QString::fromUtf8("=1+1 @SUM(A1) +86 -5"),
            QString::fromUtf8("😀🚚"),
            QString::fromUtf8("中文 English العربية עברית"),
            QString::fromUtf8("evil \u200B zero-width \u200F mark")};
}

// Text with control characters (a terminal escape, a bidirectional override, NUL, DEL, a C1
// control), which no field stores: it would act on a terminal or disguise what it shows.
inline QStringList controlTexts()
{
    return {QString::fromUtf8("a\x01"
                              "b"),
            QString::fromUtf8("Evil\x1b]0;pwned\x07"),
            QString::fromUtf8("\u202Eevil\u202C"),
            QStringLiteral("Acme") + QChar(0) + QStringLiteral("Ltd"),
            QString::fromUtf8("d\x7f"
                              "e"),
            QStringLiteral("next") + QChar(0x85) + QStringLiteral("line")};
}

// The same texts as a readable label for test output.
inline std::string printable(const QString& text)
{
    QString out;
    for (QChar c : text)
        out += c.unicode() < 0x20 || c.unicode() == 0x7f
                   ? QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QChar(u'0'))
                   : QString(c);
    return out.toStdString();
}

// Rows in every table (the audit trail and the search index included) and the order-number
// counters' values: what a refused input must leave exactly as it was.
inline QMap<QString, qint64> databaseFigures(Database& db)
{
    QMap<QString, qint64> out;
    QSqlQuery tables(db.sql());
    EXPECT_TRUE(
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& name : names) {
        QSqlQuery count(db.sql());
        EXPECT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)))
            << name.toStdString();
        count.next();
        out.insert(name, count.value(0).toLongLong());
    }
    QSqlQuery counters(db.sql());
    EXPECT_TRUE(
        counters.exec(QStringLiteral("SELECT coalesce(sum(last_value), 0) FROM order_number_counters")));
    counters.next();
    out.insert(QStringLiteral("order_number_counters.last_value"), counters.value(0).toLongLong());
    return out;
}

// "name=3 orders=0 …" for a failure message.
inline std::string describe(const QMap<QString, qint64>& figures)
{
    QStringList parts;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(u' ').toStdString();
}

} // namespace od::test
