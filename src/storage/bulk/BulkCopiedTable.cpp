#include "BulkCopiedTable.h"

#include <sqlite3.h>

namespace od {

BulkCopiedTable::BulkCopiedTable(std::string table, std::string createTable,
                                 std::vector<std::string> createIndexes, std::string insertHead, int columns)
    : m_table(std::move(table)), m_createTable(std::move(createTable)),
      m_createIndexes(std::move(createIndexes))
{
    m_insert.setSql(std::move(insertHead), columns);
}

bool BulkCopiedTable::create(sqlite3* db)
{
    m_db = db;
    return sqlite3_exec(db, m_createTable.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool BulkCopiedTable::complete()
{
    for (const std::string& create : m_createIndexes) {
        if (sqlite3_exec(m_db, create.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace od
