#include "BulkOrderLineTables.h"

#include <sqlite3.h>

namespace od {

BulkOrderLineTables::BulkOrderLineTables(std::string createTable, std::vector<std::string> createIndexes,
                                         qint64 lastLineId)
    : BulkCopiedTable(table, std::move(createTable), std::move(createIndexes),
                      std::string("INSERT INTO ") + table +
                          " (id, order_id, line_no, product_id, description, quantity, unit, unit_price, "
                          "discount_bp, amount, requested_date)",
                      11),
      m_lastId(lastLineId)
{
}

void BulkOrderLineTables::collect(BulkScratchBatch& batch, qint64 orderId, const BulkOrder& order) const
{
    int lineNo = 0;
    for (const BulkOrderLine& l : order.lines)
        batch.lines.push_back({orderId, ++lineNo, l.productId, batch.keep(l.description), l.quantityRaw,
                               batch.keep(l.unit), l.unitPriceRaw, l.discountBp, l.amountMinor,
                               batch.keep(l.requestedDate)});
}

bool BulkOrderLineTables::write(const BulkScratchBatch& batch)
{
    // An order's lines go in with one statement.
    const auto& lines = batch.lines;
    for (size_t first = 0, end = 0; first < lines.size(); first = end) {
        end = first + 1;
        while (end < lines.size() && lines[end].orderId == lines[first].orderId)
            ++end;
        SqliteStatement& s = m_insert.forRows(m_db, end - first);
        if (!s.isPrepared())
            return false;
        int p = 0;
        for (size_t i = first; i < end; ++i) {
            const BulkScratchBatch::Line& l = lines[i];
            s.bindInt(++p, ++m_lastId);
            s.bindInt(++p, l.orderId);
            s.bindInt(++p, l.lineNo);
            s.bindInt(++p, l.productId);
            s.bindText(++p, batch.view(l.description));
            s.bindInt(++p, l.quantityRaw);
            s.bindText(++p, batch.view(l.unit));
            s.bindInt(++p, l.unitPriceRaw);
            s.bindInt(++p, l.discountBp);
            s.bindInt(++p, l.amountMinor);
            s.bindTextOrNull(++p, batch.view(l.requestedDate));
        }
        if (s.execute() != SQLITE_DONE)
            return false;
    }
    return true;
}

} // namespace od
