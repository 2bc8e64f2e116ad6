#pragma once

#include "BulkScratchWriter.h"
#include "SqliteMultiRowInsert.h"

#include <string>
#include <vector>

namespace od {

// The orders of a bulk load, for a BulkScratchWriter. The orders table has thirteen list indexes
// whose keys arrive at random places; built in the target at the end of the load, they kept the
// loader's core busy for a quarter of the load while the other core waited. Here the rows are
// appended on the other core during the load, the indexes are built there afterwards while the
// loader does the rest of its work, and the loader's copy moves records and index entries in key
// order. The target's orders table must have no triggers while it is copied (SQLite copies
// records as they are only then): the loader leaves them out for the load.
class BulkOrderTables : public BulkScratchTables
{
public:
    static constexpr const char* table = "orders";

    // The target's CREATE TABLE and CREATE INDEX statements of the table. (All of its indexes
    // are built at the end: even those whose keys arrive in order cost more CPU kept row by row,
    // on the cores the load keeps busy, than sorted once.)
    BulkOrderTables(std::string createTable, std::vector<std::string> createIndexes)
        : m_createTable(std::move(createTable)), m_createIndexes(std::move(createIndexes))
    {
    }
    const char* name() const override { return "orders"; }
    // Each index of a million orders sorts in memory in one go.
    int cacheSizeKiB() const override { return 256 * 1024; }
    bool create(sqlite3* db) override;
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override;
    bool write(const BulkScratchBatch& batch) override;
    bool complete() override;
    void release() override { m_insert.clear(); }
    // Copied as a whole into the target's empty table, its indexes with it.
    std::vector<Copy> copies() const override { return {{table, false}}; }

private:
    std::string m_createTable;
    std::vector<std::string> m_createIndexes;
    sqlite3* m_db = nullptr;
    SqliteMultiRowInsert m_insert;
};

} // namespace od
