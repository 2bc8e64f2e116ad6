#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QString withoutMnemonic(QString text)
{
    // "&Save draft" → "Save draft"; "保存草稿(&S)" → "保存草稿"; "&&" stays one "&".
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^)]\\)"));
    text.remove(bracketed);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

void collect(const QMenu* menu, QList<std::pair<QString, QString>>& out)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), out);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        out << std::pair{action->shortcut().toString(QKeySequence::NativeText),
                         withoutMnemonic(action->text())};
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection); // a list to read; arrows scroll it
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    if (menus) {
        addSection(tr("Menus"));
        for (QAction* top : menus->actions())
            if (top->menu()) {
                QList<std::pair<QString, QString>> keys;
                collect(top->menu(), keys);
                for (const auto& [sequence, what] : keys)
                    addKey(sequence, what);
            }
        addKey(tr("Alt+underlined letter"), tr("Open a menu, or go to the field of a label"));
    }

    addSection(tr("Order lines"));
    addKey(tr("Type"), tr("Replace what the cell holds: the first key is the first character"));
    addKey(QStringLiteral("F2"), tr("Change the cell in place, cursor at the end"));
    addKey(tr("Enter / Shift+Enter"), tr("Keep the cell and move down / up"));
    addKey(tr("Tab / Shift+Tab"), tr("Keep the cell and move right / left"));
    addKey(tr("Backspace"), tr("Empty the cell and type anew"));
    addKey(tr("Esc"), tr("Leave the cell as it was"));
    addKey(tr("Insert"), tr("Add a line after the current one"));
    addKey(tr("Delete"), tr("Remove the current line"));

    addSection(tr("Customer and product pickers"));
    addKey(tr("Down / Up"), tr("Highlight the first match, then the next one"));
    addKey(tr("Enter"), tr("Take the highlighted match, or the first one"));
    addKey(tr("Esc"), tr("Close the list"));

    addSection(tr("Lists"));
    addKey(tr("Down or Enter in the search box"), tr("Go to the first order found"));
    addKey(tr("Enter"), tr("Open the order"));
    addKey(tr("Alt+Down / F4"), tr("Open a filter's list (arrows alone leave the filter as it is)"));
    addKey(tr("Ctrl+E"), tr("Export the rows of the current filter to Excel or CSV"));

    addSection(tr("Dialogs"));
    addKey(tr("Enter"), tr("Confirm (in a note: a new line)"));
    addKey(tr("Ctrl+Enter"), tr("Confirm a dialog with a note"));
    addKey(tr("Esc"), tr("Cancel"));

    m_table->resizeColumnToContents(0);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 95, (fontMetrics().height() + 8) * 42);
}

void ShortcutsDialog::addSection(const QString& title)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* item = new QTableWidgetItem(title);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

void ShortcutsDialog::addKey(const QString& keys, const QString& what)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
}

} // namespace od
