#include "CreditNoteDialog.h"

#include "InvoicingService.h"
#include "widgets/DateField.h"
#include "widgets/Formatting.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace od {

CreditNoteDialog::CreditNoteDialog(Session& session, const InvoiceSummary& invoice, QWidget* parent)
    : QDialog(parent), m_session(session), m_invoiceNo(invoice.invoiceNo)
{
    setWindowTitle(tr("Credit note (红字) against %1").arg(invoice.invoiceNo));
    const Money left = invoice.total - invoice.credited - invoice.writtenOff;
    auto* intro = new QLabel(tr("Invoice %1 of %2 %3: total %4, already credited %5, paid %6.")
                                 .arg(invoice.invoiceNo, invoice.customerCode, invoice.customerName,
                                      Formatting::money(invoice.total), Formatting::money(invoice.credited),
                                      Formatting::money(invoice.applied)),
                             this);
    intro->setWordWrap(true);
    m_whole = new QRadioButton(tr("&All that is left (%1)").arg(Formatting::money(left)), this);
    m_whole->setObjectName(QStringLiteral("creditWholeRadio"));
    m_partial = new QRadioButton(tr("&Part of it, the amount below"), this);
    m_partial->setObjectName(QStringLiteral("creditAmountRadio"));
    m_partial->setChecked(true);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("creditAmountEdit"));
    m_amount->setPlaceholderText(tr("e.g. 1130.00"));
    connect(m_partial, &QRadioButton::toggled, m_amount, &QLineEdit::setEnabled);
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("creditDateField"));
    m_date->setDate(session.today());
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("creditReasonEdit"));
    m_reason->setPlaceholderText(tr("a return, a price correction …"));

    m_form = new ValidatedForm(this);
    m_form->addRow(m_whole);
    m_form->addRow(m_partial);
    m_form->addField(QStringLiteral("amount"), tr("A&mount incl. tax"), m_amount);
    m_form->addField(QStringLiteral("date"), tr("&Date"), m_date);
    m_form->addField(QStringLiteral("reason"), tr("&Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue credit note"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreditNoteDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_amount->setFocus();
}

void CreditNoteDialog::accept()
{
    m_form->clearErrors();
    if (!m_date->isValidInput() || m_date->isEmpty()) {
        m_form->showFieldError(QStringLiteral("date"),
                               tr("Enter the date of the credit note, e.g. 2026-07-15."));
        return;
    }
    InvoicingService service(m_session);
    Result<CreditNote> issued;
    if (m_whole->isChecked()) {
        issued = service.creditWhole(m_invoiceNo, m_date->date(), m_reason->text().trimmed());
    } else {
        const auto amount = Money::parse(m_amount->text().trimmed());
        if (!amount || amount->minor() <= 0) {
            m_form->showFieldError(QStringLiteral("amount"),
                                   tr("Not an amount: more than zero, at most 2 decimals, e.g. 565.50."));
            return;
        }
        issued = service.creditAmount(m_invoiceNo, *amount, m_date->date(), m_reason->text().trimmed());
    }
    if (!issued) {
        m_form->showError(issued.error());
        return;
    }
    m_creditNo = issued->creditNo;
    QDialog::accept();
}

} // namespace od
