#include "SqliteStatement.h"

#include <sqlite3.h>

#include <utility>

namespace od {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        finalize();
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

int SqliteStatement::prepare(sqlite3* db, std::string_view sql)
{
    finalize();
    if (!db)
        return SQLITE_MISUSE;
    return sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindText(int index, std::string_view utf8)
{
    // SQLite binds NULL for a null pointer; an empty text must stay ''.
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindTextOrNull(int index, std::string_view utf8)
{
    if (utf8.empty())
        sqlite3_bind_null(m_stmt, index);
    else
        bindText(index, utf8);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_stmt);
}

int SqliteStatement::execute()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

std::string_view SqliteStatement::columnText(int index) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
}

QString SqliteStatement::columnString(int index) const
{
    const std::string_view text = columnText(index);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const char* SqliteStatement::errorText(sqlite3* db)
{
    return db ? sqlite3_errmsg(db) : "no database handle";
}

} // namespace od
