#pragma once

#include "Error.h"
#include "Order.h"
#include "ValidationReport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace od {

class DateField;
class FieldErrorLabel;
class LookupLineEdit;
class Session;
struct LookupItem;

// The header of the intake form: customer (searchable, or a new one on the spot), salesperson,
// order and delivery dates, tax rate, currency and notes — each with its problem shown under it.
class OrderHeaderForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrderHeaderForm(Session& session, QWidget* parent = nullptr);

    void showOrder(const Order& order);
    // Copies what the fields hold into `order` (a tax rate that does not parse leaves the old one).
    void applyTo(Order& order) const;
    bool hasValidTaxRate() const;
    // Flags text that is not a date or a percentage; false when there is any.
    bool checkInput();
    void focusFirstInputError();
    // The fields ("order_date", "requested_date", "tax_rate") whose text is no date or rate.
    QStringList inputErrorFields() const;

    void showReport(const ValidationReport& report);
    // An error from a service about one header field; false when the field is not in the header.
    bool showFieldError(const QString& field, const QString& message);
    void clearReport();
    // Focuses the widget of a header field ("customer", "order_date"…); false for other fields.
    bool focusField(const QString& field);
    void setReadOnly(bool readOnly);

    // 最早可交期 next to the requested date: red when later than requested. A null date with a
    // reason says why there is none (no lines yet, cannot be planned).
    void setEarliestDelivery(const QDate& earliest, const QDate& requested, const QString& reason = {});
    QLabel* earliestDeliveryLabel() const { return m_earliestDelivery; }

    LookupLineEdit* customerPicker() const { return m_customer; }
    QWidget* lastField() const;

Q_SIGNALS:
    void edited();
    void failed(const od::Error& error);

private:
    void setupCustomerPicker();
    void createCustomer();

    Session& m_session;
    LookupLineEdit* m_customer = nullptr;
    QPushButton* m_newCustomerButton = nullptr;
    QLabel* m_salesperson = nullptr;
    DateField* m_orderDate = nullptr;
    DateField* m_requestedDate = nullptr;
    QLabel* m_earliestDelivery = nullptr;
    QLineEdit* m_taxRate = nullptr;
    QLabel* m_currency = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_deliveryAddress = nullptr;
    FieldErrorLabel* m_deliveryAddressError = nullptr;
    FieldErrorLabel* m_customerError = nullptr;
    FieldErrorLabel* m_orderDateError = nullptr;
    FieldErrorLabel* m_requestedDateError = nullptr;
    FieldErrorLabel* m_taxRateError = nullptr;
};

} // namespace od
