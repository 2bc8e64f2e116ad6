#pragma once

#include "BulkScratchWriter.h"
#include "SqliteStatement.h"

#include <string>

namespace od {

// The full-text index of a bulk load, for a BulkScratchWriter: tokenising a million documents
// into trigrams is the largest single part of a demo load. The scratch database gets the
// target's own FTS5 table; its shadow tables (index segments, stored texts, sizes) are what the
// loader copies, so the target holds the index FTS5 itself built, byte for byte, and queries and
// later updates work on it as on any other.
//
// How FTS5 is set up for the load (one large in-memory hash, large leaves, no merging on the
// way) and what that saved is told in BulkSearchIndexTables.cpp.
class BulkSearchIndexTables : public BulkScratchTables
{
public:
    // `createStatement` is the target's CREATE VIRTUAL TABLE … USING fts5 with one column.
    explicit BulkSearchIndexTables(std::string createStatement) : m_create(std::move(createStatement)) {}

    const char* name() const override { return "search index"; }
    // FTS5 writes each segment once, page after page, and reads them back only to merge them:
    // the operating system's cache serves that as well.
    int cacheSizeKiB() const override { return 32 * 1024; }
    bool create(sqlite3* db) override;
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override;
    bool write(const BulkScratchBatch& batch) override;
    bool complete() override;
    void release() override { m_insert = SqliteStatement(); }
    // All shadow tables but %_config, which holds settings the target keeps.
    std::vector<Copy> copies() const override;

private:
    std::string m_create;
    sqlite3* m_db = nullptr;
    std::string m_table;
    SqliteStatement m_insert;
};

} // namespace od
