#pragma once

#include <QtGlobal>

class QTextDocument;
class QTextTable;

namespace od {

// Page breaks the way a reader of a business document expects them, which QTextDocument does
// not do by itself: it breaks a table row (or a small box) line by line across two pages.
// Run once after the document has its page size and content; later edits undo nothing but are
// not re-checked.
//  - A top-level table without a repeating header that fits on one page (signature box,
//    customer details) is moved whole to the next page instead of being split.
//  - A row of a table with a header (the order lines) is moved whole to the next page, under the
//    repeated header; the row above it is stretched to the page bottom, as QTextDocument itself
//    does when a row's first line does not fit. When the first row under the header would split,
//    the whole table moves.
class TablePagination
{
public:
    static void apply(QTextDocument& document);

private:
    static void keepTableTogether(QTextDocument& document, QTextTable& table);
    static void keepRowsTogether(QTextDocument& document, QTextTable& table);
    static void moveRowToNextPage(QTextDocument& document, QTextTable& table, int row, qreal textTop);
};

} // namespace od
