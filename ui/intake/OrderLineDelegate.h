#pragma once

#include <QStyledItemDelegate>

namespace od {

class Session;

// Editors for the order lines table: a searchable product picker (SKU, name or spec) for the
// product column, plain line edits elsewhere. Choosing a product writes it to the model at once,
// so its unit and price appear while the user is still in the cell.
class OrderLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OrderLineDelegate(Session& session, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Session& m_session;
};

} // namespace od
