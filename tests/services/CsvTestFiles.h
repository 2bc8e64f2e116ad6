#pragma once

#include "CustomerRepository.h"
#include "Database.h"
#include "ProductRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>

#include <gtest/gtest.h>

namespace od::test {

// Writes `bytes` to `dir`/`name` and returns the path.
inline QString writeCsvFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir + u'/' + name;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

inline QString writeCsvFile(const QString& dir, const QString& name, const QString& text)
{
    return writeCsvFile(dir, name, text.toUtf8());
}

inline QByteArray readCsvFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline qint64 countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    q.next();
    return q.value(0).toLongLong();
}

} // namespace od::test
