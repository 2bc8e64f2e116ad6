#pragma once

#include "BulkOrder.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace od {

// A few thousand orders' worth of what a BulkScratchWriter's worker writes: search documents or
// order lines. The orders the generator builds only live until the next one is built, so their
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

    std::vector<Document> documents;
    std::vector<Line> lines;
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
