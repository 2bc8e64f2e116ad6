#include "ReceivablesView.h"

#include "InvoicingService.h"
#include "PaymentMethod.h"
#include "PaymentService.h"
#include "widgets/Formatting.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

} // namespace

ReceivablesView::ReceivablesView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
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

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(invoicesBox);
    lower->addWidget(paymentsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_customers);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
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
        m_customers->setItem(row, column++, new QTableWidgetItem(line.onHold ? tr("On hold") : QString()));
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
    const int row = m_customers->currentRow();
    if (row < 0 || row >= m_report.customers.size() || m_customers->selectedItems().isEmpty())
        return;
    const qint64 customerId = m_report.customers.at(row).figures.customerId;
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
