#pragma once

#include "Customer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace od {

class Session;
class ValidatedForm;

// Adds a customer (id 0) or edits one, and saves it through CustomerService when the user
// presses OK. A problem is shown under its field and the dialog stays open with everything as
// typed. Enter = OK, Escape = Cancel.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // `customer` with id 0 is a new customer; its fields (e.g. a name typed elsewhere) prefill.
    CustomerDialog(Session& session, const Customer& customer = {}, QWidget* parent = nullptr);

    // The customer as saved (with its id), once accepted.
    const Customer& customer() const { return m_customer; }
    ValidatedForm* form() const { return m_form; }

    void accept() override;

private:
    // The form's contents; false (with the error shown) when a number does not parse.
    bool readForm(Customer& customer);

    Session& m_session;
    Customer m_customer;
    ValidatedForm* m_form = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_creditLimit = nullptr;
    QSpinBox* m_paymentTerms = nullptr;
    QLineEdit* m_notes = nullptr;
    QCheckBox* m_active = nullptr;
    QComboBox* m_documentLanguage = nullptr;
};

} // namespace od
