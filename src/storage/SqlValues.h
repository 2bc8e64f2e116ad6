#pragma once

#include "Error.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <string_view>

namespace od::sqlv {

// Calendar dates are YYYY-MM-DD text; a null date is SQL NULL.
QVariant date(const QDate& d);
QDate toDate(const QVariant& v);
// Timestamps are UTC ISO-8601 text with seconds.
QVariant timestamp(const QDateTime& t);
QDateTime toTimestamp(const QVariant& v);
// The same from text read through SQLite's own API (SqliteStatement::columnText); empty text
// (as SQL NULL reads) is no date.
QDate toDate(std::string_view text);
QDateTime toTimestamp(std::string_view text);
QString nowUtc();

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QVariant text(const QString& s);

// Executes a prepared query; a failure becomes a storage Error naming `what`.
Status exec(QSqlQuery& q, const QString& what);
// Prepares `q` once (hot paths reuse their statements).
Status prepare(QSqlQuery& q, const QString& sql);

} // namespace od::sqlv
