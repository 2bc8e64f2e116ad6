#include "NavigationBar.h"

namespace od {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

NavigationBar::NavigationBar(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setViewMode(QListView::ListMode);
    setFlow(QListView::TopToBottom);
    setMovement(QListView::Static);
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid); }"
        "QListWidget#navigation::item { padding: 8px 6px; border-radius: 4px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT keySelected(item(row)->data(KeyRole).toInt());
    });
}

void NavigationBar::addEntry(int key, const QIcon& icon, const QString& text)
{
    auto* entry = new QListWidgetItem(icon, text, this);
    entry->setData(KeyRole, key);
    entry->setToolTip(text);
    updateGeometry();
}

void NavigationBar::setEntryText(int key, const QString& text)
{
    if (const int row = rowOfKey(key); row >= 0)
        item(row)->setText(text);
}

int NavigationBar::rowOfKey(int key) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(KeyRole).toInt() == key)
            return row;
    return -1;
}

void NavigationBar::selectKey(int key)
{
    const int row = rowOfKey(key);
    if (row >= 0 && row != currentRow())
        setCurrentRow(row);
}

int NavigationBar::currentKey() const
{
    const QListWidgetItem* entry = currentItem();
    return entry ? entry->data(KeyRole).toInt() : -1;
}

QSize NavigationBar::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = qMax(width, fontMetrics().horizontalAdvance(item(row)->text()));
    return QSize(width + iconSize().width() + 48, QListWidget::sizeHint().height());
}

} // namespace od
