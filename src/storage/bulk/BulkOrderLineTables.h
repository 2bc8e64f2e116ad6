#pragma once

#include "BulkCopiedTable.h"

#include <string>
#include <vector>

namespace od {

// The order lines of a bulk load, for a BulkScratchWriter. Three million lines with an index by
// product (its keys arrive at eighty places at once) were a third of the loader's own time; in
// the scratch database the rows are appended and the secondary indexes built once at the end
// from sorted keys, and the loader's copy moves records and index entries in key order.
class BulkOrderLineTables : public BulkCopiedTable
{
public:
    static constexpr const char* table = "order_lines";

    // The target's CREATE TABLE and CREATE INDEX statements of the table; the lines get the ids
    // after `lastLineId`, the ones SQLite would have given them in the target.
    BulkOrderLineTables(std::string createTable, std::vector<std::string> createIndexes, qint64 lastLineId);

    const char* name() const override { return "order lines"; }
    // Index builds sort in memory up to the cache's size: the product index of three million
    // lines sorts in one go.
    int cacheSizeKiB() const override { return 128 * 1024; }
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override;
    bool write(const BulkScratchBatch& batch) override;

private:
    qint64 m_lastId = 0;
};

} // namespace od
