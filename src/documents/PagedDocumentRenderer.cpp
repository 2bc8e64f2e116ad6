#include "PagedDocumentRenderer.h"

#include "PdfTextRepair.h"
#include "TablePagination.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace od {

namespace {

constexpr qreal MillimetresPerInch = 25.4;
constexpr qreal PointsPerInch = 72.0;

constexpr qreal PaperWidthMm = 210.0; // A4
constexpr qreal PaperHeightMm = 297.0;
constexpr qreal SideMarginMm = 15.0;
constexpr qreal TopMarginMm = 14.0;
constexpr qreal BottomMarginMm = 18.0; // room for the footer line
constexpr qreal FooterBaselineFromBottomMm = 10.0;
constexpr qreal FooterPointSize = 7.0;

qreal toLayout(qreal millimetres)
{
    return millimetres * PagedDocumentRenderer::LayoutDpi / MillimetresPerInch;
}

QImage pageImage(int dpi)
{
    const QSize size(qRound(PaperWidthMm * dpi / MillimetresPerInch),
                     qRound(PaperHeightMm * dpi / MillimetresPerInch));
    QImage image(size, QImage::Format_RGB32);
    const int dotsPerMetre = qRound(dpi / MillimetresPerInch * 1000.0);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    return image;
}

QFont documentFont()
{
    QFont font(PagedDocumentRenderer::fontFamily());
    // Shaped Latin text in Noto Sans CJK uses digit glyphs that the PDF writer cannot map back to
    // characters: order numbers and phone numbers vanished from copied or extracted text.
    // Unshaped Latin keeps the font's plain glyphs; Chinese needs no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

// The QTextDocument together with the paint device its fonts were measured for: a tiny image
// that reports LayoutDpi. The layout keeps a raw pointer to that device, so both live together.
class PagedDocumentRenderer::Layout
{
public:
    explicit Layout(const QString& html) : m_device(1, 1, QImage::Format_RGB32)
    {
        const int dotsPerMetre = qRound(LayoutDpi / MillimetresPerInch * 1000.0);
        m_device.setDotsPerMeterX(dotsPerMetre);
        m_device.setDotsPerMeterY(dotsPerMetre);

        m_document.documentLayout()->setPaintDevice(&m_device);
        m_document.setDocumentMargin(0);
        QFont font = documentFont();
        font.setPointSize(BodyPointSize);
        m_document.setDefaultFont(font);
        m_document.setPageSize(contentSize());
        m_document.setHtml(html);
        TablePagination::apply(m_document);
    }

    static QSizeF contentSize()
    {
        return {toLayout(PaperWidthMm - 2 * SideMarginMm),
                toLayout(PaperHeightMm - TopMarginMm - BottomMarginMm)};
    }

    QTextDocument& document() { return m_document; }
    const QTextDocument& document() const { return m_document; }

private:
    QImage m_device;
    QTextDocument m_document;
};

int PagedDocumentRenderer::cssPixels(qreal millimetres)
{
    constexpr qreal CssPixelsPerInch = 96.0;
    return std::max(1, qRound(millimetres * CssPixelsPerInch / MillimetresPerInch));
}

QString PagedDocumentRenderer::fontFamily()
{
    static const QString family = [] {
        const QString preferred = QStringLiteral("Noto Sans CJK SC");
        if (QFontDatabase::hasFamily(preferred))
            return preferred;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

PagedDocumentRenderer::PagedDocumentRenderer(QString html) : m_html(std::move(html)) {}

PagedDocumentRenderer::~PagedDocumentRenderer() = default;

const PagedDocumentRenderer::Layout& PagedDocumentRenderer::layout() const
{
    if (!m_layout)
        m_layout = std::make_unique<Layout>(m_html);
    return *m_layout;
}

int PagedDocumentRenderer::pageCount() const
{
    return std::max(1, layout().document().pageCount());
}

void PagedDocumentRenderer::paintPage(QPainter& painter, int pageIndex) const
{
    const QTextDocument& document = layout().document();
    const QSizeF content = Layout::contentSize();
    const QRectF pageInDocument(QPointF(0, pageIndex * content.height()), content);

    painter.save();
    painter.translate(toLayout(SideMarginMm), toLayout(TopMarginMm) - pageInDocument.top());
    painter.setClipRect(pageInDocument);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = pageInDocument;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();

    // Footer: a hairline, the document's own reference on the left, the page number on the right.
    painter.save();
    QFont footerFont = documentFont();
    footerFont.setPixelSize(qRound(FooterPointSize * LayoutDpi / PointsPerInch));
    painter.setFont(footerFont);
    painter.setPen(QPen(QColor(0x66, 0x66, 0x66), toLayout(0.15)));
    const qreal left = toLayout(SideMarginMm);
    const qreal right = toLayout(PaperWidthMm - SideMarginMm);
    const qreal lineY = toLayout(PaperHeightMm - BottomMarginMm + 3.0);
    painter.drawLine(QPointF(left, lineY), QPointF(right, lineY));
    const QRectF footerRect(QPointF(left, lineY),
                            QPointF(right, toLayout(PaperHeightMm - FooterBaselineFromBottomMm + 2.0)));
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, m_footerText);
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                     (m_pageNumberFormat.isEmpty() ? tr("Page %1 of %2") : m_pageNumberFormat)
                         .arg(pageIndex + 1)
                         .arg(pageCount()));
    painter.restore();
}

Status PagedDocumentRenderer::writePdf(QIODevice& device) const
{
    // Written to memory first: the text maps are corrected before the file is saved.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const int pages = pageCount();
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(LayoutDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("OrderDesk"));

        QPainter painter;
        if (!painter.begin(&writer))
            return std::unexpected(Error::storage(tr("Cannot start the PDF file.")));
        painter.setRenderHint(QPainter::Antialiasing);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, page);
        }
        painter.end();
    }
    buffer.close();

    pdf = PdfTextRepair::repaired(std::move(pdf), fontFamily());
    if (device.write(pdf) != pdf.size())
        return std::unexpected(Error::storage(tr("Cannot write the PDF file: %1").arg(device.errorString())));
    return {};
}

QList<QImage> PagedDocumentRenderer::renderPages(int dpi) const
{
    QList<QImage> pages;
    if (dpi <= 0)
        return pages;
    const int count = pageCount();
    for (int page = 0; page < count; ++page) {
        QImage image = pageImage(dpi);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        const qreal scale = qreal(dpi) / LayoutDpi;
        painter.scale(scale, scale);
        paintPage(painter, page);
        painter.end();
        pages.append(image);
    }
    return pages;
}

} // namespace od
