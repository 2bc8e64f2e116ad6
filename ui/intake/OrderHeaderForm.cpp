#include "OrderHeaderForm.h"

#include "CustomerService.h"
#include "OrderValidator.h"
#include "Session.h"
#include "customers/CustomerDialog.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/Formatting.h"
#include "widgets/LookupLineEdit.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace od {

namespace {

LookupItem lookupItemFor(const Customer& customer)
{
    LookupItem item;
    item.id = customer.id;
    item.text = customer.code + u' ' + customer.name;
    QStringList details;
    if (!customer.contact.isEmpty())
        details << customer.contact;
    if (!customer.phone.isEmpty())
        details << customer.phone;
    if (!customer.active)
        details << OrderHeaderForm::tr("deactivated");
    item.secondary = details.join(QStringLiteral(" · "));
    item.payload = QVariant::fromValue(customer);
    return item;
}

std::optional<BasisPoints> parseRate(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'%') || text.endsWith(u'％'))
        text.chop(1);
    return BasisPoints::parsePercent(text.trimmed());
}

} // namespace

OrderHeaderForm::OrderHeaderForm(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_customer = new LookupLineEdit(this);
    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_customer->setPlaceholderText(tr("Type part of the customer's name or code"));
    m_newCustomerButton = new QPushButton(tr("Ne&w customer…"), this);
    m_newCustomerButton->setObjectName(QStringLiteral("newCustomerButton"));
    m_newCustomerButton->setAutoDefault(false);
    setupCustomerPicker();
    m_salesperson = new QLabel(this);
    m_salesperson->setObjectName(QStringLiteral("salesperson"));
    m_orderDate = new DateField(this);
    m_orderDate->setObjectName(QStringLiteral("orderDate"));
    m_requestedDate = new DateField(this);
    m_requestedDate->setObjectName(QStringLiteral("requestedDate"));
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 60;
    m_orderDate->setFixedWidth(dateWidth);
    m_requestedDate->setFixedWidth(dateWidth);
    m_taxRate = new QLineEdit(this);
    m_taxRate->setObjectName(QStringLiteral("taxRate"));
    m_taxRate->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.00%")) + 24);
    m_taxRate->setAlignment(Qt::AlignRight);
    m_currency = new QLabel(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("orderNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Anything else the customer said: packing, contacts…"));
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_deliveryAddress = new QLineEdit(this);
    m_deliveryAddress->setObjectName(QStringLiteral("deliveryAddress"));
    m_deliveryAddress->setPlaceholderText(
        tr("The customer's address; type another only when the goods go elsewhere"));
    m_deliveryAddress->setMaxLength(OrderValidator::MaxDeliveryAddressLength);

    auto errorLabel = [this](const char* name) {
        auto* label = new FieldErrorLabel(this);
        label->setObjectName(QLatin1String(name));
        return label;
    };
    m_customerError = errorLabel("customerError");
    m_orderDateError = errorLabel("orderDateError");
    m_requestedDateError = errorLabel("requestedDateError");
    m_taxRateError = errorLabel("taxRateError");
    m_deliveryAddressError = errorLabel("deliveryAddressError");

    // A label's Alt+letter focuses its buddy only if the buddy itself takes focus: a date
    // field's line edit, not the field around it.
    auto caption = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* customerRow = new QHBoxLayout;
    customerRow->setSpacing(6);
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_newCustomerButton);
    auto* taxRow = new QHBoxLayout;
    taxRow->addWidget(m_taxRate);
    taxRow->addWidget(new QLabel(QStringLiteral("%"), this));
    taxRow->addSpacing(16);
    taxRow->addWidget(new QLabel(tr("Currency:"), this));
    taxRow->addSpacing(4);
    taxRow->addWidget(m_currency);
    taxRow->addStretch(1);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 3);
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnStretch(4, 2);
    grid->addWidget(caption(tr("&Customer"), m_customer), 0, 0);
    grid->addLayout(customerRow, 0, 1);
    grid->addWidget(m_customerError, 1, 1);
    grid->addWidget(new QLabel(tr("Salesperson"), this), 0, 3);
    grid->addWidget(m_salesperson, 0, 4);
    grid->addWidget(caption(tr("&Order date"), m_orderDate->lineEdit()), 2, 0);
    grid->addWidget(m_orderDate, 2, 1, Qt::AlignLeft);
    grid->addWidget(m_orderDateError, 3, 1);
    grid->addWidget(caption(tr("&Requested delivery"), m_requestedDate->lineEdit()), 2, 3);
    m_earliestDelivery = new QLabel(this);
    m_earliestDelivery->setObjectName(QStringLiteral("earliestDelivery"));
    m_earliestDelivery->setToolTip(tr("Earliest possible delivery (最早可交期): from the work centres' free "
                                      "capacity after the plans already "
                                      "committed."));
    auto* requestedRow = new QHBoxLayout;
    requestedRow->setContentsMargins(0, 0, 0, 0);
    requestedRow->addWidget(m_requestedDate);
    requestedRow->addWidget(m_earliestDelivery);
    requestedRow->addStretch(1);
    grid->addLayout(requestedRow, 2, 4);
    grid->addWidget(m_requestedDateError, 3, 4);
    grid->addWidget(caption(tr("&Tax rate"), m_taxRate), 4, 0);
    grid->addLayout(taxRow, 4, 1);
    grid->addWidget(m_taxRateError, 5, 1);
    grid->addWidget(caption(tr("&Notes"), m_notes), 4, 3, Qt::AlignTop);
    grid->addWidget(m_notes, 4, 4, 2, 1);
    grid->addWidget(caption(tr("Delivery &address"), m_deliveryAddress), 6, 0);
    grid->addWidget(m_deliveryAddress, 6, 1, 1, 4);
    grid->addWidget(m_deliveryAddressError, 7, 1, 1, 4);

    setTabOrder(m_customer, m_newCustomerButton);
    setTabOrder(m_newCustomerButton, m_orderDate->lineEdit());
    setTabOrder(m_orderDate->lineEdit(), m_requestedDate->lineEdit());
    setTabOrder(m_requestedDate->lineEdit(), m_taxRate);
    setTabOrder(m_taxRate, m_notes);
    setTabOrder(m_notes, m_deliveryAddress);

    connect(m_orderDate, &DateField::dateEdited, this, &OrderHeaderForm::edited);
    connect(m_requestedDate, &DateField::dateEdited, this, &OrderHeaderForm::edited);
    connect(m_taxRate, &QLineEdit::textEdited, this, &OrderHeaderForm::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OrderHeaderForm::edited);
    connect(m_deliveryAddress, &QLineEdit::textEdited, this, &OrderHeaderForm::edited);
}

QWidget* OrderHeaderForm::lastField() const
{
    return m_deliveryAddress;
}

void OrderHeaderForm::setupCustomerPicker()
{
    m_customer->setExtraEntry(tr("New customer…"));
    m_customer->setProvider([this](const QString& text) {
        QList<LookupItem> items;
        auto found = CustomerService(m_session).search(text, 20);
        if (!found) {
            Q_EMIT failed(found.error());
            return items;
        }
        for (const Customer& customer : *found)
            items << lookupItemFor(customer);
        return items;
    });
    connect(m_customer, &LookupLineEdit::itemChosen, this, &OrderHeaderForm::edited);
    connect(m_customer, &LookupLineEdit::choiceCleared, this, &OrderHeaderForm::edited);
    connect(m_customer, &LookupLineEdit::extraEntryChosen, this, &OrderHeaderForm::createCustomer);
    connect(m_newCustomerButton, &QPushButton::clicked, this, &OrderHeaderForm::createCustomer);
    // Leaving the field with text that matches exactly one customer takes that customer.
    connect(m_customer, &QLineEdit::editingFinished, this, [this] { m_customer->chooseOnlyMatch(); });
}

void OrderHeaderForm::createCustomer()
{
    Customer draft;
    if (m_customer->chosenId() == 0)
        draft.name = m_customer->text().trimmed(); // what was typed is most likely the new name
    CustomerDialog dialog(m_session, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_customer->setChosen(lookupItemFor(dialog.customer()));
    Q_EMIT edited();
    m_orderDate->setFocus();
}

void OrderHeaderForm::showOrder(const Order& order)
{
    const QSignalBlocker quiet(this); // filling the form is not an edit
    if (order.customerId != 0) {
        LookupItem item;
        item.id = order.customerId;
        item.text = order.customerCode.isEmpty() ? order.customerName
                                                 : order.customerCode + u' ' + order.customerName;
        m_customer->setChosen(item);
    } else {
        m_customer->clearChosen();
    }
    m_salesperson->setText(order.salespersonName.isEmpty() ? m_session.user().displayName
                                                           : order.salespersonName);
    m_orderDate->setDate(order.orderDate);
    m_requestedDate->setDate(order.requestedDate);
    m_taxRate->setText(order.taxRate.toPercentString());
    m_currency->setText(order.currency + QStringLiteral(" (") +
                        Formatting::currencySymbol(order.currency).trimmed() + u')');
    m_notes->setPlainText(order.notes);
    m_deliveryAddress->setText(order.deliveryAddress);
    clearReport();
}

void OrderHeaderForm::applyTo(Order& order) const
{
    order.customerId = m_customer->chosenId();
    if (const auto& chosen = m_customer->chosenItem(); chosen.payload.canConvert<Customer>()) {
        const auto customer = chosen.payload.value<Customer>();
        order.customerName = customer.name;
        order.customerCode = customer.code;
    }
    order.orderDate = m_orderDate->date();
    order.requestedDate = m_requestedDate->date();
    if (const auto rate = parseRate(m_taxRate->text()))
        order.taxRate = *rate;
    order.notes = m_notes->toPlainText();
    order.deliveryAddress = m_deliveryAddress->text().trimmed();
}

bool OrderHeaderForm::hasValidTaxRate() const
{
    return parseRate(m_taxRate->text()).has_value();
}

bool OrderHeaderForm::checkInput()
{
    bool ok = true;
    if (!m_orderDate->isValidInput()) {
        m_orderDateError->showError(tr("Not a date. Type it as 2026-07-15."));
        ok = false;
    }
    if (!m_requestedDate->isValidInput()) {
        m_requestedDateError->showError(tr("Not a date. Type it as 2026-07-15."));
        ok = false;
    }
    if (!hasValidTaxRate()) {
        m_taxRateError->showError(tr("Not a percentage: e.g. 13 or 9.5."));
        ok = false;
    }
    return ok;
}

QStringList OrderHeaderForm::inputErrorFields() const
{
    QStringList fields;
    if (!m_orderDate->isValidInput())
        fields << QStringLiteral("order_date");
    if (!m_requestedDate->isValidInput())
        fields << QStringLiteral("requested_date");
    if (!hasValidTaxRate())
        fields << QStringLiteral("tax_rate");
    return fields;
}

void OrderHeaderForm::focusFirstInputError()
{
    if (!m_orderDate->isValidInput())
        m_orderDate->setFocus();
    else if (!m_requestedDate->isValidInput())
        m_requestedDate->setFocus();
    else if (!hasValidTaxRate())
        m_taxRate->setFocus();
}

void OrderHeaderForm::showReport(const ValidationReport& report)
{
    m_customerError->showIssues(report.forField(QStringLiteral("customer")));
    m_orderDateError->showIssues(report.forField(QStringLiteral("order_date")));
    m_requestedDateError->showIssues(report.forField(QStringLiteral("requested_date")));
    m_taxRateError->showIssues(report.forField(QStringLiteral("tax_rate")));
    m_deliveryAddressError->showIssues(report.forField(QStringLiteral("delivery_address")));
    // Text that is not a date or a percentage says so, whatever the validator made of it.
    checkInput();
}

bool OrderHeaderForm::showFieldError(const QString& field, const QString& message)
{
    FieldErrorLabel* label = nullptr;
    if (field == QLatin1String("customer"))
        label = m_customerError;
    else if (field == QLatin1String("order_date"))
        label = m_orderDateError;
    else if (field == QLatin1String("requested_date"))
        label = m_requestedDateError;
    else if (field == QLatin1String("tax_rate"))
        label = m_taxRateError;
    else if (field == QLatin1String("delivery_address"))
        label = m_deliveryAddressError;
    if (label)
        label->showError(message);
    return label != nullptr;
}

void OrderHeaderForm::clearReport()
{
    for (auto* label :
         {m_customerError, m_orderDateError, m_requestedDateError, m_taxRateError, m_deliveryAddressError})
        label->clearMessage();
}

bool OrderHeaderForm::focusField(const QString& field)
{
    QWidget* target = nullptr;
    if (field == QLatin1String("customer"))
        target = m_customer;
    else if (field == QLatin1String("order_date"))
        target = m_orderDate;
    else if (field == QLatin1String("requested_date"))
        target = m_requestedDate;
    else if (field == QLatin1String("tax_rate"))
        target = m_taxRate;
    else if (field == QLatin1String("delivery_address"))
        target = m_deliveryAddress;
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    return target != nullptr;
}

void OrderHeaderForm::setReadOnly(bool readOnly)
{
    m_customer->setReadOnly(readOnly);
    m_newCustomerButton->setVisible(!readOnly);
    m_orderDate->setReadOnly(readOnly);
    m_requestedDate->setReadOnly(readOnly);
    m_taxRate->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_deliveryAddress->setReadOnly(readOnly);
}

void OrderHeaderForm::setEarliestDelivery(const QDate& earliest, const QDate& requested,
                                          const QString& reason)
{
    if (!earliest.isValid()) {
        m_earliestDelivery->setText(reason);
        m_earliestDelivery->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
        m_earliestDelivery->setProperty("late", false);
        return;
    }
    const bool late = requested.isValid() && earliest > requested;
    m_earliestDelivery->setText(tr("Earliest possible: %1").arg(Formatting::date(earliest)));
    m_earliestDelivery->setStyleSheet(late ? QStringLiteral("color: #c62828; font-weight: bold;")
                                           : QString());
    m_earliestDelivery->setProperty("late", late);
}

} // namespace od
