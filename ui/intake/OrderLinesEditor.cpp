#include "OrderLinesEditor.h"

#include "intake/OrderLineDelegate.h"
#include "intake/OrderLinesTable.h"
#include "models/OrderLinesModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace od {

OrderLinesEditor::OrderLinesEditor(Session& session, OrderLinesModel& model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    m_table = new OrderLinesTable(this);
    m_table->setObjectName(QStringLiteral("orderLinesTable"));
    m_table->setModel(&m_model);
    auto* delegate = new OrderLineDelegate(session, m_model, m_table);
    m_table->setItemDelegate(delegate);
    connect(delegate, &OrderLineDelegate::moveRequested, m_table, &OrderLinesTable::moveVertically);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrderLinesModel::DescriptionColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(OrderLinesModel::ProductColumn, digit * 30);
    m_table->setColumnWidth(OrderLinesModel::QuantityColumn, digit * 10);
    m_table->setColumnWidth(OrderLinesModel::UnitColumn, digit * 7);
    m_table->setColumnWidth(OrderLinesModel::UnitPriceColumn, digit * 12);
    m_table->setColumnWidth(OrderLinesModel::DiscountColumn, digit * 10);
    m_table->setColumnWidth(OrderLinesModel::LineDateColumn, digit * 13);
    m_table->setColumnWidth(OrderLinesModel::AmountColumn, digit * 15);

    m_addButton = new QPushButton(tr("Add line"), this);
    m_addButton->setObjectName(QStringLiteral("addLineButton"));
    m_addButton->setToolTip(tr("Add a line (Insert)"));
    m_removeButton = new QPushButton(tr("Remove line"), this);
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    m_removeButton->setToolTip(tr("Remove the current line (Delete)"));
    auto* hint = new QLabel(
        tr("Typing replaces a cell, F2 changes it; Enter moves down, Tab right, Esc undoes the cell."), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(12);
    buttons->addWidget(hint, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &OrderLinesEditor::addLine);
    connect(m_removeButton, &QPushButton::clicked, this, &OrderLinesEditor::removeCurrentLine);
    // Shortcuts on the table only; an open cell editor keeps Delete for its own text.
    auto* insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_table, nullptr, nullptr,
                                    Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, this, &OrderLinesEditor::insertLineAfterCurrent);
    auto* deleteKey =
        new QShortcut(QKeySequence(Qt::Key_Delete), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &OrderLinesEditor::removeCurrentLine);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrderLinesEditor::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &OrderLinesEditor::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &OrderLinesEditor::updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &OrderLinesEditor::updateButtons);
    updateButtons();
}

void OrderLinesEditor::addLine()
{
    if (m_readOnly)
        return;
    const int row = m_model.rowCount();
    m_model.insertLine(row);
    focusCell(row, OrderLinesModel::ProductColumn);
    m_table->edit(m_model.index(row, OrderLinesModel::ProductColumn));
}

void OrderLinesEditor::insertLineAfterCurrent()
{
    if (m_readOnly)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model.rowCount();
    m_model.insertLine(row);
    focusCell(row, OrderLinesModel::ProductColumn);
    m_table->edit(m_model.index(row, OrderLinesModel::ProductColumn));
}

void OrderLinesEditor::removeCurrentLine()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    const int row = current.row();
    const int column = current.column();
    m_model.removeLine(row);
    if (m_model.rowCount() > 0)
        focusCell(qMin(row, m_model.rowCount() - 1), column);
}

void OrderLinesEditor::focusCell(int row, int column)
{
    const QModelIndex index = m_model.index(row, column);
    if (!index.isValid())
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void OrderLinesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model.setReadOnly(readOnly);
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    updateButtons();
}

void OrderLinesEditor::updateButtons()
{
    m_addButton->setEnabled(!m_readOnly);
    m_removeButton->setEnabled(!m_readOnly && m_table->currentIndex().isValid() && m_model.rowCount() > 0);
}

} // namespace od
