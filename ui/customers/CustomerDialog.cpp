#include "CustomerDialog.h"

#include "CustomerService.h"
#include "Permissions.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace od {

CustomerDialog::CustomerDialog(Session& session, const Customer& customer, QWidget* parent)
    : QDialog(parent), m_session(session), m_customer(customer)
{
    setWindowTitle(customer.id == 0 ? tr("New customer") : tr("Customer %1").arg(customer.code));
    setObjectName(QStringLiteral("customerDialog"));

    auto lineEdit = [this](const char* name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_code = lineEdit("codeEdit", customer.code);
    m_code->setPlaceholderText(tr("e.g. C0042"));
    m_name = lineEdit("nameEdit", customer.name);
    m_contact = lineEdit("contactEdit", customer.contact);
    m_contact->setPlaceholderText(tr("the person who orders and confirms"));
    m_phone = lineEdit("phoneEdit", customer.phone);
    m_email = lineEdit("emailEdit", customer.email);
    m_address = lineEdit("addressEdit", customer.address);
    m_creditLimit =
        lineEdit("creditLimitEdit",
                 customer.creditLimit.isZero() ? QString() : customer.creditLimit.toDecimalString());
    m_creditLimit->setPlaceholderText(tr("empty or 0 = no limit"));
    m_paymentTerms = new QSpinBox(this);
    m_paymentTerms->setObjectName(QStringLiteral("paymentTermsEdit"));
    m_paymentTerms->setRange(0, 365);
    m_paymentTerms->setSuffix(tr(" days"));
    m_paymentTerms->setValue(customer.paymentTermsDays);
    m_notes = lineEdit("notesEdit", customer.notes);
    // Documents (the order confirmation) go out in the customer's language, not the user's.
    m_documentLanguage = new QComboBox(this);
    m_documentLanguage->setObjectName(QStringLiteral("documentLanguageCombo"));
    for (const QString& key : DocumentLanguage::keys())
        m_documentLanguage->addItem(DocumentLanguage::nativeName(key), key);
    m_documentLanguage->setCurrentIndex(qMax(0, m_documentLanguage->findData(customer.documentLanguage)));
    m_documentLanguage->setToolTip(tr("The language of the order confirmations this customer receives."));
    m_active = new QCheckBox(tr("Active (can be chosen on new orders)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(customer.active);
    m_active->setVisible(customer.id != 0);

    // Credit terms are a manager's or finance's decision; others see them but cannot change them.
    if (!Permissions::allows(session, Permission::EditCreditTerms)) {
        const QString refusal = PermissionInfo::refusal(session.user().role, Permission::EditCreditTerms);
        m_creditLimit->setReadOnly(true);
        m_creditLimit->setToolTip(refusal);
        m_creditLimit->setPlaceholderText(tr("no limit"));
        m_paymentTerms->setEnabled(false);
        m_paymentTerms->setToolTip(refusal);
    }

    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("code"), tr("&Code"), m_code);
    m_form->addField(QStringLiteral("name"), tr("&Name"), m_name);
    m_form->addField(QStringLiteral("contact"), tr("Con&tact"), m_contact);
    m_form->addField(QStringLiteral("phone"), tr("&Phone"), m_phone);
    m_form->addField(QStringLiteral("email"), tr("&Email"), m_email);
    m_form->addField(QStringLiteral("address"), tr("&Address"), m_address);
    m_form->addField(QStringLiteral("credit_limit"), tr("Credit &limit (¥)"), m_creditLimit);
    m_form->addField(QStringLiteral("payment_terms_days"), tr("Payment te&rms"), m_paymentTerms);
    m_form->addField(QStringLiteral("document_language"), tr("&Document language"), m_documentLanguage);
    m_form->addField(QStringLiteral("notes"), tr("N&otes"), m_notes);
    m_form->addRow(m_active);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    (customer.id == 0 && customer.code.isEmpty() ? m_code : m_name)->setFocus();
}

bool CustomerDialog::readForm(Customer& customer)
{
    customer.code = m_code->text().trimmed();
    customer.name = m_name->text().trimmed();
    customer.contact = m_contact->text().trimmed();
    customer.phone = m_phone->text().trimmed();
    customer.email = m_email->text().trimmed();
    customer.address = m_address->text().trimmed();
    customer.paymentTermsDays = m_paymentTerms->value();
    customer.notes = m_notes->text();
    customer.active = m_active->isChecked();
    customer.documentLanguage = m_documentLanguage->currentData().toString();
    const QString limit = m_creditLimit->text().trimmed();
    if (limit.isEmpty()) {
        customer.creditLimit = Money();
    } else if (auto parsed = Money::parse(limit)) {
        customer.creditLimit = *parsed;
    } else {
        m_form->showFieldError(
            QStringLiteral("credit_limit"),
            tr("Not an amount: use digits and at most 2 decimals, e.g. 50000 or 12500.50."));
        return false;
    }
    return true;
}

void CustomerDialog::accept()
{
    Customer customer = m_customer;
    if (!readForm(customer))
        return;
    if (auto ok = CustomerService::check(customer); !ok) {
        m_form->showError(ok.error());
        return;
    }
    CustomerService service(m_session);
    if (customer.id == 0) {
        auto id = service.create(customer);
        if (!id) {
            m_form->showError(id.error());
            return;
        }
        customer.id = *id;
    } else if (auto ok = service.update(customer); !ok) {
        m_form->showError(ok.error());
        return;
    }
    m_form->clearErrors();
    m_customer = customer;
    QDialog::accept();
}

} // namespace od
