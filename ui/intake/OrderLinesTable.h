#pragma once

#include <QTableView>

namespace od {

// The order lines grid, with the keys of a spreadsheet: typing on a cell replaces what it holds
// (the key is the first character), F2 or a double click edits in place with the cursor at the
// end, Enter commits and moves down (Shift+Enter up), Tab moves right, Backspace empties the cell
// into its editor, Escape in an editor leaves the cell as it was.
class OrderLinesTable : public QTableView
{
    Q_OBJECT

public:
    explicit OrderLinesTable(QWidget* parent = nullptr);
    using QTableView::edit;

    // Moves the cursor one row down (or up), keeping the column; stays on the last (first) row.
    void moveVertically(int rows);

protected:
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    // Typing on a cell that cannot be edited (the amount) must not jump to another row.
    void keyboardSearch(const QString& search) override;
};

} // namespace od
