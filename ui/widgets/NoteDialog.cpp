#include "NoteDialog.h"

#include "widgets/DialogKeys.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

NoteDialog::NoteDialog(const QString& title, const QString& label, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(title);
    auto* caption = new QLabel(label, this);
    caption->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteEdit"));
    m_text->setTabChangesFocus(true);
    caption->setBuddy(m_text);
    auto* hint = new QLabel(tr("Enter starts a new line; Ctrl+Enter confirms, Esc cancels."), this);
    hint->setObjectName(QStringLiteral("noteHint"));
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("Confirm"));
    m_confirm->setToolTip(tr("Ctrl+Enter"));
    // Enter belongs to the note: no button takes it.
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogKeys::confirmWithCtrlEnter(this, m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_text, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 60);
    m_text->setFocus();
}

QString NoteDialog::text() const
{
    return m_text->toPlainText();
}

std::optional<QString> NoteDialog::ask(QWidget* parent, const QString& title, const QString& label)
{
    NoteDialog dialog(title, label, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

} // namespace od
