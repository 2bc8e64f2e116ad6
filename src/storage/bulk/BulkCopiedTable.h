#pragma once

#include "BulkScratchWriter.h"
#include "SqliteMultiRowInsert.h"

#include <string>
#include <vector>

namespace od {

// A table of the target as its own statements say: its CREATE TABLE and its CREATE INDEXes.
struct BulkTableDefinition
{
    std::string createTable;
    std::vector<std::string> createIndexes;
};

// One table of the target written whole in a scratch database and copied in with its indexes:
// created from the target's own CREATE TABLE, its rows appended with multi-row INSERTs, its
// secondary indexes built once after the last row from sorted keys. The copy into the target's
// table moves records and index entries as they are, which SQLite does when both are defined
// alike and the target's is empty and has no triggers (a demo company goes into an empty
// database; otherwise SQLite inserts row by row, with the same result).
class BulkCopiedTable : public BulkScratchTables
{
public:
    // `createTable` and `createIndexes`: the target's statements; `insertHead`: "INSERT INTO t
    // (c1, …)" with `columns` columns.
    BulkCopiedTable(std::string table, std::string createTable, std::vector<std::string> createIndexes,
                    std::string insertHead, int columns);

    bool create(sqlite3* db) override;
    bool complete() override;
    void release() override { m_insert.clear(); }
    std::vector<Copy> copies() const override { return {{m_table, false}}; }

protected:
    sqlite3* m_db = nullptr;
    SqliteMultiRowInsert m_insert; // the rows of a statement, for write()

private:
    std::string m_table;
    std::string m_createTable;
    std::vector<std::string> m_createIndexes;
};

} // namespace od
