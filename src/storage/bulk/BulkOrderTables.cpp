#include "BulkOrderTables.h"

namespace od {

namespace {

constexpr int kColumns = 24;
// Rows per statement: fewer calls into SQLite, few statements prepared.
constexpr size_t kRowsPerInsert = 32;

} // namespace

BulkOrderTables::BulkOrderTables(BulkTableDefinition orders)
    : BulkCopiedTable(table, std::move(orders.createTable), std::move(orders.createIndexes),
                      std::string("INSERT INTO ") + table +
                          " (id, order_no, customer_id, salesperson_id, customer_name, salesperson_name, "
                          "status, held_from_status, settlement_status, order_date, requested_date, "
                          "promised_date, revision, last_sent_revision, currency, tax_rate_bp, notes, "
                          "subtotal, tax, total, line_count, version, created_at, updated_at)",
                      kColumns)
{
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
}

bool BulkOrderTables::write(const BulkScratchBatch& batch)
{
    return m_insert.write(m_db, batch.orders, kRowsPerInsert,
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
                          });
}

} // namespace od
