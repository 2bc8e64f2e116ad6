#pragma once

#include "BulkOrder.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace od {

// A few thousand orders' worth of what a BulkScratchWriter's worker writes: search documents, order
// lines or orders. The orders the generator builds only live until the next one is built, so their
// text is copied into one buffer per batch (one allocation instead of one per field); rows refer
// to it by offset, which stays valid while the buffer grows.
struct BulkScratchBatch
{
    struct Text
    {
        size_t begin = 0;
        size_t size = 0;
    };
    struct Document
    {
        qint64 rowId = 0;
        Text text;
    };
    struct Line
    {
        qint64 orderId = 0;
        int lineNo = 0;
        qint64 productId = 0;
        Text description;
        qint64 quantityRaw = 0;
        Text unit;
        qint64 unitPriceRaw = 0;
        int discountBp = 0;
        qint64 amountMinor = 0;
        Text requestedDate; // empty = SQL NULL
    };

    // An orders row: the columns BulkOrder gives, text kept in the buffer.
    struct Order
    {
        qint64 id = 0;
        Text orderNo;
        qint64 customerId = 0;
        qint64 salespersonId = 0;
        Text customerName;
        Text salespersonName;
        Text status;
        Text heldFromStatus; // empty = SQL NULL
        Text settlementStatus;
        Text orderDate;
        Text requestedDate; // empty = SQL NULL
        Text promisedDate;  // empty = SQL NULL
        int revision = 1;
        int lastSentRevision = 0;
        Text currency;
        int taxRateBp = 0;
        Text notes;
        qint64 subtotalMinor = 0;
        qint64 taxMinor = 0;
        qint64 totalMinor = 0;
        qint64 lineCount = 0;
        int version = 1;
        Text createdAt;
        Text updatedAt;
    };
    // An order's first shipment (order_shipments) and its delivery (order_deliveries).
    struct FirstShipment
    {
        qint64 orderId = 0;
        Text shippedOn;
        Text promisedDate; // empty = SQL NULL
        qint64 salespersonId = 0;
    };
    struct Delivery
    {
        qint64 orderId = 0;
        Text deliveredOn;
        Text promisedDate; // empty = SQL NULL
        qint64 daysLate = 0;
        qint64 customerId = 0;
        qint64 salespersonId = 0;
    };
    std::vector<Document> documents;
    std::vector<Line> lines;
    std::vector<Order> orders;
    std::vector<FirstShipment> firstShipments;
    std::vector<Delivery> deliveries;
    std::string text;

    Text keep(std::string_view s)
    {
        const Text kept{text.size(), s.size()};
        text.append(s);
        return kept;
    }
    std::string_view view(Text t) const { return std::string_view(text).substr(t.begin, t.size); }
};

} // namespace od
