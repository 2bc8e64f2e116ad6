#include "OrderLineDelegate.h"

#include "ProductService.h"
#include "models/OrderLinesModel.h"
#include "widgets/Formatting.h"
#include "widgets/LookupLineEdit.h"

#include <QKeyEvent>
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

OrderLineDelegate::OrderLineDelegate(Session& session, OrderLinesModel& model, QObject* parent)
    : QStyledItemDelegate(parent), m_session(session), m_model(model)
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
    // The view calls this again whenever the model reports a change in the editor's range, which
    // includes refreshing amounts and validation marks while the user types: setting the text
    // then would drop the selection (the next key appends) or what was typed so far.
    if (editor == m_openEditor)
        return;
    m_openEditor = editor;
    m_openIndex = index;
    m_lineBeforeEdit = m_model.rowAt(index.row());

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

bool OrderLineDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        Q_EMIT commitData(editor);
        Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
        Q_EMIT moveRequested(modifiers == Qt::ShiftModifier ? -1 : 1);
        return true;
    }
    if (key->key() == Qt::Key_Escape && editor == m_openEditor && m_openIndex.isValid() &&
        m_openIndex.column() == OrderLinesModel::ProductColumn) {
        // A product chosen in this editor was written to the line at once; put the line back.
        const OrderLinesModel::Row now = m_model.rowAt(m_openIndex.row());
        if (now.line.productId != m_lineBeforeEdit.line.productId ||
            now.productText != m_lineBeforeEdit.productText)
            m_model.restoreRow(m_openIndex.row(), m_lineBeforeEdit);
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace od
