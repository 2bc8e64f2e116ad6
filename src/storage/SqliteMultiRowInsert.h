#pragma once

#include "SqliteStatement.h"

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
    void clear() { m_statements.clear(); }
    bool hasSql() const { return !m_head.empty(); }

private:
    std::string m_head;
    std::string m_tail;
    int m_columns = 0;
    std::vector<SqliteStatement> m_statements; // [rows - 1]
};

} // namespace od
