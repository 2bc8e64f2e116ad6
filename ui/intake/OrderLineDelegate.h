#pragma once

#include "models/OrderLinesModel.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

namespace od {

class Session;

// Editors for the order lines table: a searchable product picker (SKU, name or spec) for the
// product column, plain line edits elsewhere. Choosing a product writes it to the model at once,
// so its unit and price appear while the user is still in the cell; Escape puts the line back.
// An open editor is filled once, when it opens: the model refreshing its cells (amounts,
// validation marks) never overwrites what the user is typing. Enter commits and asks the table
// to move down (Shift+Enter: up).
class OrderLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    OrderLineDelegate(Session& session, OrderLinesModel& model, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

Q_SIGNALS:
    // Enter (rows = 1) or Shift+Enter (rows = -1) committed an editor.
    void moveRequested(int rows);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    Session& m_session;
    OrderLinesModel& m_model;
    // The editor open now, its cell and its line as it was when the editor opened.
    mutable QPointer<QWidget> m_openEditor;
    mutable QPersistentModelIndex m_openIndex;
    mutable OrderLinesModel::Row m_lineBeforeEdit;
};

} // namespace od
