#include "TablePagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace od {

namespace {

constexpr qreal CssPixelsPerInch = 96.0;
constexpr int MaxRowMoveAttempts = 6;

struct Extent
{
    qreal top = 0;
    qreal bottom = 0;
};

qreal pageHeight(const QTextDocument& document)
{
    return document.pageSize().height();
}

int pageOf(const QTextDocument& document, qreal y)
{
    return int(std::floor(y / pageHeight(document)));
}

// Forces pending layout, so the geometry read next reflects every earlier change.
void layOut(QTextDocument& document)
{
    document.documentLayout()->documentSize();
}

// The text of row `row`, in document coordinates: from the first line of its first block to the
// last line of its last block, over all cells that start in this row.
Extent rowTextExtent(QTextDocument& document, QTextTable& table, int row)
{
    const QAbstractTextDocumentLayout* layout = document.documentLayout();
    Extent extent{std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::lowest()};
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (!cell.isValid() || cell.row() != row || cell.column() != column)
            continue;
        extent.top =
            std::min(extent.top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        extent.bottom =
            std::max(extent.bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return extent;
}

// Layout units per CSS pixel: table paddings are stored in CSS pixels and scaled by the layout.
qreal deviceScale(const QTextDocument& document)
{
    const QPaintDevice* device = document.documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / CssPixelsPerInch : 1.0;
}

// The cell of `row` whose text reaches lowest: lengthening it lengthens the row by the same amount.
QTextTableCell lowestCell(QTextDocument& document, QTextTable& table, int row)
{
    QTextTableCell lowest;
    qreal lowestBottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (!cell.isValid() || cell.row() != row || cell.column() != column)
            continue;
        const qreal bottom =
            document.documentLayout()->blockBoundingRect(cell.lastCursorPosition().block()).bottom();
        if (bottom > lowestBottom) {
            lowestBottom = bottom;
            lowest = cell;
        }
    }
    return lowest;
}

void setSpacerHeight(QTextDocument& document, QTextCursor& spacer, qreal height)
{
    QTextBlockFormat format = spacer.blockFormat();
    // Line heights are given in CSS pixels and scaled by the layout, like every other length.
    format.setLineHeight(std::max<qreal>(0, height) / deviceScale(document), QTextBlockFormat::FixedHeight);
    format.setTopMargin(0);
    format.setBottomMargin(0);
    spacer.setBlockFormat(format);
}

} // namespace

void TablePagination::apply(QTextDocument& document)
{
    if (pageHeight(document) <= 0)
        return;
    // Document order matters: each move only pushes later content down.
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        if (table->format().headerRowCount() > 0)
            keepRowsTogether(document, *table);
        else
            keepTableTogether(document, *table);
    }
}

void TablePagination::keepTableTogether(QTextDocument& document, QTextTable& table)
{
    layOut(document);
    const QRectF box = document.documentLayout()->frameBoundingRect(&table);
    if (box.height() > pageHeight(document) ||
        pageOf(document, box.top()) == pageOf(document, box.bottom() - 1))
        return;
    QTextTableFormat format = table.format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table.setFormat(format);
}

void TablePagination::keepRowsTogether(QTextDocument& document, QTextTable& table)
{
    const qreal page = pageHeight(document);
    const int headerRows = table.format().headerRowCount();
    for (int row = headerRows; row < table.rows(); ++row) {
        layOut(document);
        const Extent text = rowTextExtent(document, table, row);
        const int firstPage = pageOf(document, text.top);
        if (firstPage == pageOf(document, text.bottom - 1) || text.bottom - text.top > page / 2)
            continue;

        if (row == headerRows) {
            // Only the header would stay behind: start the whole table on the next page.
            QTextTableFormat format = table.format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table.setFormat(format);
            continue;
        }

        moveRowToNextPage(document, table, row, text.top);
    }
}

void TablePagination::moveRowToNextPage(QTextDocument& document, QTextTable& table, int row, qreal textTop)
{
    // An empty line of fixed height at the end of the previous row fills the rest of the page, so
    // no first line of this row fits and the layout starts the row on the next page, under the
    // repeated header. The spacer must itself stay on this page: the exact room left depends on
    // paddings and borders, so aim for the page end and correct by measuring.
    const qreal page = pageHeight(document);
    const int firstPage = pageOf(document, textTop);
    const qreal pageEnd = (firstPage + 1) * page;
    const QTextTableCell previous = lowestCell(document, table, row - 1);
    if (!previous.isValid())
        return;
    const qreal gapBetweenRows =
        textTop -
        document.documentLayout()->blockBoundingRect(previous.lastCursorPosition().block()).bottom();
    const qreal step = std::max<qreal>(1, gapBetweenRows / 2);

    QTextCursor spacer = previous.lastCursorPosition();
    spacer.insertBlock();
    // Aim to end the previous row, bottom border included, just above the page end.
    qreal height = pageEnd - textTop - gapBetweenRows;
    for (int attempt = 0; attempt < MaxRowMoveAttempts; ++attempt) {
        setSpacerHeight(document, spacer, height);
        layOut(document);
        const qreal spacerBottom = document.documentLayout()->blockBoundingRect(spacer.block()).bottom();
        if (pageOf(document, spacerBottom - 1) > firstPage)
            height -= step; // the spacer itself went over: the previous row now spans pages
        else if (pageOf(document, rowTextExtent(document, table, row).top) == firstPage)
            height += step; // not enough: part of the row still fits here
        else
            return;
    }
    // No height worked (a row layout this code does not foresee): leave the row as it was.
    spacer.select(QTextCursor::BlockUnderCursor);
    spacer.removeSelectedText();
}

} // namespace od
