#include "ReceivablesView.h"

#include "CollectionService.h"
#include "CreditControlService.h"
#include "CustomerService.h"
#include "DocumentCompany.h"
#include "InvoicingService.h"
#include "ListTables.h"
#include "OutputFileService.h"
#include "PaymentMethod.h"
#include "PaymentService.h"
#include "Permissions.h"
#include "SettingsService.h"
#include "StatementDocument.h"
#include "settlement/CloseMonthDialog.h"
#include "settlement/CollectionContactDialog.h"
#include "settlement/ManagerDecisionDialog.h"
#include "settlement/ProvisionDialog.h"
#include "settlement/StatementDialog.h"
#include "widgets/ExportFolder.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QTableWidgetItem* amountItem(Money amount)
{
    auto* item = new QTableWidgetItem(Formatting::moneyAmount(amount));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString askSavePathWithDialog(QWidget* parent, const QString& suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, ReceivablesView::tr("Save statement as PDF"), suggestedPath,
                                        ReceivablesView::tr("PDF documents (*.pdf)"));
}

QPushButton* actionButton(const QString& text, const char* name, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

ReceivablesView::ReceivablesView(Session& session, QWidget* parent)
    : WorkflowPage(parent), m_session(session), m_askSavePath(askSavePathWithDialog)
{
    m_banner = new MessageBanner(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("receivablesSummary"));

    QStringList headers{tr("Code"), tr("Customer"), tr("Salesperson")};
    for (AgeingBucket bucket : ReceivablesAgeing::all())
        headers << ReceivablesAgeing::displayName(bucket);
    headers << tr("Outstanding") << tr("Advance") << tr("Balance") << tr("On hold");
    m_customers = new QTableWidget(0, int(headers.size()), this);
    m_customers->setObjectName(QStringLiteral("receivablesCustomers"));
    m_customers->setHorizontalHeaderLabels(headers);
    m_customers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customers->verticalHeader()->hide();
    m_customers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_customers, &QTableWidget::itemSelectionChanged, this, &ReceivablesView::showInvoices);

    const QStringList invoiceHeaders{tr("Invoice"), tr("Orders"), tr("Invoice date"), tr("Due"),
                                     tr("Total"),   tr("Paid"),   tr("Open")};
    m_invoices = new QTableWidget(0, int(invoiceHeaders.size()), this);
    m_invoices->setObjectName(QStringLiteral("receivablesInvoices"));
    m_invoices->setHorizontalHeaderLabels(invoiceHeaders);
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoices->verticalHeader()->hide();
    m_invoices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* invoicesLabel = new QLabel(tr("&Invoices of the selected customer:"), this);
    invoicesLabel->setBuddy(m_invoices);
    m_openOnly = new QCheckBox(tr("&Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("receivablesOpenOnly"));
    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, this, &ReceivablesView::showInvoices);
    auto* invoicesHeader = new QHBoxLayout;
    invoicesHeader->addWidget(invoicesLabel);
    invoicesHeader->addStretch(1);
    invoicesHeader->addWidget(m_openOnly);
    auto* invoicesBox = new QWidget(this);
    auto* invoicesLayout = new QVBoxLayout(invoicesBox);
    invoicesLayout->setContentsMargins(0, 0, 0, 0);
    invoicesLayout->addLayout(invoicesHeader);
    invoicesLayout->addWidget(m_invoices, 1);

    const QStringList paymentHeaders{tr("Received"), tr("Reference"), tr("Method"),
                                     tr("Amount"),   tr("Applied"),   tr("Advance")};
    m_payments = new QTableWidget(0, int(paymentHeaders.size()), this);
    m_payments->setObjectName(QStringLiteral("receivablesPayments"));
    m_payments->setHorizontalHeaderLabels(paymentHeaders);
    m_payments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->verticalHeader()->hide();
    m_payments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* paymentsLabel = new QLabel(tr("&Payments of the selected customer, newest first:"), this);
    paymentsLabel->setBuddy(m_payments);
    auto* paymentsBox = new QWidget(this);
    auto* paymentsLayout = new QVBoxLayout(paymentsBox);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(paymentsLabel);
    paymentsLayout->addWidget(m_payments, 1);

    m_contact = actionButton(tr("Log &contact (催款)…"), "receivablesContactButton",
                             tr("A call, visit or message about what the customer owes, with the day it "
                                "promised to pay."),
                             this);
    m_statement =
        actionButton(tr("&Statement (对账单)…"), "receivablesStatementButton",
                     tr("The customer's statement of a period as PDF, to agree the balance."), this);
    m_release =
        actionButton(tr("&Release hold…"), "receivablesReleaseButton",
                     tr("A manager lets the customer buy on credit despite the hold, until a day."), this);
    m_writeOff =
        actionButton(tr("&Write off…"), "receivablesWriteOffButton",
                     tr("A manager writes off what is open of the selected invoice as bad debt."), this);
    m_provision = actionButton(tr("&Doubtful (坏账准备)…"), "receivablesProvisionButton",
                               tr("The invoices open long past their due date: the provision report"), this);
    m_closeMonth = actionButton(tr("Close &month…"), "receivablesCloseMonthButton",
                                tr("Nothing dated in a closed month can be created or changed."), this);
    connect(m_contact, &QPushButton::clicked, this, &ReceivablesView::logContact);
    connect(m_statement, &QPushButton::clicked, this, &ReceivablesView::exportStatement);
    connect(m_release, &QPushButton::clicked, this, &ReceivablesView::releaseHold);
    connect(m_writeOff, &QPushButton::clicked, this, &ReceivablesView::writeOffSelected);
    connect(m_closeMonth, &QPushButton::clicked, this, &ReceivablesView::closeMonth);
    connect(m_provision, &QPushButton::clicked, this, &ReceivablesView::showProvision);
    connect(m_invoices, &QTableWidget::itemSelectionChanged, this, &ReceivablesView::updateActions);
    m_lastContact = new QLabel(this);
    m_lastContact->setObjectName(QStringLiteral("receivablesLastContact"));
    m_lastContact->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_contact);
    actions->addWidget(m_statement);
    actions->addWidget(m_release);
    actions->addWidget(m_writeOff);
    actions->addWidget(m_lastContact, 1);
    actions->addWidget(m_provision);
    actions->addWidget(new ListExportButton(m_session, this, m_banner, tr("Receivables"), [this] {
        const QDate asOf = m_session.today();
        return [asOf](Session& worker) {
            return ListExportButton::single(ListTables(worker).receivables(asOf));
        };
    }));
    actions->addWidget(m_closeMonth);

    auto* customersBox = new QWidget(this);
    auto* customersLayout = new QVBoxLayout(customersBox);
    customersLayout->setContentsMargins(0, 0, 0, 0);
    customersLayout->addWidget(m_customers, 1);
    customersLayout->addLayout(actions);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(invoicesBox);
    lower->addWidget(paymentsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(customersBox);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    reload();
}

void ReceivablesView::reload()
{
    const qint64 selected = [this]() -> qint64 {
        const int row = m_customers->currentRow();
        if (row < 0 || row >= m_report.customers.size())
            return 0;
        return m_report.customers.at(row).figures.customerId;
    }();
    m_customers->setRowCount(0);
    auto report = ReceivablesService(m_session).receivables(m_session.today());
    if (!report) {
        m_report = {};
        m_summary->setText(report.error().message);
        showInvoices();
        Q_EMIT statusTextChanged();
        return;
    }
    m_report = *report;
    const auto buckets = ReceivablesAgeing::all();
    m_customers->setRowCount(int(m_report.customers.size()) + 1);
    int reselect = -1;
    for (int row = 0; row < m_report.customers.size(); ++row) {
        const ReceivablesLine& line = m_report.customers.at(row);
        const CustomerReceivables& c = line.figures;
        if (c.customerId == selected)
            reselect = row;
        m_customers->setItem(row, 0, new QTableWidgetItem(c.code));
        m_customers->setItem(row, 1, new QTableWidgetItem(c.name));
        m_customers->setItem(row, 2, new QTableWidgetItem(c.salesperson));
        int column = 3;
        for (AgeingBucket bucket : buckets) {
            auto* item = amountItem(c.buckets[bucket]);
            if (bucket != AgeingBucket::Current && c.buckets[bucket].minor() > 0)
                item->setForeground(Qt::red);
            m_customers->setItem(row, column++, item);
        }
        m_customers->setItem(row, column++, amountItem(c.balance.outstanding()));
        m_customers->setItem(row, column++, amountItem(c.balance.advance()));
        m_customers->setItem(row, column++, amountItem(c.balance.balance()));
        m_customers->setItem(
            row, column++,
            new QTableWidgetItem(line.onHold ? tr("On hold")
                                 : line.releasedUntil.isValid()
                                     ? tr("Released until %1").arg(Formatting::date(line.releasedUntil))
                                     : QString()));
    }
    const int totals = int(m_report.customers.size());
    auto* label = new QTableWidgetItem(tr("Total"));
    QFont bold = label->font();
    bold.setBold(true);
    m_customers->setItem(totals, 0, label);
    m_customers->setItem(totals, 1, new QTableWidgetItem());
    m_customers->setItem(totals, 2, new QTableWidgetItem());
    int column = 3;
    for (AgeingBucket bucket : buckets)
        m_customers->setItem(totals, column++, amountItem(m_report.totals[bucket]));
    m_customers->setItem(totals, column++, amountItem(m_report.outstanding));
    m_customers->setItem(totals, column++, amountItem(m_report.advances));
    m_customers->setItem(totals, column++, amountItem(m_report.outstanding - m_report.advances));
    m_customers->setItem(totals, column++, new QTableWidgetItem());
    for (int c = 0; c < m_customers->columnCount(); ++c) {
        m_customers->item(totals, c)->setFont(bold);
        m_customers->item(totals, c)->setFlags(Qt::ItemIsEnabled);
    }
    m_customers->resizeColumnsToContents();

    const QString dso = m_report.dsoTenths ? tr("DSO %1 days")
                                                 .arg(QLocale().toString(*m_report.dsoTenths / 10) +
                                                      QLocale().decimalPoint() +
                                                      QString::number(qAbs(*m_report.dsoTenths % 10)))
                                           : tr("DSO: no sales in the last 90 days");
    m_summary->setText(tr("Receivables as of %1 — open %2, advances %3, overdue %4 — %5")
                           .arg(Formatting::date(m_report.asOf), Formatting::money(m_report.outstanding),
                                Formatting::money(m_report.advances),
                                Formatting::money(m_report.totals.overdue()), dso));
    if (reselect >= 0)
        m_customers->selectRow(reselect);
    showInvoices();
    Q_EMIT statusTextChanged();
}

void ReceivablesView::showInvoices()
{
    m_invoices->setRowCount(0);
    m_payments->setRowCount(0);
    m_lastContact->clear();
    updateActions();
    const CustomerReceivables* customer = selectedCustomer();
    if (!customer)
        return;
    const qint64 customerId = customer->customerId;
    showLastContact(customerId);
    auto invoices = InvoicingService(m_session).invoices(customerId, m_openOnly->isChecked(), 500);
    if (!invoices) {
        m_invoices->setRowCount(1);
        m_invoices->setItem(0, 0, new QTableWidgetItem(invoices.error().message));
    } else {
        m_invoices->setRowCount(int(invoices->size()));
        for (int i = 0; i < invoices->size(); ++i) {
            const InvoiceSummary& inv = invoices->at(i);
            m_invoices->setItem(i, 0, new QTableWidgetItem(inv.invoiceNo));
            m_invoices->setItem(i, 1, new QTableWidgetItem(inv.orderNos.join(QStringLiteral(", "))));
            m_invoices->setItem(i, 2, new QTableWidgetItem(Formatting::date(inv.invoiceDate)));
            auto* due = new QTableWidgetItem(Formatting::date(inv.dueDate));
            if (inv.open.minor() > 0 && inv.dueDate < m_report.asOf)
                due->setForeground(Qt::red);
            m_invoices->setItem(i, 3, due);
            m_invoices->setItem(i, 4, amountItem(inv.total));
            m_invoices->setItem(i, 5, amountItem(inv.applied));
            m_invoices->setItem(i, 6, amountItem(inv.open));
        }
        m_invoices->resizeColumnsToContents();
    }
    updateActions();
    auto payments = PaymentService(m_session).payments(customerId, 500);
    if (!payments) {
        m_payments->setRowCount(1);
        m_payments->setItem(0, 0, new QTableWidgetItem(payments.error().message));
        return;
    }
    m_payments->setRowCount(int(payments->size()));
    for (int i = 0; i < payments->size(); ++i) {
        const Payment& p = payments->at(i);
        m_payments->setItem(i, 0, new QTableWidgetItem(Formatting::date(p.date)));
        m_payments->setItem(i, 1, new QTableWidgetItem(p.reference));
        m_payments->setItem(i, 2, new QTableWidgetItem(PaymentMethodInfo::displayName(p.method)));
        m_payments->setItem(i, 3, amountItem(p.amount));
        m_payments->setItem(i, 4, amountItem(p.applied));
        m_payments->setItem(i, 5, amountItem(p.unapplied()));
    }
    m_payments->resizeColumnsToContents();
}

void ReceivablesView::focusSearch()
{
    m_customers->setFocus();
}

QString ReceivablesView::statusText() const
{
    return tr("%n customer(s) with receivables", nullptr, int(m_report.customers.size()));
}

} // namespace od

namespace od {

const CustomerReceivables* ReceivablesView::selectedCustomer() const
{
    const int row = m_customers->currentRow();
    if (row < 0 || row >= m_report.customers.size() || m_customers->selectedItems().isEmpty())
        return nullptr;
    return &m_report.customers.at(row).figures;
}

QString ReceivablesView::selectedInvoiceNo() const
{
    const int row = m_invoices->currentRow();
    if (row < 0 || m_invoices->selectedItems().isEmpty() || !m_invoices->item(row, 0))
        return {};
    return m_invoices->item(row, 0)->text();
}

void ReceivablesView::updateActions()
{
    const CustomerReceivables* customer = selectedCustomer();
    // Held by the rules: on hold, or released until a day (a release can be renewed before it ends).
    const bool held = customer && (m_report.customers.at(m_customers->currentRow()).onHold ||
                                   m_report.customers.at(m_customers->currentRow()).releasedUntil.isValid());
    m_contact->setEnabled(customer && Permissions::allows(m_session, Permission::RecordPayments));
    m_statement->setEnabled(customer != nullptr);
    m_release->setEnabled(held && Permissions::allows(m_session, Permission::ApproveCredit));
    m_writeOff->setEnabled(customer && !selectedInvoiceNo().isEmpty() &&
                           Permissions::allows(m_session, Permission::ApproveCredit));
    m_closeMonth->setEnabled(Permissions::allows(m_session, Permission::ClosePeriods));
}

void ReceivablesView::showLastContact(qint64 customerId)
{
    auto contacts = CollectionService(m_session).contacts(customerId, 1);
    if (!contacts || contacts->isEmpty()) {
        m_lastContact->setText(contacts ? tr("No collection contact yet.") : contacts.error().message);
        return;
    }
    const CollectionContact& c = contacts->first();
    QString text =
        tr("Last contact %1 by %2")
            .arg(Formatting::date(c.contactedAt.date()), CollectionContactRules::channelName(c.channel));
    if (!c.contactName.isEmpty())
        text += tr(" with %1").arg(c.contactName);
    if (c.promisedDate.isValid())
        text += c.promisedAmount
                    ? tr(": promised %1 by %2")
                          .arg(Formatting::money(*c.promisedAmount), Formatting::date(c.promisedDate))
                    : tr(": promised to pay by %1").arg(Formatting::date(c.promisedDate));
    if (!c.note.isEmpty())
        text += QStringLiteral(" — ") + c.note;
    m_lastContact->setText(text);
}

bool ReceivablesView::openRecord(qint64 customerId)
{
    for (int row = 0; row < m_report.customers.size(); ++row)
        if (m_report.customers.at(row).figures.customerId == customerId) {
            m_customers->selectRow(row);
            m_customers->scrollToItem(m_customers->item(row, 0));
            m_customers->setFocus();
            return true;
        }
    return false;
}

bool ReceivablesView::runDialog(QDialog& dialog)
{
    if (m_dialogHook) {
        m_dialogHook(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void ReceivablesView::done(const QString& message)
{
    reload();
    m_banner->showMessage(MessageBanner::Kind::Info, message);
}

bool ReceivablesView::logContact()
{
    const CustomerReceivables* customer = selectedCustomer();
    if (!customer)
        return false;
    CollectionContactDialog dialog(m_session, customer->customerId, customer->name, this);
    if (!runDialog(dialog))
        return false;
    done(tr("Contact with %1 logged.").arg(customer->name));
    return true;
}

bool ReceivablesView::exportStatement()
{
    const CustomerReceivables* customer = selectedCustomer();
    if (!customer)
        return false;
    StatementDialog dialog(customer->name, m_session.today(), this);
    if (!runDialog(dialog))
        return false;
    const QString path = m_askSavePath(
        this, ExportFolder::suggest(tr("Statement %1 %2 to %3.pdf")
                                        .arg(customer->code, dialog.from().toString(Qt::ISODate),
                                             dialog.to().toString(Qt::ISODate))));
    if (path.isEmpty())
        return false;
    ExportFolder::remember(path);
    return exportStatementTo(path, dialog.from(), dialog.to());
}

bool ReceivablesView::exportStatementTo(const QString& path, const QDate& from, const QDate& to)
{
    const CustomerReceivables* selected = selectedCustomer();
    if (!selected)
        return false;
    auto fail = [this](const Error& e) {
        m_banner->showMessage(MessageBanner::Kind::Error, e.message);
        return false;
    };
    auto statement = ReceivablesService(m_session).statement(selected->customerId, from, to);
    if (!statement)
        return fail(statement.error());
    auto customer = CustomerService(m_session).byId(selected->customerId);
    if (!customer)
        return fail(customer.error());
    auto company = SettingsService(m_session).company();
    if (!company)
        return fail(company.error());
    const StatementDocument document(*statement, *customer, DocumentCompany::from(*company),
                                     company->currency);
    if (auto ok = OutputFileService(m_session).write(
            path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok)
        return fail(ok.error());
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Statement saved to %1: opening %2, closing %3.")
                              .arg(QDir::toNativeSeparators(path), Formatting::money(statement->opening()),
                                   Formatting::money(statement->closing())));
    return true;
}

bool ReceivablesView::releaseHold()
{
    const CustomerReceivables* customer = selectedCustomer();
    if (!customer)
        return false;
    const qint64 customerId = customer->customerId;
    const QString name = customer->name;
    ManagerDecisionDialog::Texts texts;
    texts.title = tr("Release the credit hold of %1").arg(name);
    texts.intro = tr("While released, %1 may order and be shipped on credit despite the hold. The "
                     "reason is kept in the audit trail.")
                      .arg(name);
    texts.dateLabel = tr("Released &until");
    texts.dateField = QStringLiteral("valid_until");
    texts.okText = tr("&Release");
    ManagerDecisionDialog dialog(
        texts, m_session.today().addDays(14),
        [&](const QString& reason, const QDate& until) -> Status {
            auto released = CreditControlService(m_session).release(customerId, reason, until);
            return released ? Status{} : Status(std::unexpected(released.error()));
        },
        this);
    if (!runDialog(dialog))
        return false;
    done(tr("The credit hold of %1 is released.").arg(name));
    return true;
}

bool ReceivablesView::writeOffSelected()
{
    const QString invoiceNo = selectedInvoiceNo();
    if (invoiceNo.isEmpty())
        return false;
    ManagerDecisionDialog::Texts texts;
    texts.title = tr("Write off invoice %1").arg(invoiceNo);
    texts.intro = tr("What is open of invoice %1 is written off as bad debt. This cannot be undone; a "
                     "payment received later stays the customer's advance.")
                      .arg(invoiceNo);
    texts.dateLabel = tr("Written off &on");
    texts.dateField = QStringLiteral("date");
    texts.okText = tr("&Write off");
    ManagerDecisionDialog dialog(
        texts, m_session.today(),
        [&](const QString& reason, const QDate& date) -> Status {
            auto written = CreditControlService(m_session).writeOff(invoiceNo, reason, date);
            return written ? Status{} : Status(std::unexpected(written.error()));
        },
        this);
    if (!runDialog(dialog))
        return false;
    done(tr("Invoice %1 written off.").arg(invoiceNo));
    return true;
}

bool ReceivablesView::showProvision()
{
    ProvisionDialog dialog(m_session, this);
    if (!runDialog(dialog))
        return false;
    return openRecord(dialog.chosenCustomer());
}

bool ReceivablesView::closeMonth()
{
    CloseMonthDialog dialog(m_session, this);
    if (!runDialog(dialog))
        return false;
    done(tr("%1 is closed.").arg(QLocale().toString(dialog.closed(), tr("yyyy-MM"))));
    return true;
}

} // namespace od
