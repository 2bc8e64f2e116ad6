#include "ManagerDecisionDialog.h"

#include "widgets/DateField.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

ManagerDecisionDialog::ManagerDecisionDialog(const Texts& texts, const QDate& date, Decide decide,
                                             QWidget* parent)
    : QDialog(parent), m_dateFieldName(texts.dateField), m_decide(std::move(decide))
{
    setWindowTitle(texts.title);
    auto* intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReasonEdit"));
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("decisionDateField"));
    m_date->setDate(date);
    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("reason"), tr("&Reason"), m_reason);
    m_form->addField(m_dateFieldName, texts.dateLabel, m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(texts.okText);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManagerDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ManagerDecisionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_reason->setFocus();
}

void ManagerDecisionDialog::accept()
{
    m_form->clearErrors();
    if (!m_date->isValidInput() || m_date->isEmpty()) {
        m_form->showFieldError(m_dateFieldName, tr("Enter a date, e.g. 2026-12-31."));
        return;
    }
    if (auto ok = m_decide(m_reason->text().trimmed(), m_date->date()); !ok) {
        m_form->showError(ok.error());
        return;
    }
    QDialog::accept();
}

} // namespace od
