#pragma once

#include "BulkCopiedTable.h"

namespace od {

// Each order's first shipment and its delivery, which the running summaries of the dashboard and
// the on-time report start from (order_shipments, order_deliveries: a row per order, keyed by
// it), for a BulkScratchWriter of their own. Their indexes are built there while the orders'
// are built beside them: together, the orders' writer was the last to be done, and the loader
// waited for it. Like the orders, the target's tables must have no triggers while they are copied.
class BulkOrderMilestoneTables : public BulkScratchTables
{
public:
    static constexpr const char* Tables[] = {"order_shipments", "order_deliveries"};

    BulkOrderMilestoneTables(BulkTableDefinition firstShipments, BulkTableDefinition deliveries);
    const char* name() const override { return "first shipments and deliveries"; }
    int cacheSizeKiB() const override { return 128 * 1024; }
    bool create(sqlite3* db) override;
    void collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const override;
    bool write(const BulkScratchBatch& batch) override;
    bool complete() override;
    void release() override;
    std::vector<Copy> copies() const override;

private:
    struct Table
    {
        BulkTableDefinition definition;
        SqliteMultiRowInsert insert;
    };
    sqlite3* m_db = nullptr;
    Table m_firstShipments;
    Table m_deliveries;
};

} // namespace od
