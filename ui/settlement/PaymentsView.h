#pragma once

#include "Error.h"
#include "Payment.h"
#include "Session.h"
#include "SettlementFigures.h"
#include "main/WorkflowPage.h"

#include <QHash>

#include <functional>

class QComboBox;
class QDialog;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace od {

class DateField;
class LookupLineEdit;
class MessageBanner;
class ValidatedForm;

// 收款 Payments: the form that records a payment (customer, date, amount, method — an acceptance
// bill with its maturity date —, the bank's reference, a note, and optionally the invoices it
// pays), with each refusal shown under the field that caused it and everything typed kept; the
// chosen customer's open invoices and payments with where each is applied; re-applying a payment
// by hand; importing a payments CSV.
class PaymentsView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit PaymentsView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    // Tests drive the page's dialogs through this instead of exec().
    void setDialogHook(std::function<void(QDialog*)> hook) { m_dialogHook = std::move(hook); }

    // Records what the form holds; true when the payment was recorded (the form is then emptied
    // except for the customer, date and method).
    bool recordPayment();
    // Chooses the customer as if picked in the form (from another page, or for the pictures).
    void showCustomer(qint64 customerId, const QString& text);
    bool reapplySelected();
    void importCsv();

    LookupLineEdit* customerEdit() const { return m_customer; }
    DateField* dateField() const { return m_date; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* methodCombo() const { return m_method; }
    DateField* maturityField() const { return m_maturity; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QLineEdit* noteEdit() const { return m_note; }
    QLineEdit* invoicesEdit() const { return m_invoiceNos; }
    QPushButton* recordButton() const { return m_record; }
    ValidatedForm* form() const { return m_form; }
    MessageBanner* banner() const { return m_banner; }
    QTableWidget* openInvoicesTable() const { return m_openInvoices; }
    QTableWidget* paymentsTable() const { return m_payments; }

private:
    // Shows the dialog modally (or hands it to the hook); true when it was accepted.
    bool runDialog(QDialog& dialog);
    void customerChanged();
    void methodChanged();
    void clearForm();
    void addInvoiceFromRow(int row);

    Session& m_session;
    std::function<void(QDialog*)> m_dialogHook;
    QList<InvoiceSummary> m_openRows;
    QList<Payment> m_paymentRows;
    // Every invoice number of the chosen customer by id, for the applications.
    QHash<qint64, QString> m_invoiceNumbers;

    MessageBanner* m_banner = nullptr;
    ValidatedForm* m_form = nullptr;
    LookupLineEdit* m_customer = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    DateField* m_maturity = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_invoiceNos = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_clear = nullptr;
    QTableWidget* m_openInvoices = nullptr;
    QTableWidget* m_payments = nullptr;
    QPushButton* m_reapply = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace od
