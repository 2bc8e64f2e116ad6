#include "OrderLineDelegate.h"

#include "ProductService.h"
#include "models/OrderLinesModel.h"
#include "widgets/Formatting.h"
#include "widgets/LookupLineEdit.h"

#include <QLineEdit>
#include <QSignalBlocker>

namespace od {

namespace {

LookupItem lookupItemFor(const Product& product)
{
    LookupItem item;
    item.id = product.id;
    item.text = product.sku + u' ' + product.name;
    QStringList details;
    if (!product.spec.isEmpty())
        details << product.spec;
    details << Formatting::currencySymbol(QString()) + product.unitPrice.toDecimalString() +
                   (product.unit.isEmpty() ? QString() : u'/' + product.unit);
    item.secondary = details.join(QStringLiteral(" · "));
    item.payload = QVariant::fromValue(product);
    return item;
}

} // namespace

OrderLineDelegate::OrderLineDelegate(Session& session, QObject* parent)
    : QStyledItemDelegate(parent), m_session(session)
{
}

QWidget* OrderLineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    if (index.column() != OrderLinesModel::ProductColumn) {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setFrame(false);
        return editor;
    }
    auto* picker = new LookupLineEdit(parent);
    picker->setFrame(false);
    picker->setClearButtonEnabled(false);
    picker->setPlaceholderText(tr("SKU, name or spec…"));
    picker->setProvider([this](const QString& text) {
        QList<LookupItem> items;
        auto found = ProductService(m_session).search(text, 25);
        if (found)
            for (const Product& product : *found)
                items << lookupItemFor(product);
        return items;
    });
    auto* self = const_cast<OrderLineDelegate*>(this);
    connect(picker, &LookupLineEdit::itemChosen, self, [self, picker] { Q_EMIT self->commitData(picker); });
    return picker;
}

void OrderLineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* picker = qobject_cast<LookupLineEdit*>(editor);
    if (!picker) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const qint64 productId = index.data(OrderLinesModel::ProductIdRole).toLongLong();
    if (productId != 0) {
        LookupItem current;
        current.id = productId;
        current.text = index.data(Qt::EditRole).toString();
        picker->setChosen(current);
    } else {
        picker->setText(index.data(Qt::EditRole).toString());
    }
    picker->selectAll();
}

void OrderLineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    auto* picker = qobject_cast<LookupLineEdit*>(editor);
    if (!picker) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Typed and left without choosing: one match is as good as a choice.
    if (picker->chosenId() == 0) {
        const QSignalBlocker noCommitFromInside(picker); // we are already committing
        picker->chooseOnlyMatch();
    }
    const LookupItem& chosen = picker->chosenItem();
    if (chosen.id != 0) {
        if (chosen.id != index.data(OrderLinesModel::ProductIdRole).toLongLong() && chosen.payload.isValid())
            model->setData(index, chosen.payload, OrderLinesModel::ProductRole);
        return;
    }
    model->setData(index, picker->text(), Qt::EditRole);
}

} // namespace od
