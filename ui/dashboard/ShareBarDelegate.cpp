#include "ShareBarDelegate.h"

#include <QPainter>

#include <algorithm>

namespace od {

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant share = index.data(ShareRole);
    if (share.isValid()) {
        const qint64 basisPoints = std::clamp<qint64>(share.toLongLong(), 0, 10000);
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(int(bar.width() * basisPoints / 10000));
        painter->save();
        QColor colour = option.palette.color(QPalette::Highlight);
        colour.setAlpha(90);
        painter->fillRect(bar, colour);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace od
