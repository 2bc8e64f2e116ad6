#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace od {

// Help → Keyboard shortcuts: every shortcut of the window's menus as they are set (so the list
// cannot drift from the menus), then the keys of the order lines grid, the pickers, the lists
// and the dialogs.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void addSection(const QString& title);
    void addKey(const QString& keys, const QString& what);

    QTableWidget* m_table = nullptr;
};

} // namespace od
