#include "PageFinder.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace od {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

PageFinder::PageFinder(QList<Entry> entries, QWidget* parent) : QDialog(parent), m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("pageFinder"));
    setWindowTitle(tr("Go to page"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("pageFinderFilter"));
    m_filter->setPlaceholderText(tr("Type a page's name…"));
    m_filter->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageFinderList"));
    m_list->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &PageFinder::refill);
    connect(m_list, &QListWidget::itemActivated, this, &PageFinder::accept);
    refill();
    resize(360, 320);
}

void PageFinder::refill()
{
    const QString text = m_filter->text().trimmed();
    m_list->clear();
    for (const Entry& e : std::as_const(m_entries)) {
        if (!text.isEmpty() && !e.title.contains(text, Qt::CaseInsensitive) &&
            !e.department.contains(text, Qt::CaseInsensitive) && !e.id.contains(text, Qt::CaseInsensitive))
            continue;
        auto* item =
            new QListWidgetItem(e.icon, QStringLiteral("%1 — %2").arg(e.title, e.department), m_list);
        item->setData(IdRole, e.id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

bool PageFinder::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move through the list while the cursor stays in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PageFinder::accept()
{
    if (const QListWidgetItem* item = m_list->currentItem())
        m_chosen = item->data(IdRole).toString();
    if (m_chosen.isEmpty())
        return;
    QDialog::accept();
}

} // namespace od
