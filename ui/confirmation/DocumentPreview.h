#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace od {

// Pages of a document shown one under the other on a grey desk, as they will print.
class DocumentPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit DocumentPreview(QWidget* parent = nullptr);

    void setPages(const QList<QImage>& pages);
    // A line of text instead of pages ("Choose an order…", "Preparing the preview…").
    void setMessage(const QString& message);
    int pageCount() const { return int(m_pages.size()); }
    // The resolution at which pages fill the visible width.
    int fittingDpi() const;

Q_SIGNALS:
    // The visible width settled on a new value (after a resize pause): pages may need redrawing.
    void fittingDpiChanged(int dpi);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clearPages();

    QWidget* m_desk = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_message = nullptr;
    QList<QLabel*> m_pages;
    QTimer* m_resizePause = nullptr;
    int m_lastDpi = 0;
};

} // namespace od
