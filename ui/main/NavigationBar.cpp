#include "NavigationBar.h"

#include <QStyle>

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
    setIconSize(QSize(22, 22));
    setSpacing(1);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid); }"
        "QListWidget#navigation::item { padding: 6px 6px; border-radius: 4px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString key = item(row)->data(KeyRole).toString();
        if (!key.isEmpty())
            Q_EMIT keySelected(key);
    });
}

void NavigationBar::addHeading(const QString& text)
{
    auto* heading = new QListWidgetItem(text, this);
    // Not selectable, so clicks and the arrow keys pass over it to the pages.
    heading->setFlags(Qt::ItemIsEnabled);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    heading->setFont(font);
    heading->setForeground(palette().color(QPalette::PlaceholderText));
    heading->setSizeHint(QSize(0, fontMetrics().height() + 14));
}

void NavigationBar::addEntry(const QString& key, const QIcon& icon, const QString& text)
{
    auto* entry = new QListWidgetItem(icon, text, this);
    entry->setData(KeyRole, key);
    entry->setToolTip(text);
    updateGeometry();
}

void NavigationBar::setEntryText(const QString& key, const QString& text)
{
    if (const int row = rowOfKey(key); row >= 0) {
        item(row)->setText(text);
        updateGeometry(); // a count wider than the room kept for it widens the column
    }
}

int NavigationBar::rowOfKey(const QString& key) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(KeyRole).toString() == key)
            return row;
    return -1;
}

QStringList NavigationBar::keys() const
{
    QStringList out;
    for (int row = 0; row < count(); ++row)
        if (const QString key = item(row)->data(KeyRole).toString(); !key.isEmpty())
            out << key;
    return out;
}

void NavigationBar::selectKey(const QString& key)
{
    const int row = rowOfKey(key);
    if (row >= 0 && row != currentRow())
        setCurrentRow(row);
}

QString NavigationBar::currentKey() const
{
    const QListWidgetItem* entry = currentItem();
    return entry ? entry->data(KeyRole).toString() : QString();
}

QSize NavigationBar::sizeHint() const
{
    // The longest page name with room for a count of work after it ("发货 (12)"), the icon, the
    // item's padding and the scroll bar of a short window: the column keeps this width, so that no
    // page name is cut off (English names are the longest).
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = qMax(width, fontMetrics().horizontalAdvance(item(row)->text()));
    width += fontMetrics().horizontalAdvance(QStringLiteral(" (999)"));
    return QSize(width + iconSize().width() + 48 + style()->pixelMetric(QStyle::PM_ScrollBarExtent),
                 QListWidget::sizeHint().height());
}

QSize NavigationBar::minimumSizeHint() const
{
    return QSize(sizeHint().width(), QListWidget::minimumSizeHint().height());
}

} // namespace od
