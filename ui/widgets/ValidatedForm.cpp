#include "ValidatedForm.h"

#include "widgets/FieldErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace od {

ValidatedForm::ValidatedForm(QWidget* parent) : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_general = new FieldErrorLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
}

void ValidatedForm::addField(const QString& field, const QString& label, QWidget* editor)
{
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addWidget(editor);
    auto* error = new FieldErrorLabel(cell);
    error->setObjectName(field + QStringLiteral("Error"));
    column->addWidget(error);
    auto* caption = new QLabel(label, this);
    // A label's Alt+letter focuses its buddy only if the buddy takes focus itself: for a row of
    // widgets (a path and its Browse button) that is the widget it hands its focus to.
    QWidget* buddy = editor;
    while (buddy->focusPolicy() == Qt::NoFocus && buddy->focusProxy())
        buddy = buddy->focusProxy();
    caption->setBuddy(buddy);
    m_layout->addRow(caption, cell);
    if (!field.isEmpty()) {
        m_editors.insert(field, editor);
        m_errors.insert(field, error);
    }
    // The general error line stays last.
    m_layout->removeWidget(m_general);
    m_layout->addRow(m_general);
}

void ValidatedForm::addRow(QWidget* widget)
{
    m_layout->addRow(widget);
    m_layout->removeWidget(m_general);
    m_layout->addRow(m_general);
}

bool ValidatedForm::showError(const Error& error)
{
    clearErrors();
    if (auto* label = m_errors.value(error.field)) {
        label->showError(error.message);
        if (auto* editor = m_editors.value(error.field))
            editor->setFocus(Qt::OtherFocusReason);
        return true;
    }
    m_general->showError(error.message);
    return false;
}

void ValidatedForm::showFieldError(const QString& field, const QString& message)
{
    showError(Error::invalid(message, field));
}

void ValidatedForm::clearErrors()
{
    for (auto* label : std::as_const(m_errors))
        label->clearMessage();
    m_general->clearMessage();
}

QString ValidatedForm::errorText(const QString& field) const
{
    const auto* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ValidatedForm::generalErrorText() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

} // namespace od
