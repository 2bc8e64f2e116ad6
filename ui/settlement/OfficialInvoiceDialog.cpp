#include "OfficialInvoiceDialog.h"

#include "InvoicingService.h"
#include "widgets/DateField.h"
#include "widgets/Formatting.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

OfficialInvoiceDialog::OfficialInvoiceDialog(Session& session, const InvoiceSummary& invoice, QWidget* parent)
    : QDialog(parent), m_session(session), m_invoiceNo(invoice.invoiceNo)
{
    setWindowTitle(tr("Official 发票 of %1").arg(invoice.invoiceNo));
    auto* intro =
        new QLabel(tr("Invoice %1 of %2 %3, total %4, dated %5.")
                       .arg(invoice.invoiceNo, invoice.customerCode, invoice.customerName,
                            Formatting::money(invoice.total), Formatting::date(invoice.invoiceDate)),
                   this);
    intro->setWordWrap(true);
    m_number = new QLineEdit(invoice.officialNo, this);
    m_number->setObjectName(QStringLiteral("officialNoEdit"));
    m_number->setPlaceholderText(tr("as printed by the tax system"));
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("officialDateField"));
    m_date->setDate(invoice.officialDate.isValid() ? invoice.officialDate : session.today());
    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("official_no"), tr("发票 &number"), m_number);
    m_form->addField(QStringLiteral("official_date"), tr("发票 &date"), m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficialInvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfficialInvoiceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_number->setFocus();
}

void OfficialInvoiceDialog::accept()
{
    m_form->clearErrors();
    if (!m_date->isEmpty() && !m_date->isValidInput()) {
        m_form->showFieldError(QStringLiteral("official_date"), tr("Not a date: type it as 2026-07-15."));
        return;
    }
    if (auto ok = InvoicingService(m_session).setOfficial(m_invoiceNo, m_number->text(), m_date->date());
        !ok) {
        m_form->showError(ok.error());
        return;
    }
    QDialog::accept();
}

} // namespace od
