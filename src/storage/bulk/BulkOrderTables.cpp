#include "BulkOrderTables.h"

#include "BulkSummaryCounts.h"

#include <sqlite3.h>

#include <algorithm>

namespace od {

namespace {

constexpr int kColumns = 24;
// Rows per statement: fewer calls into SQLite, few statements prepared.
constexpr size_t kRowsPerInsert = 32;

// Writes `rows` with `insert`, kRowsPerInsert at a time; bind(statement, parameter, row) binds one
// row's columns after parameter `parameter`, advancing it.
template <typename Row, typename Bind>
bool writeRows(sqlite3* db, SqliteMultiRowInsert& insert, const std::vector<Row>& rows, Bind bind)
{
    for (size_t first = 0; first < rows.size(); first += kRowsPerInsert) {
        const size_t end = std::min(rows.size(), first + kRowsPerInsert);
        SqliteStatement& s = insert.forRows(db, end - first);
        if (!s.isPrepared())
            return false;
        int p = 0;
        for (size_t i = first; i < end; ++i)
            bind(s, p, rows[i]);
        if (s.execute() != SQLITE_DONE)
            return false;
    }
    return true;
}

} // namespace

BulkOrderTables::BulkOrderTables(Definition orders, Definition firstShipments, Definition deliveries)
    : BulkCopiedTable(
          table, std::move(orders.createTable), std::move(orders.createIndexes),
          std::string("INSERT INTO ") + table +
              " (id, order_no, customer_id, salesperson_id, customer_name, salesperson_name, "
              "status, held_from_status, settlement_status, order_date, requested_date, "
              "promised_date, revision, last_sent_revision, currency, tax_rate_bp, notes, subtotal, "
              "tax, total, line_count, version, created_at, updated_at)",
          kColumns),
      m_firstShipments{Tables[1], std::move(firstShipments), {}}, m_deliveries{
                                                                      Tables[2], std::move(deliveries), {}}
{
    m_firstShipments.insert.setSql(
        "INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id)", 4);
    m_deliveries.insert.setSql("INSERT INTO order_deliveries (order_id, delivered_on, promised_date, "
                               "days_late, customer_id, salesperson_id, cause)",
                               7);
}

bool BulkOrderTables::create(sqlite3* db)
{
    if (!BulkCopiedTable::create(db))
        return false;
    for (const SideTable* side : {&m_firstShipments, &m_deliveries})
        if (sqlite3_exec(db, side->definition.createTable.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
    return true;
}

bool BulkOrderTables::complete()
{
    if (!BulkCopiedTable::complete())
        return false;
    for (const SideTable* side : {&m_firstShipments, &m_deliveries})
        for (const std::string& create : side->definition.createIndexes)
            if (sqlite3_exec(m_db, create.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
    return true;
}

void BulkOrderTables::release()
{
    BulkCopiedTable::release();
    m_firstShipments.insert.clear();
    m_deliveries.insert.clear();
}

std::vector<BulkScratchTables::Copy> BulkOrderTables::copies() const
{
    return {{table, false}, {m_firstShipments.name, false}, {m_deliveries.name, false}};
}

void BulkOrderTables::collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& o) const
{
    BulkScratchBatch::Order& r = batch.orders.emplace_back();
    r.id = orderId;
    r.orderNo = batch.keep(o.orderNo);
    r.customerId = o.customerId;
    r.salespersonId = o.salespersonId;
    r.customerName = batch.keep(o.customerName);
    r.salespersonName = batch.keep(o.salespersonName);
    r.status = batch.keep(o.status);
    r.heldFromStatus = batch.keep(o.heldFromStatus);
    r.settlementStatus = batch.keep(o.settlementStatus);
    r.orderDate = batch.keep(o.orderDate);
    r.requestedDate = batch.keep(o.requestedDate);
    r.promisedDate = batch.keep(o.promisedDate);
    r.revision = o.revision;
    r.lastSentRevision = o.lastSentRevision;
    r.currency = batch.keep(o.currency);
    r.taxRateBp = o.taxRateBp;
    r.notes = batch.keep(o.notes);
    r.subtotalMinor = o.subtotalMinor;
    r.taxMinor = o.taxMinor;
    r.totalMinor = o.totalMinor;
    r.lineCount = qint64(o.lines.size());
    r.version = o.version;
    r.createdAt = batch.keep(o.createdAt);
    r.updatedAt = batch.keep(o.updatedAt);
    const BulkOrderFacts facts = BulkSummaryCounts::facts(o);
    if (!facts.firstShipped.empty())
        batch.firstShipments.push_back(
            {orderId, batch.keep(facts.firstShipped), batch.keep(o.promisedDate), o.salespersonId});
    if (facts.delivery)
        batch.deliveries.push_back({orderId, batch.keep(facts.delivery->deliveredOn),
                                    batch.keep(o.promisedDate), facts.delivery->daysLate, o.customerId,
                                    o.salespersonId});
}

bool BulkOrderTables::write(const BulkScratchBatch& batch)
{
    return writeRows(m_db, m_insert, batch.orders,
                     [&batch](SqliteStatement& s, int& p, const BulkScratchBatch::Order& o) {
                         s.bindInt(++p, o.id);
                         s.bindText(++p, batch.view(o.orderNo));
                         s.bindInt(++p, o.customerId);
                         s.bindInt(++p, o.salespersonId);
                         s.bindText(++p, batch.view(o.customerName));
                         s.bindText(++p, batch.view(o.salespersonName));
                         s.bindText(++p, batch.view(o.status));
                         s.bindTextOrNull(++p, batch.view(o.heldFromStatus));
                         s.bindText(++p, batch.view(o.settlementStatus));
                         s.bindText(++p, batch.view(o.orderDate));
                         s.bindTextOrNull(++p, batch.view(o.requestedDate));
                         s.bindTextOrNull(++p, batch.view(o.promisedDate));
                         s.bindInt(++p, o.revision);
                         s.bindInt(++p, o.lastSentRevision);
                         s.bindText(++p, batch.view(o.currency));
                         s.bindInt(++p, o.taxRateBp);
                         s.bindText(++p, batch.view(o.notes));
                         s.bindInt(++p, o.subtotalMinor);
                         s.bindInt(++p, o.taxMinor);
                         s.bindInt(++p, o.totalMinor);
                         s.bindInt(++p, o.lineCount);
                         s.bindInt(++p, o.version);
                         s.bindText(++p, batch.view(o.createdAt));
                         s.bindText(++p, batch.view(o.updatedAt));
                     }) &&
           writeRows(m_db, m_firstShipments.insert, batch.firstShipments,
                     [&batch](SqliteStatement& s, int& p, const BulkScratchBatch::FirstShipment& f) {
                         s.bindInt(++p, f.orderId);
                         s.bindText(++p, batch.view(f.shippedOn));
                         s.bindTextOrNull(++p, batch.view(f.promisedDate));
                         s.bindInt(++p, f.salespersonId);
                     }) &&
           writeRows(m_db, m_deliveries.insert, batch.deliveries,
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

} // namespace od
