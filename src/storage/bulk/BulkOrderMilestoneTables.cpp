#include "BulkOrderMilestoneTables.h"

#include "BulkSummaryCounts.h"

#include <sqlite3.h>

namespace od {

namespace {

// Rows per statement: fewer calls into SQLite, few statements prepared.
constexpr size_t kRowsPerInsert = 32;

} // namespace

BulkOrderMilestoneTables::BulkOrderMilestoneTables(BulkTableDefinition firstShipments,
                                                   BulkTableDefinition deliveries)
    : m_firstShipments{std::move(firstShipments), {}}, m_deliveries{std::move(deliveries), {}}
{
    m_firstShipments.insert.setSql(
        "INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id)", 4);
    m_deliveries.insert.setSql("INSERT INTO order_deliveries (order_id, delivered_on, promised_date, "
                               "days_late, customer_id, salesperson_id, cause)",
                               7);
}

bool BulkOrderMilestoneTables::create(sqlite3* db)
{
    m_db = db;
    for (const Table* t : {&m_firstShipments, &m_deliveries})
        if (sqlite3_exec(db, t->definition.createTable.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
    return true;
}

void BulkOrderMilestoneTables::collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& o) const
{
    const BulkOrderFacts facts = BulkSummaryCounts::facts(o);
    if (!facts.firstShipped.empty())
        batch.firstShipments.push_back(
            {orderId, batch.keep(facts.firstShipped), batch.keep(o.promisedDate), o.salespersonId});
    if (facts.delivery)
        batch.deliveries.push_back({orderId, batch.keep(facts.delivery->deliveredOn),
                                    batch.keep(o.promisedDate), facts.delivery->daysLate, o.customerId,
                                    o.salespersonId});
}

bool BulkOrderMilestoneTables::write(const BulkScratchBatch& batch)
{
    return m_firstShipments.insert.write(
               m_db, batch.firstShipments, kRowsPerInsert,
               [&batch](SqliteStatement& s, int& p, const BulkScratchBatch::FirstShipment& f) {
                   s.bindInt(++p, f.orderId);
                   s.bindText(++p, batch.view(f.shippedOn));
                   s.bindTextOrNull(++p, batch.view(f.promisedDate));
                   s.bindInt(++p, f.salespersonId);
               }) &&
           m_deliveries.insert.write(
               m_db, batch.deliveries, kRowsPerInsert,
               [&batch](SqliteStatement& s, int& p, const BulkScratchBatch::Delivery& d) {
                   s.bindInt(++p, d.orderId);
                   s.bindText(++p, batch.view(d.deliveredOn));
                   s.bindTextOrNull(++p, batch.view(d.promisedDate));
                   s.bindInt(++p, d.daysLate);
                   s.bindInt(++p, d.customerId);
                   s.bindInt(++p, d.salespersonId);
                   s.bindText(++p, std::string_view()); // no review yet
               });
}

bool BulkOrderMilestoneTables::complete()
{
    for (const Table* t : {&m_firstShipments, &m_deliveries})
        for (const std::string& create : t->definition.createIndexes)
            if (sqlite3_exec(m_db, create.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
    return true;
}

void BulkOrderMilestoneTables::release()
{
    m_firstShipments.insert.clear();
    m_deliveries.insert.clear();
}

std::vector<BulkScratchTables::Copy> BulkOrderMilestoneTables::copies() const
{
    return {{Tables[0], false}, {Tables[1], false}};
}

} // namespace od
