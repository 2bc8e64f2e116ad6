#include "BulkSearchIndexTables.h"

#include <sqlite3.h>

namespace od {

namespace {

// No merging while documents go in; 'crisismerge' (a level with this many segments is merged at
// once) is set to FTS5's largest value. A million demo orders write about 470 segments, so only
// loads of over four million orders see such a merge on the way, which costs time, not results.
constexpr int kCrisisMerge = 1999;

// Leaf pages of about 32 KB instead of FTS5's 4,050 bytes: a quarter as many records to write,
// merge and copy. Building the index of a million demo orders (137 characters each) took 24.5 s
// instead of 27.0 s (sqlite3 shell), and phrase queries ran as fast. The setting only shapes what
// this load writes: FTS5 reads a leaf of any size, and the target keeps its own page size for
// the documents the app writes later.
constexpr int kLeafPageBytes = 32000;

// The shadow tables that hold an FTS5 table's data (of a table with content and column sizes,
// as order_search is); %_config holds settings the target keeps.
constexpr const char* kShadowSuffixes[] = {"_data", "_idx", "_content", "_docsize"};

std::string sqlIdentifier(const std::string& name)
{
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

bool exec(sqlite3* db, const std::string& sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

bool BulkSearchIndexTables::create(sqlite3* db)
{
    m_db = db;
    if (!exec(db, m_create))
        return false;
    std::string column;
    {
        SqliteStatement name;
        if (name.prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE "
                             "'CREATE VIRTUAL TABLE%'") != SQLITE_OK ||
            name.step() != SQLITE_ROW)
            return false;
        m_table = std::string(name.columnText(0));
        SqliteStatement columns;
        if (columns.prepare(db, "SELECT name FROM pragma_table_info(?)") != SQLITE_OK)
            return false;
        columns.bindText(1, m_table);
        if (columns.step() != SQLITE_ROW)
            return false;
        column = std::string(columns.columnText(0)); // the one indexed column
    }
    const std::string t = sqlIdentifier(m_table);
    const std::string setting = "INSERT INTO " + t + " (" + t + ", rank) VALUES ";
    return exec(db, setting + "('automerge', 0)") &&
           exec(db, setting + "('crisismerge', " + std::to_string(kCrisisMerge) + ")") &&
           exec(db, setting + "('pgsz', " + std::to_string(kLeafPageBytes) + ")") &&
           m_insert.prepare(db, "INSERT INTO " + t + " (rowid, " + sqlIdentifier(column) +
                                    ") VALUES (?, ?)") == SQLITE_OK;
}

void BulkSearchIndexTables::collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const
{
    batch.documents.push_back({orderId, batch.keep(order.searchText)});
}

bool BulkSearchIndexTables::write(const BulkScratchBatch& batch)
{
    for (const BulkScratchBatch::Document& d : batch.documents) {
        m_insert.bindInt(1, d.rowId);
        m_insert.bindText(2, batch.view(d.text));
        if (m_insert.execute() != SQLITE_DONE)
            return false;
    }
    return true;
}

bool BulkSearchIndexTables::complete()
{
    const std::string t = sqlIdentifier(m_table);
    return exec(m_db, "INSERT INTO " + t + " (" + t + ") VALUES ('optimize')");
}

std::vector<BulkScratchTables::Copy> BulkSearchIndexTables::copies() const
{
    std::vector<Copy> out;
    for (const char* suffix : kShadowSuffixes)
        out.push_back({m_table + suffix, true});
    return out;
}

} // namespace od
