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
    // The tables written here and copied in: the orders, their first shipments, their deliveries.
    static constexpr const char* Tables[] = {table, "order_shipments", "order_deliveries"};

    // The target's CREATE TABLE statement of a table and its CREATE INDEX statements.
    struct Definition
    {
        std::string createTable;
        std::vector<std::string> createIndexes;
    };

    // The orders come with their ids. Each order's first shipment and delivery rows, which the
    // running summaries of the dashboard and the on-time report start from, go into their own
    // tables here too (order_shipments, order_deliveries: a row per order, keyed by it).
    BulkOrderTables(Definition orders, Definition firstShipments, Definition deliveries);
    const char* name() const override { return "orders"; }
    // Each index of a million orders sorts in memory in one go.
    int cacheSizeKiB() const override { return 256 * 1024; }
    bool create(sqlite3* db) override;
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override;
    bool write(const BulkScratchBatch& batch) override;
    bool complete() override;
    void release() override;
    std::vector<Copy> copies() const override;

private:
    struct SideTable
    {
        const char* name;
        Definition definition;
        SqliteMultiRowInsert insert;
    };
    SideTable m_firstShipments;
    SideTable m_deliveries;
};

} // namespace od
