#include "BulkSearchIndexTables.h"

#include <sqlite3.h>

namespace od {

namespace {

// No merging while documents go in (FTS5's 'automerge' rewrote every segment several times: 32 s
// against 19 s for a million demo orders); 'crisismerge' (a level with this many segments is merged at
// once) is set to FTS5's largest value, so that a load larger than the hash below holds writes
// several segments and merges them once, at the end ('optimize').
constexpr int kCrisisMerge = 1999;

// Leaf pages of about 32 KB instead of FTS5's 4,050 bytes: a quarter as many records to write,
// merge and copy. The setting only shapes what this load writes: FTS5 reads a leaf of any size,
// and the target keeps its own page size for the documents the app writes later.
constexpr int kLeafPageBytes = 32000;

// FTS5 gathers the documents' terms in an in-memory hash and writes it out as a segment when it
// outgrows this size (1 MiB by default). With room for a million demo orders (about 460 MB), the
// index is written once, as the single segment queries read fastest, and no merge is left for
// the end of the load, when the other writers complete too. Building the index of a million demo
// orders (137 characters each, sqlite3 shell, the index alone): 16.9 s of inserts and 10.1 s of
// merging with FTS5's defaults; 15.9 s and 8.7 s with the larger leaves; 21.8 s and none with
// the larger hash as well. Phrase queries ran as fast on each.
constexpr int kHashBytes = 1 << 30;

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
           exec(db, setting + "('hashsize', " + std::to_string(kHashBytes) + ")") &&
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
