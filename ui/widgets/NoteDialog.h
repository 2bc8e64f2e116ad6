#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace od {

// Asks for a note of a few lines (why an order is held, the plan for it, why it goes back to
// draft). Enter starts a new line and Tab leaves the text; Ctrl+Enter confirms, Escape cancels.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString& title, const QString& label, QWidget* parent = nullptr);

    QString text() const;
    QPlainTextEdit* editor() const { return m_text; }
    QPushButton* confirmButton() const { return m_confirm; }

    // The note, or nullopt when the user cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& label);

private:
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace od
