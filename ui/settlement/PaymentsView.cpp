#include "PaymentsView.h"

#include "InvoicingService.h"
#include "ListTables.h"
#include "PaymentMethod.h"
#include "PaymentService.h"
#include "Permissions.h"
#include "settlement/CustomerLookup.h"
#include "settlement/ReapplyPaymentDialog.h"
#include "widgets/ComboBoxKeys.h"
#include "widgets/CsvImportDialog.h"
#include "widgets/DateField.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/LookupLineEdit.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

constexpr int PaymentLimit = 500;
constexpr int InvoiceLimit = 5000;

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    return t;
}

QTableWidgetItem* amountItem(Money amount)
{
    auto* item = new QTableWidgetItem(Formatting::moneyAmount(amount));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PaymentsView::PaymentsView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_banner = new MessageBanner(this);

    m_customer = new LookupLineEdit(this);
    m_customer->setObjectName(QStringLiteral("paymentCustomer"));
    m_customer->setPlaceholderText(tr("code or name"));
    CustomerLookup::attach(m_customer, session);
    connect(m_customer, &LookupLineEdit::itemChosen, this, &PaymentsView::customerChanged);
    connect(m_customer, &LookupLineEdit::choiceCleared, this, &PaymentsView::customerChanged);
    connect(m_customer, &QLineEdit::editingFinished, this, [this] {
        if (!m_customer->chosenId())
            m_customer->chooseOnlyMatch();
    });
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setDate(session.today());
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setPlaceholderText(tr("e.g. 11300.00"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    for (PaymentMethod method : PaymentMethodInfo::all())
        m_method->addItem(PaymentMethodInfo::displayName(method), int(method));
    ComboBoxKeys::openOnlyOnRequest(m_method);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentsView::methodChanged);
    m_maturity = new DateField(this);
    m_maturity->setObjectName(QStringLiteral("paymentMaturity"));
    m_maturity->setToolTip(tr("An acceptance bill (承兑汇票) is money on its maturity date."));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setPlaceholderText(tr("the bank's transaction number, the bill's number …"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("paymentNote"));
    m_invoiceNos = new QLineEdit(this);
    m_invoiceNos->setObjectName(QStringLiteral("paymentInvoices"));
    m_invoiceNos->setPlaceholderText(tr("empty: applied automatically"));
    m_invoiceNos->setToolTip(tr("The invoices this payment pays, in order, separated by spaces or commas; "
                                "double-click an open invoice to add it."));

    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("customer"), tr("C&ustomer"), m_customer);
    m_form->addField(QStringLiteral("date"), tr("&Date received"), m_date);
    m_form->addField(QStringLiteral("amount"), tr("&Amount (¥)"), m_amount);
    m_form->addField(QStringLiteral("method"), tr("&Method"), m_method);
    m_form->addField(QStringLiteral("bill_maturity"), tr("Bill ma&turity"), m_maturity);
    m_form->addField(QStringLiteral("reference"), tr("&Reference"), m_reference);
    m_form->addField(QStringLiteral("note"), tr("N&ote"), m_note);
    m_form->addField(QStringLiteral("invoice"), tr("&Invoices"), m_invoiceNos);
    m_record = new QPushButton(tr("Re&cord payment"), this);
    m_record->setObjectName(QStringLiteral("recordPaymentButton"));
    m_record->setDefault(true);
    m_record->setAutoDefault(true);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("clearPaymentButton"));
    connect(m_record, &QPushButton::clicked, this, &PaymentsView::recordPayment);
    connect(m_clear, &QPushButton::clicked, this, &PaymentsView::clearForm);
    // Enter in any line of the form records, as the default button of a dialog would.
    for (QLineEdit* edit :
         {m_amount, m_reference, m_note, m_invoiceNos, m_date->lineEdit(), m_maturity->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &PaymentsView::recordPayment);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_clear);
    formButtons->addWidget(m_record);
    auto* formBox = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* formTitle = new QLabel(tr("Record a payment received"), this);
    QFont bold = formTitle->font();
    bold.setBold(true);
    formTitle->setFont(bold);
    formLayout->addWidget(formTitle);
    formLayout->addWidget(m_form);
    formLayout->addLayout(formButtons);
    formLayout->addStretch(1);

    m_openInvoices =
        table({tr("Invoice"), tr("Orders"), tr("Date"), tr("Due"), tr("Total"), tr("Paid"), tr("Open")},
              "paymentOpenInvoices", this);
    m_openInvoices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_openInvoices, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { addInvoiceFromRow(row); });
    auto* openLabel = new QLabel(tr("Op&en invoices of the customer (double-click to pay one):"), this);
    openLabel->setBuddy(m_openInvoices);

    m_payments = table({tr("Date"), tr("Reference"), tr("Method"), tr("Amount"), tr("Applied"), tr("Advance"),
                        tr("Applied to"), tr("Note")},
                       "paymentsTable", this);
    m_payments->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    auto* paymentsLabel = new QLabel(tr("Pa&yments of the customer, newest first:"), this);
    paymentsLabel->setBuddy(m_payments);
    m_reapply = new QPushButton(tr("Re-a&pply…"), this);
    m_reapply->setObjectName(QStringLiteral("reapplyPaymentButton"));
    m_reapply->setToolTip(tr("Choose by hand which invoices the selected payment pays."));
    m_import = new QPushButton(tr("Import payment&s CSV…"), this);
    m_import->setObjectName(QStringLiteral("importPaymentsButton"));
    connect(m_reapply, &QPushButton::clicked, this, &PaymentsView::reapplySelected);
    connect(m_import, &QPushButton::clicked, this, &PaymentsView::importCsv);
    connect(m_payments, &QTableWidget::itemSelectionChanged, this,
            [this] { m_reapply->setEnabled(!m_payments->selectedItems().isEmpty()); });
    auto* paymentActions = new QHBoxLayout;
    paymentActions->addWidget(m_reapply);
    paymentActions->addStretch(1);
    // The chosen customer's payments, every one of them.
    paymentActions->addWidget(new ListExportButton(m_session, this, m_banner, tr("Payments"), [this] {
        const qint64 customerId = m_customer->chosenId();
        return [customerId](Session& worker) {
            return ListExportButton::single(ListTables(worker).payments(customerId));
        };
    }));
    paymentActions->addWidget(m_import);

    auto* openBox = new QWidget(this);
    auto* openLayout = new QVBoxLayout(openBox);
    openLayout->setContentsMargins(0, 0, 0, 0);
    openLayout->addWidget(openLabel);
    openLayout->addWidget(m_openInvoices, 1);
    auto* paymentsBox = new QWidget(this);
    auto* paymentsLayout = new QVBoxLayout(paymentsBox);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(paymentsLabel);
    paymentsLayout->addWidget(m_payments, 1);
    paymentsLayout->addLayout(paymentActions);
    auto* lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(openBox);
    lists->addWidget(paymentsBox);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(formBox);
    splitter->addWidget(lists);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    const bool mayRecord = Permissions::allows(session, Permission::RecordPayments);
    m_record->setEnabled(mayRecord);
    m_import->setEnabled(mayRecord);
    if (!mayRecord) {
        const QString refusal = PermissionInfo::refusal(session.user().role, Permission::RecordPayments);
        m_record->setToolTip(refusal);
        m_import->setToolTip(refusal);
    }
    methodChanged();
    reload();
}

void PaymentsView::reload()
{
    customerChanged();
}

void PaymentsView::customerChanged()
{
    const qint64 customerId = m_customer->chosenId();
    const qint64 selectedPayment = [this]() -> qint64 {
        const int row = m_payments->currentRow();
        return row >= 0 && row < m_paymentRows.size() && !m_payments->selectedItems().isEmpty()
                   ? m_paymentRows.at(row).id
                   : 0;
    }();
    m_openRows.clear();
    m_paymentRows.clear();
    m_invoiceNumbers.clear();
    m_openInvoices->setRowCount(0);
    m_payments->setRowCount(0);
    m_reapply->setEnabled(false);
    if (customerId) {
        auto invoices = InvoicingService(m_session).invoices(customerId, false, InvoiceLimit);
        auto payments = PaymentService(m_session).payments(customerId, PaymentLimit);
        if (!invoices || !payments) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  (!invoices ? invoices.error() : payments.error()).message);
        } else {
            for (const InvoiceSummary& inv : *invoices) {
                m_invoiceNumbers.insert(inv.id, inv.invoiceNo);
                if (inv.open.minor() > 0)
                    m_openRows << inv;
            }
            // Oldest due first, the order automatic application follows.
            std::sort(m_openRows.begin(), m_openRows.end(),
                      [](const InvoiceSummary& a, const InvoiceSummary& b) { return a.dueDate < b.dueDate; });
            m_paymentRows = *payments;
        }
    }
    m_openInvoices->setRowCount(int(m_openRows.size()));
    for (int row = 0; row < m_openRows.size(); ++row) {
        const InvoiceSummary& inv = m_openRows.at(row);
        m_openInvoices->setItem(row, 0, new QTableWidgetItem(inv.invoiceNo));
        m_openInvoices->setItem(row, 1, new QTableWidgetItem(inv.orderNos.join(QStringLiteral(", "))));
        m_openInvoices->setItem(row, 2, new QTableWidgetItem(Formatting::date(inv.invoiceDate)));
        auto* due = new QTableWidgetItem(Formatting::date(inv.dueDate));
        if (inv.dueDate < m_session.today())
            due->setForeground(Qt::red);
        m_openInvoices->setItem(row, 3, due);
        m_openInvoices->setItem(row, 4, amountItem(inv.total));
        m_openInvoices->setItem(row, 5, amountItem(inv.applied));
        m_openInvoices->setItem(row, 6, amountItem(inv.open));
    }
    m_openInvoices->resizeColumnsToContents();

    PaymentService payments(m_session);
    m_payments->setRowCount(int(m_paymentRows.size()));
    int reselect = -1;
    for (int row = 0; row < m_paymentRows.size(); ++row) {
        const Payment& p = m_paymentRows.at(row);
        if (p.id == selectedPayment)
            reselect = row;
        QString method = PaymentMethodInfo::displayName(p.method);
        if (p.billMaturity.isValid())
            method = tr("%1, matures %2").arg(method, Formatting::date(p.billMaturity));
        QStringList where;
        if (auto applications = payments.applications(p.id)) {
            for (const LedgerChange& change : *applications)
                where << tr("%1: %2").arg(m_invoiceNumbers.value(change.invoiceId),
                                          Formatting::moneyAmount(change.amount));
        }
        m_payments->setItem(row, 0, new QTableWidgetItem(Formatting::date(p.date)));
        m_payments->setItem(row, 1, new QTableWidgetItem(p.reference));
        m_payments->setItem(row, 2, new QTableWidgetItem(method));
        m_payments->setItem(row, 3, amountItem(p.amount));
        m_payments->setItem(row, 4, amountItem(p.applied));
        m_payments->setItem(row, 5, amountItem(p.unapplied()));
        m_payments->setItem(row, 6, new QTableWidgetItem(where.join(QStringLiteral("; "))));
        m_payments->setItem(row, 7, new QTableWidgetItem(p.note));
    }
    m_payments->resizeColumnsToContents();
    if (reselect >= 0)
        m_payments->selectRow(reselect);
    Q_EMIT statusTextChanged();
}

void PaymentsView::showCustomer(qint64 customerId, const QString& text)
{
    LookupItem item;
    item.id = customerId;
    item.text = text;
    m_customer->setChosen(item);
    customerChanged();
}

void PaymentsView::methodChanged()
{
    const auto method = PaymentMethod(m_method->currentData().toInt());
    const bool bill = PaymentMethodInfo::needsMaturityDate(method);
    m_maturity->setEnabled(bill);
    if (!bill)
        m_maturity->setDate({});
}

void PaymentsView::addInvoiceFromRow(int row)
{
    if (row < 0 || row >= m_openRows.size())
        return;
    const QString number = m_openRows.at(row).invoiceNo;
    QStringList numbers =
        m_invoiceNos->text().split(QRegularExpression(QStringLiteral("[\\s,，;；]+")), Qt::SkipEmptyParts);
    if (!numbers.contains(number))
        numbers << number;
    m_invoiceNos->setText(numbers.join(u' '));
    if (m_amount->text().trimmed().isEmpty() && numbers.size() == 1)
        m_amount->setText(m_openRows.at(row).open.toDecimalString());
}

bool PaymentsView::recordPayment()
{
    if (!m_record->isEnabled())
        return false;
    m_form->clearErrors();
    if (!m_customer->chosenId() && !m_customer->text().trimmed().isEmpty())
        m_customer->chooseOnlyMatch();
    Payment payment;
    payment.customerId = m_customer->chosenId();
    if (!payment.customerId) {
        m_form->showFieldError(QStringLiteral("customer"),
                               m_customer->text().trimmed().isEmpty()
                                   ? tr("Choose the customer who paid.")
                                   : tr("No single customer matches \"%1\": choose one from the list.")
                                         .arg(m_customer->text().trimmed()));
        m_customer->setFocus();
        return false;
    }
    if (!m_date->isValidInput()) {
        m_form->showFieldError(QStringLiteral("date"), tr("Not a date: type it as 2026-07-15."));
        m_date->lineEdit()->setFocus();
        return false;
    }
    payment.date = m_date->date();
    const QString amountText = m_amount->text().trimmed();
    const auto amount = Money::parse(amountText);
    if (amountText.isEmpty() || !amount) {
        m_form->showFieldError(
            QStringLiteral("amount"),
            amountText.isEmpty()
                ? tr("Enter the amount received.")
                : tr("Not an amount: use digits and at most 2 decimals, e.g. 11300 or 565.50."));
        m_amount->setFocus();
        m_amount->selectAll();
        return false;
    }
    payment.amount = *amount;
    payment.method = PaymentMethod(m_method->currentData().toInt());
    if (!m_maturity->isValidInput()) {
        m_form->showFieldError(QStringLiteral("bill_maturity"), tr("Not a date: type it as 2026-07-15."));
        m_maturity->lineEdit()->setFocus();
        return false;
    }
    payment.billMaturity = m_maturity->date();
    payment.reference = m_reference->text().trimmed();
    payment.note = m_note->text().trimmed();
    const QStringList invoiceNos =
        m_invoiceNos->text().split(QRegularExpression(QStringLiteral("[\\s,，;；]+")), Qt::SkipEmptyParts);
    auto recorded = PaymentService(m_session).record(payment, invoiceNos);
    if (!recorded) {
        if (!m_form->showError(recorded.error()))
            m_banner->showMessage(MessageBanner::Kind::Error, recorded.error().message);
        return false;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Info,
        recorded->unapplied().isZero()
            ? tr("Payment %1 of %2 recorded and applied in full.")
                  .arg(recorded->reference, Formatting::money(recorded->amount))
            : tr("Payment %1 of %2 recorded: %3 applied to invoices, %4 kept as the customer's advance.")
                  .arg(recorded->reference, Formatting::money(recorded->amount),
                       Formatting::money(recorded->applied), Formatting::money(recorded->unapplied())));
    m_amount->clear();
    m_reference->clear();
    m_note->clear();
    m_invoiceNos->clear();
    m_maturity->setDate({});
    customerChanged();
    Q_EMIT dataChanged();
    m_amount->setFocus();
    return true;
}

void PaymentsView::clearForm()
{
    m_form->clearErrors();
    m_customer->clear();
    m_customer->clearChosen();
    m_date->setDate(m_session.today());
    m_amount->clear();
    m_method->setCurrentIndex(0);
    m_maturity->setDate({});
    m_reference->clear();
    m_note->clear();
    m_invoiceNos->clear();
    customerChanged();
    m_customer->setFocus();
}

bool PaymentsView::reapplySelected()
{
    const int row = m_payments->currentRow();
    if (row < 0 || row >= m_paymentRows.size() || m_payments->selectedItems().isEmpty())
        return false;
    const Payment payment = m_paymentRows.at(row);
    ReapplyPaymentDialog dialog(m_session, payment, this);
    if (!runDialog(dialog))
        return false;
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Payment %1 re-applied.").arg(payment.reference));
    customerChanged();
    Q_EMIT dataChanged();
    return true;
}

void PaymentsView::importCsv()
{
    CsvImportDialog dialog(m_session, CsvImportReport::Kind::Payments, this);
    connect(&dialog, &CsvImportDialog::imported, this, [this] { Q_EMIT dataChanged(); });
    runDialog(dialog);
    customerChanged();
}

bool PaymentsView::runDialog(QDialog& dialog)
{
    if (m_dialogHook) {
        m_dialogHook(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void PaymentsView::focusSearch()
{
    m_customer->setFocus();
}

QString PaymentsView::statusText() const
{
    if (!m_customer->chosenId())
        return tr("Choose a customer to see its payments.");
    return tr("%n payment(s)", nullptr, int(m_paymentRows.size())) + QStringLiteral(" · ") +
           tr("%n open invoice(s)", nullptr, int(m_openRows.size()));
}

} // namespace od
