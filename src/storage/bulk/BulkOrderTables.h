#pragma once

#include "BulkCopiedTable.h"

namespace od {

// The orders of a bulk load, for a BulkScratchWriter. The orders table has thirteen list indexes
// whose keys arrive at random places; built in the target at the end of the load, they kept the
// loader's core busy for a quarter of the load while the other core waited. Here the rows are
// appended on the other core during the load and the indexes built there afterwards, while the
// loader does the rest of its work. (All of them are built at the end: even those whose keys
// arrive in order cost more CPU kept row by row, on the cores the load keeps busy, than sorted
// once.) The target's orders table must have no triggers while it is copied: the loader leaves
// them out for the load.
class BulkOrderTables : public BulkCopiedTable
{
public:
    static constexpr const char* table = "orders";

    // The orders come with their ids.
    explicit BulkOrderTables(BulkTableDefinition orders);
    const char* name() const override { return "orders"; }
    // Each index of a million orders sorts in memory in one go.
    int cacheSizeKiB() const override { return 256 * 1024; }
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override;
    bool write(const BulkScratchBatch& batch) override;
};

} // namespace od
