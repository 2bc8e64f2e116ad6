#include "SqliteMultiRowInsert.h"

#include <sqlite3.h>

namespace od {

void SqliteMultiRowInsert::setSql(std::string head, int columns, std::string tail)
{
    m_head = std::move(head);
    m_tail = std::move(tail);
    m_columns = columns;
    m_statements.clear();
}

SqliteStatement& SqliteMultiRowInsert::forRows(sqlite3* db, size_t rows)
{
    if (m_statements.size() < rows)
        m_statements.resize(rows);
    SqliteStatement& statement = m_statements[rows - 1];
    if (!statement.isPrepared()) {
        std::string row = "(?";
        for (int c = 1; c < m_columns; ++c)
            row += ", ?";
        row += ')';
        std::string sql = m_head + " VALUES " + row;
        for (size_t r = 1; r < rows; ++r)
            sql += ", " + row;
        if (!m_tail.empty())
            sql += ' ' + m_tail;
        statement.prepare(db, sql);
    }
    return statement;
}

bool SqliteMultiRowInsert::finished(int executeResult)
{
    return executeResult == SQLITE_DONE;
}

} // namespace od
