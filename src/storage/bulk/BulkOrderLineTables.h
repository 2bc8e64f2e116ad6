#pragma once

#include "BulkScratchWriter.h"
#include "SqliteMultiRowInsert.h"

#include <string>
#include <vector>

namespace od {

// The order lines of a bulk load, for a BulkScratchWriter. Three million lines with an index by
// product (its keys arrive at eighty places at once) were a third of the loader's own time; in
// the scratch database the rows are appended and the secondary indexes built once at the end
// from sorted keys, and the loader's copy moves records and index entries in key order.
class BulkOrderLineTables : public BulkScratchTables
{
public:
    static constexpr const char* table = "order_lines";

    // The target's CREATE TABLE and CREATE INDEX statements of the table; the lines get the ids
    // after `lastLineId`, the ones SQLite would have given them in the target.
    BulkOrderLineTables(std::string createTable, std::vector<std::string> createIndexes, qint64 lastLineId)
        : m_createTable(std::move(createTable)), m_createIndexes(std::move(createIndexes)),
          m_lastId(lastLineId)
    {
    }

    const char* name() const override { return "order lines"; }
    // Index builds sort in memory up to the cache's size: the product index of three million
    // lines sorts in one go.
    int cacheSizeKiB() const override { return 128 * 1024; }
    bool create(sqlite3* db) override;
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override;
    bool write(const BulkScratchBatch& batch) override;
    bool complete() override;
    void release() override { m_insert.clear(); }
    // The lines table as it is: its UNIQUE constraint lets SQLite copy records as they are only
    // into an empty table, which the target's is (a demo company goes into an empty database;
    // otherwise SQLite inserts them one by one, with the same result).
    std::vector<Copy> copies() const override { return {{table, false}}; }

private:
    std::string m_createTable;
    std::vector<std::string> m_createIndexes;
    qint64 m_lastId = 0;
    sqlite3* m_db = nullptr;
    SqliteMultiRowInsert m_insert;
};

} // namespace od
