#include "BareSqlite.h"

#include <sqlite3.h>

namespace od::bench {

BareSqlite::~BareSqlite()
{
    close();
}

bool BareSqlite::open(const QString& path)
{
    close();
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return false;
    // The page cache the app's connection has (Database::open), so that both sides read the
    // same pages from memory.
    return sqlite3_exec(m_db, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY", nullptr, nullptr,
                        nullptr) == SQLITE_OK;
}

void BareSqlite::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString BareSqlite::lastError() const
{
    return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open");
}

bool BareSqlite::run(const BareStatement& statement)
{
    const auto& [sql, function] = statement;
    if (function.isEmpty())
        return sql.text.isEmpty() || run(sql.text, sql.params);
    return m_hits.gather(m_db, sql.params.value(0).toString()).has_value() && m_hits.install(m_db, function);
}

bool BareSqlite::run(const QString& sql, const QVariantList& params)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        return false;
    QList<QByteArray> keep; // bound text must live until the last step
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& p = params[i];
        switch (p.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(stmt, i + 1, p.toLongLong());
            break;
        default:
            if (p.isNull()) {
                sqlite3_bind_null(stmt, i + 1);
            } else {
                keep << p.toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, keep.last().constData(), int(keep.last().size()),
                                  SQLITE_STATIC);
            }
        }
    }
    int rc;
    const int columns = sqlite3_column_count(stmt);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_INTEGER)
                (void)sqlite3_column_int64(stmt, c);
            else
                (void)sqlite3_column_text(stmt, c);
        }
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

} // namespace od::bench
