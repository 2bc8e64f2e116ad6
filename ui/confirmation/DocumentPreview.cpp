#include "DocumentPreview.h"

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

namespace {
constexpr qreal A4WidthInches = 210.0 / 25.4;
constexpr int DeskMargin = 16;
} // namespace

DocumentPreview::DocumentPreview(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("documentPreview"));
    m_desk = new QWidget(this);
    m_desk->setObjectName(QStringLiteral("previewDesk"));
    m_desk->setStyleSheet(QStringLiteral("QWidget#previewDesk { background: #8a8f96; }"));
    m_layout = new QVBoxLayout(m_desk);
    m_layout->setContentsMargins(DeskMargin, DeskMargin, DeskMargin, DeskMargin);
    m_layout->setSpacing(DeskMargin);
    m_message = new QLabel(m_desk);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: white; padding: 40px;"));
    m_layout->addWidget(m_message);
    m_layout->addStretch(1); // pages keep their size and stack from the top
    setWidget(m_desk);
    setWidgetResizable(true);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_resizePause = new QTimer(this);
    m_resizePause->setSingleShot(true);
    m_resizePause->setInterval(150);
    connect(m_resizePause, &QTimer::timeout, this, [this] {
        const int dpi = fittingDpi();
        if (dpi != m_lastDpi) {
            m_lastDpi = dpi;
            Q_EMIT fittingDpiChanged(dpi);
        }
    });
}

void DocumentPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    m_resizePause->start();
}

int DocumentPreview::fittingDpi() const
{
    const int available = viewport()->width() - 2 * DeskMargin - verticalScrollBar()->sizeHint().width();
    // Beyond ~110 dpi a page is larger than life on a laptop screen: keep it at that and centre it.
    return qBound(48, int(available / A4WidthInches), 110);
}

void DocumentPreview::clearPages()
{
    qDeleteAll(m_pages);
    m_pages.clear();
}

void DocumentPreview::setPages(const QList<QImage>& pages)
{
    clearPages();
    m_message->hide();
    for (const QImage& image : pages) {
        auto* page = new QLabel(m_desk);
        page->setPixmap(QPixmap::fromImage(image));
        page->setFixedSize(image.size());
        auto* shadow = new QGraphicsDropShadowEffect(page);
        shadow->setBlurRadius(12);
        shadow->setOffset(0, 2);
        shadow->setColor(QColor(0, 0, 0, 110));
        page->setGraphicsEffect(shadow);
        m_layout->insertWidget(m_layout->count() - 2, page, 0, Qt::AlignHCenter);
        m_pages << page;
    }
    verticalScrollBar()->setValue(0);
}

void DocumentPreview::setMessage(const QString& message)
{
    clearPages();
    m_message->setText(message);
    m_message->show();
}

} // namespace od
