#include "TablePagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

#include <cmath>

namespace od {
namespace {

constexpr qreal PageHeight = 600;

// A 400 × 600 page holding a heading, then `rows` three-line rows under a header row.
QString tableHtml(int rows, bool withHeader)
{
    QString html = QStringLiteral(
        "<p>Heading</p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    if (withHeader)
        html += QStringLiteral("<thead><tr><th>No.</th><th>Text</th></tr></thead>");
    for (int row = 1; row <= rows; ++row)
        html +=
            QStringLiteral("<tr><td>%1</td><td>first line<br/>second line<br/>third line</td></tr>").arg(row);
    return html + QStringLiteral("</table>");
}

void prepare(QTextDocument& document, const QString& html)
{
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(400, PageHeight));
    document.setHtml(html);
}

int pageOf(qreal y)
{
    return int(std::floor(y / PageHeight));
}

QTextTable* firstTable(QTextDocument& document)
{
    for (QTextFrame* frame : document.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame))
            return table;
    return nullptr;
}

// Rows whose text starts on one page and ends on the next.
int splitRows(QTextDocument& document)
{
    QTextTable* table = firstTable(document);
    const QAbstractTextDocumentLayout* layout = document.documentLayout();
    layout->documentSize();
    int split = 0;
    for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
        const QTextTableCell cell = table->cellAt(row, 1);
        const qreal top = layout->blockBoundingRect(cell.firstCursorPosition().block()).top();
        const qreal bottom = layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom();
        if (pageOf(top) != pageOf(bottom - 1))
            ++split;
    }
    return split;
}

TEST(TablePagination, RowsOfAListAreNeverSplitOverTwoPages)
{
    QTextDocument document;
    prepare(document, tableHtml(40, true));
    ASSERT_GT(splitRows(document), 0) << "the layout alone splits rows, so the test can tell the difference";
    const int pagesBefore = document.pageCount();

    TablePagination::apply(document);

    EXPECT_EQ(splitRows(document), 0);
    EXPECT_EQ(firstTable(document)->rows(), 41) << "no row lost or added";
    EXPECT_GE(document.pageCount(), pagesBefore);
    EXPECT_LE(document.pageCount(), pagesBefore + 1);
}

TEST(TablePagination, ShortBoxThatWouldBeSplitMovesWholeToTheNextPage)
{
    // Just enough paragraphs before a six-row box to push it across the first page end.
    QTextDocument document;
    QTextTable* table = nullptr;
    QRectF box;
    for (int paragraphs = 0; paragraphs < 200; ++paragraphs) {
        QString html;
        for (int i = 0; i < paragraphs; ++i)
            html += QStringLiteral("<p>paragraph %1</p>").arg(i);
        prepare(document, html + tableHtml(6, false));
        table = firstTable(document);
        document.documentLayout()->documentSize();
        box = document.documentLayout()->frameBoundingRect(table);
        if (pageOf(box.top()) != pageOf(box.bottom() - 1))
            break;
    }
    ASSERT_EQ(pageOf(box.top()), 0);
    ASSERT_EQ(pageOf(box.bottom() - 1), 1) << "precondition: the box straddles the page end";

    TablePagination::apply(document);

    document.documentLayout()->documentSize();
    box = document.documentLayout()->frameBoundingRect(table);
    EXPECT_EQ(pageOf(box.top()), 1);
    EXPECT_EQ(pageOf(box.bottom() - 1), 1);
}

TEST(TablePagination, ADocumentThatFitsIsLeftAlone)
{
    QTextDocument document;
    prepare(document, tableHtml(3, true));
    const QString before = document.toHtml();
    TablePagination::apply(document);
    EXPECT_EQ(document.toHtml(), before);
    EXPECT_EQ(document.pageCount(), 1);
}

} // namespace
} // namespace od
