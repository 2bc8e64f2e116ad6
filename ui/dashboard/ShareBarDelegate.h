#pragma once

#include <QStyledItemDelegate>

namespace od {

// Draws a cell's share of the whole as a bar behind its text: the bar's length is the cell's
// ShareRole value in basis points (0–10,000); cells without it are drawn as usual.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ShareRole = Qt::UserRole + 20;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace od
