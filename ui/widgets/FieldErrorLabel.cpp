#include "FieldErrorLabel.h"

#include <QStringList>

namespace od {

FieldErrorLabel::FieldErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    hide();
}

QColor FieldErrorLabel::errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor FieldErrorLabel::warningColor()
{
    return QColor(0xd8, 0x6a, 0x00);
}

void FieldErrorLabel::showError(const QString& message)
{
    showMessage(message, true);
}

void FieldErrorLabel::showWarning(const QString& message)
{
    showMessage(message, false);
}

void FieldErrorLabel::showIssues(const QList<ValidationIssue>& issues)
{
    QStringList errors;
    QStringList warnings;
    for (const auto& issue : issues)
        (issue.severity == ValidationIssue::Severity::Error ? errors : warnings) << issue.message;
    if (errors.isEmpty() && warnings.isEmpty())
        clearMessage();
    else
        showMessage((errors + warnings).join(u'\n'), !errors.isEmpty());
}

void FieldErrorLabel::clearMessage()
{
    m_isError = false;
    clear();
    hide();
}

void FieldErrorLabel::showMessage(const QString& message, bool isError)
{
    if (message.isEmpty()) {
        clearMessage();
        return;
    }
    m_isError = isError;
    setText(message);
    setStyleSheet(QStringLiteral("color: %1;").arg((isError ? errorColor() : warningColor()).name()));
    show();
}

} // namespace od
