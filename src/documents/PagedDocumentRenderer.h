#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QPainter;
class QTextDocument;

namespace od {

// Lays an HTML document out on A4 pages and paints the pages to a PDF file or to images, so the
// on-screen preview and the printed file paginate identically. The layout runs at a fixed
// resolution (LayoutDpi) instead of the screen's, so page breaks never depend on the PC.
// Sizes written in the HTML (cellpadding, border, margins, image width) are CSS pixels of 1/96 inch,
// which the layout scales to its resolution: cssPixels() expresses millimetres in them.
class PagedDocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(od::PagedDocumentRenderer)

public:
    static constexpr int LayoutDpi = 300;
    static constexpr int BodyPointSize = 9;

    static int cssPixels(qreal millimetres);
    // "Noto Sans CJK SC" when installed: it carries every Chinese and Latin glyph a document needs
    // and is embedded in the PDF, so the file reads the same on a PC without Chinese fonts.
    static QString fontFamily();

    explicit PagedDocumentRenderer(QString html);
    ~PagedDocumentRenderer();

    // Printed at the bottom left of every page, e.g. the order number; the page number goes right.
    void setFooterText(QString text) { m_footerText = std::move(text); }
    // The page number at the bottom right, with %1 for the page and %2 for the count; by default
    // "Page %1 of %2" in the UI's language.
    void setPageNumberFormat(QString format) { m_pageNumberFormat = std::move(format); }
    // The PDF's title property.
    void setTitle(QString title) { m_title = std::move(title); }

    int pageCount() const;
    // The PDF into `device` (callers write files through OutputFile, which checks the target and
    // replaces it only when complete).
    Status writePdf(QIODevice& device) const;
    // One image per A4 page at the given resolution, on white paper; empty for dpi <= 0.
    QList<QImage> renderPages(int dpi) const;

private:
    class Layout;

    const Layout& layout() const;
    void paintPage(QPainter& painter, int pageIndex) const;

    QString m_html;
    QString m_footerText;
    QString m_pageNumberFormat;
    QString m_title;
    mutable std::unique_ptr<Layout> m_layout; // built on first use; QTextDocument layout is lazy too
};

} // namespace od
