#pragma once

#include <QWidget>

class QPushButton;

namespace od {

class OrderLinesModel;
class OrderLinesTable;
class Session;

// The lines part of the intake form: the table, Add line / Remove line, and the keys a
// salesperson uses without the mouse (Insert adds a line, Delete removes it, Tab moves through
// the cells and opens each one for typing).
class OrderLinesEditor : public QWidget
{
    Q_OBJECT

public:
    OrderLinesEditor(Session& session, OrderLinesModel& model, QWidget* parent = nullptr);

    OrderLinesTable* table() const { return m_table; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* removeButton() const { return m_removeButton; }

    // Adds a line after the current one (at the end when none) and starts typing its product.
    void addLine();
    void insertLineAfterCurrent();
    void removeCurrentLine();
    // Puts the cursor into one cell (for "focus the first bad field").
    void focusCell(int row, int column);
    void setReadOnly(bool readOnly);

private:
    void updateButtons();

    OrderLinesModel& m_model;
    OrderLinesTable* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    bool m_readOnly = false;
};

} // namespace od
