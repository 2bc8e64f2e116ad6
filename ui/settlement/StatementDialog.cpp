#include "StatementDialog.h"

#include "widgets/DateField.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

StatementDialog::StatementDialog(const QString& customerName, const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Statement of %1").arg(customerName));
    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("statementTo"));
    m_to->setDate(today);
    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("from"), tr("&From"), m_from);
    m_form->addField(QStringLiteral("to"), tr("&To"), m_to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save as PDF…"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatementDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    m_from->setFocus();
}

QDate StatementDialog::from() const
{
    return m_from->date();
}

QDate StatementDialog::to() const
{
    return m_to->date();
}

void StatementDialog::accept()
{
    m_form->clearErrors();
    if (!m_from->isValidInput() || m_from->isEmpty()) {
        m_form->showFieldError(QStringLiteral("from"), tr("Enter the first day, e.g. 2026-01-01."));
        return;
    }
    if (!m_to->isValidInput() || m_to->isEmpty()) {
        m_form->showFieldError(QStringLiteral("to"), tr("Enter the last day, e.g. 2026-12-31."));
        return;
    }
    if (m_to->date() < m_from->date()) {
        m_form->showFieldError(QStringLiteral("to"), tr("The last day comes after the first."));
        return;
    }
    QDialog::accept();
}

} // namespace od
