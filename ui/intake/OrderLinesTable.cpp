#include "OrderLinesTable.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace od {

namespace {

QLineEdit* lineEditOf(QWidget* editor)
{
    QWidget* target = editor;
    while (target && target->focusProxy())
        target = target->focusProxy();
    return qobject_cast<QLineEdit*>(target);
}

bool isEnter(const QKeyEvent* event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

OrderLinesTable::OrderLinesTable(QWidget* parent) : QTableView(parent) {}

bool OrderLinesTable::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    if (!QTableView::edit(index, trigger, event))
        return false;
    // The view opens every line edit with its text selected, so that the first key typed
    // replaces it. F2 and a double click mean "change what is there": cursor at the end.
    if (trigger == EditKeyPressed || trigger == DoubleClicked)
        if (QLineEdit* line = lineEditOf(indexWidget(index))) {
            line->deselect();
            line->end(false);
        }
    return true;
}

void OrderLinesTable::moveVertically(int rows)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !model())
        return;
    const int row = qBound(0, current.row() + rows, model()->rowCount() - 1);
    const QModelIndex target = model()->index(row, current.column());
    setCurrentIndex(target);
    scrollTo(target);
}

void OrderLinesTable::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (state() != EditingState && isEnter(event) &&
        (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        moveVertically(modifiers == Qt::ShiftModifier ? -1 : 1);
        event->accept();
        return;
    }
    // Backspace empties the cell into its editor (the key deletes the selected text).
    if (state() != EditingState && event->key() == Qt::Key_Backspace && modifiers == Qt::NoModifier &&
        edit(currentIndex(), AnyKeyPressed, event)) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void OrderLinesTable::keyboardSearch(const QString&) {}

} // namespace od
