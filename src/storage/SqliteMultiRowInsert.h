#pragma once

#include "SqliteStatement.h"

#include <algorithm>
#include <string>
#include <vector>

namespace od {

// INSERT statements that write several rows at once (VALUES (…), (…), …), one prepared statement
// per row count, prepared on first use. For bulk loads of rows that come in small groups (an
// order's timeline events, its lines): one statement per group instead of per row saves opening
// the table's cursors and finding its end for every row, about a tenth of the loader's own time
// for the timeline; the early warning stores its verdicts the same way. Parameters of row k
// (0-based) start at k * columns + 1.
class SqliteMultiRowInsert
{
public:
    // `head` is "INSERT INTO t (c1, c2, …)" with `columns` columns; `tail` follows the rows
    // (an ON CONFLICT clause).
    void setSql(std::string head, int columns, std::string tail = {});
    // The statement for `rows` rows (at least one), prepared on `db` when first asked for; an
    // unprepared statement when preparing fails (errorText of the connection says why).
    SqliteStatement& forRows(sqlite3* db, size_t rows);
    // Writes `rows`, `perStatement` at a time; bind(statement, parameter, row) binds one row's
    // columns after `parameter`, advancing it. False when a statement fails (the connection's
    // errorText says why).
    template <typename Row, typename Bind>
    bool write(sqlite3* db, const std::vector<Row>& rows, size_t perStatement, Bind bind)
    {
        for (size_t first = 0; first < rows.size(); first += perStatement) {
            const size_t end = std::min(rows.size(), first + perStatement);
            SqliteStatement& s = forRows(db, end - first);
            if (!s.isPrepared())
                return false;
            int p = 0;
            for (size_t i = first; i < end; ++i)
                bind(s, p, rows[i]);
            if (!finished(s.execute()))
                return false;
        }
        return true;
    }
    void clear() { m_statements.clear(); }
    bool hasSql() const { return !m_head.empty(); }
    // Whether SqliteStatement::execute's result means the rows went in.
    static bool finished(int executeResult);

private:
    std::string m_head;
    std::string m_tail;
    int m_columns = 0;
    std::vector<SqliteStatement> m_statements; // [rows - 1]
};

} // namespace od
