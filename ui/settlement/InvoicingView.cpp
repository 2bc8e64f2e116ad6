#include "InvoicingView.h"

#include "InvoiceDocument.h"
#include "InvoicingService.h"
#include "ListTables.h"
#include "OrderStatus.h"
#include "OutputFileService.h"
#include "Permissions.h"
#include "SettlementStatus.h"
#include "settlement/CreditNoteDialog.h"
#include "settlement/CustomerLookup.h"
#include "settlement/DepositInvoiceDialog.h"
#include "settlement/OfficialInvoiceDialog.h"
#include "widgets/DateField.h"
#include "widgets/ExportFolder.h"
#include "widgets/Formatting.h"
#include "widgets/ListExportButton.h"
#include "widgets/LookupLineEdit.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

// Enough for a screen of work; the oldest come first, so the list never hides what is urgent.
constexpr int QueueLimit = 2000;
constexpr int InvoiceLimit = 2000;

QString askSavePathWithDialog(QWidget* parent, const QString& suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, InvoicingView::tr("Save invoice as PDF"), suggestedPath,
                                        InvoicingView::tr("PDF documents (*.pdf)"));
}

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
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

QString orderStatusName(const QString& key)
{
    const auto status = OrderStatusInfo::fromKey(key);
    return status ? OrderStatusInfo::displayName(*status) : key;
}

QString settlementName(const QString& key)
{
    const auto status = SettlementStatusInfo::fromKey(key);
    return status ? SettlementStatusInfo::displayName(*status) : key;
}

QString kindName(const QString& key)
{
    const auto kind = InvoiceKindInfo::fromKey(key);
    return kind ? InvoiceKindInfo::displayName(*kind) : key;
}

} // namespace

InvoicingView::InvoicingView(Session& session, QWidget* parent)
    : WorkflowPage(parent), m_session(session), m_askSavePath(&askSavePathWithDialog)
{
    m_banner = new MessageBanner(this);

    // The billing queue.
    m_queue =
        table({tr("Order"), tr("Customer"), tr("Order date"), tr("Status"), tr("Settlement"), tr("Total")},
              "invoicingQueue", this);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* queueLabel = new QLabel(tr("&Shipped, not yet invoiced (oldest first; select several orders of one "
                                     "customer for one invoice):"),
                                  this);
    queueLabel->setBuddy(m_queue);
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("invoiceDateField"));
    m_date->setDate(session.today());
    auto* dateLabel = new QLabel(tr("Invoice &date:"), this);
    dateLabel->setBuddy(m_date->lineEdit());
    m_invoiceWhole = new QPushButton(tr("&Invoice orders"), this);
    m_invoiceWhole->setObjectName(QStringLiteral("invoiceWholeButton"));
    m_invoiceWhole->setToolTip(tr("One invoice for everything not yet invoiced of the selected orders."));
    m_invoiceShipped = new QPushButton(tr("Invoice shipped p&art"), this);
    m_invoiceShipped->setObjectName(QStringLiteral("invoiceShippedButton"));
    m_invoiceShipped->setToolTip(
        tr("One invoice for what is shipped and not yet invoiced of the selected orders."));
    m_deposit = new QPushButton(tr("Deposi&t invoice…"), this);
    m_deposit->setObjectName(QStringLiteral("depositInvoiceButton"));
    m_deposit->setToolTip(tr("A deposit on a confirmed order, deducted from its later invoices."));
    connect(m_invoiceWhole, &QPushButton::clicked, this, [this] { invoiceSelected(false); });
    connect(m_invoiceShipped, &QPushButton::clicked, this, [this] { invoiceSelected(true); });
    connect(m_deposit, &QPushButton::clicked, this, &InvoicingView::depositInvoice);
    connect(m_queue, &QTableWidget::itemSelectionChanged, this, &InvoicingView::updateActions);
    auto* queueActions = new QHBoxLayout;
    queueActions->addWidget(dateLabel);
    queueActions->addWidget(m_date);
    queueActions->addWidget(m_invoiceWhole);
    queueActions->addWidget(m_invoiceShipped);
    queueActions->addStretch(1);
    queueActions->addWidget(m_deposit);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(queueLabel);
    topLayout->addWidget(m_queue, 1);
    topLayout->addLayout(queueActions);

    // The issued invoices.
    m_customer = new LookupLineEdit(this);
    m_customer->setObjectName(QStringLiteral("invoicesCustomerFilter"));
    m_customer->setPlaceholderText(tr("all customers"));
    m_customer->setClearButtonEnabled(true);
    CustomerLookup::attach(m_customer, session);
    connect(m_customer, &LookupLineEdit::itemChosen, this, &InvoicingView::reloadInvoices);
    connect(m_customer, &LookupLineEdit::choiceCleared, this, &InvoicingView::reloadInvoices);
    auto* customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer);
    m_openOnly = new QCheckBox(tr("&Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("invoicesOpenOnly"));
    connect(m_openOnly, &QCheckBox::toggled, this, &InvoicingView::reloadInvoices);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Issued invoices"), this));
    filters->addSpacing(12);
    filters->addWidget(customerLabel);
    filters->addWidget(m_customer, 1);
    filters->addWidget(m_openOnly);
    // The invoices of the customer and "open only" chosen, every one of them (the list shows the newest).
    filters->addWidget(new ListExportButton(m_session, this, m_banner, tr("Invoices"), [this] {
        const qint64 customerId = m_customer->chosenId();
        const bool openOnly = m_openOnly->isChecked();
        return [customerId, openOnly](Session& worker) {
            return ListExportButton::single(ListTables(worker).invoices(customerId, openOnly));
        };
    }));

    m_invoices = table({tr("Invoice"), tr("Kind"), tr("Customer"), tr("Orders"), tr("Date"), tr("Due"),
                        tr("Total"), tr("Credited"), tr("Paid"), tr("Open"), tr("发票 no.")},
                       "invoicesTable", this);
    m_invoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invoices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_invoices, &QTableWidget::itemSelectionChanged, this, &InvoicingView::showLines);
    m_lines = table({tr("No."), tr("Order"), tr("Description"), tr("Quantity"), tr("Unit"), tr("Unit price"),
                     tr("Tax rate"), tr("Amount")},
                    "invoiceLinesTable", this);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_official = new QPushButton(tr("发票 &number…"), this);
    m_official->setObjectName(QStringLiteral("officialInvoiceButton"));
    m_official->setToolTip(tr("Type the official 发票 number and date once the tax system has issued it."));
    m_credit = new QPushButton(tr("&Credit note (红字)…"), this);
    m_credit->setObjectName(QStringLiteral("creditNoteButton"));
    m_pdf = new QPushButton(tr("Save as &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("invoicePdfButton"));
    connect(m_official, &QPushButton::clicked, this, &InvoicingView::enterOfficial);
    connect(m_credit, &QPushButton::clicked, this, &InvoicingView::creditNote);
    connect(m_pdf, &QPushButton::clicked, this, &InvoicingView::exportPdf);
    auto* invoiceActions = new QHBoxLayout;
    invoiceActions->addWidget(m_official);
    invoiceActions->addWidget(m_credit);
    invoiceActions->addStretch(1);
    invoiceActions->addWidget(m_pdf);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(filters);
    m_invoiceSplit = new QSplitter(Qt::Vertical, lower);
    m_invoiceSplit->addWidget(m_invoices);
    m_invoiceSplit->addWidget(m_lines);
    lowerLayout->addWidget(m_invoiceSplit, 1);
    lowerLayout->addLayout(invoiceActions);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(lower);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    reload();
}

void InvoicingView::showEvent(QShowEvent* event)
{
    WorkflowPage::showEvent(event);
    if (!m_splitSet && m_splitter->height() > 0) {
        // The queue and the invoices share the page; an invoice's lines take a third of its half.
        // The user may drag both after that.
        m_splitSet = true;
        const int h = m_splitter->height();
        m_splitter->setSizes({h * 9 / 20, h - h * 9 / 20});
        // Below the queue: the filter row and the action row around the two tables.
        const int lower = qMax(100, h - h * 9 / 20 - 2 * m_pdf->sizeHint().height());
        m_invoiceSplit->setSizes({lower * 3 / 5, lower - lower * 3 / 5});
    }
}

void InvoicingView::reload()
{
    reloadQueue();
    reloadInvoices();
    Q_EMIT statusTextChanged();
}

void InvoicingView::reloadQueue()
{
    QSet<qint64> selected;
    for (const QModelIndex& index : m_queue->selectionModel()->selectedRows())
        if (index.row() < m_queueRows.size())
            selected.insert(m_queueRows.at(index.row()).orderId);
    m_queue->setRowCount(0);
    auto queue = InvoicingService(m_session).toInvoice(0, QueueLimit);
    if (!queue) {
        m_queueRows.clear();
        showError(queue.error());
        updateActions();
        return;
    }
    m_queueRows = *queue;
    m_queue->setRowCount(int(m_queueRows.size()));
    for (int row = 0; row < m_queueRows.size(); ++row) {
        const BillableOrder& o = m_queueRows.at(row);
        m_queue->setItem(row, 0, new QTableWidgetItem(o.orderNo));
        m_queue->setItem(row, 1, new QTableWidgetItem(o.customerCode + u' ' + o.customerName));
        m_queue->setItem(row, 2, new QTableWidgetItem(Formatting::date(o.orderDate)));
        m_queue->setItem(row, 3, new QTableWidgetItem(orderStatusName(o.statusKey)));
        m_queue->setItem(row, 4, new QTableWidgetItem(settlementName(o.settlementKey)));
        m_queue->setItem(row, 5, amountItem(o.total));
    }
    for (int row = 0; row < m_queueRows.size(); ++row)
        if (selected.contains(m_queueRows.at(row).orderId))
            m_queue->selectionModel()->select(m_queue->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_queue->resizeColumnsToContents();
    updateActions();
}

void InvoicingView::reloadInvoices()
{
    const QString selected = currentInvoiceNo();
    m_invoices->setRowCount(0);
    auto list =
        InvoicingService(m_session).invoices(m_customer->chosenId(), m_openOnly->isChecked(), InvoiceLimit);
    if (!list) {
        m_invoiceRows.clear();
        showError(list.error());
        showLines();
        return;
    }
    m_invoiceRows = *list;
    m_invoices->setRowCount(int(m_invoiceRows.size()));
    int reselect = -1;
    for (int row = 0; row < m_invoiceRows.size(); ++row) {
        const InvoiceSummary& inv = m_invoiceRows.at(row);
        if (inv.invoiceNo == selected)
            reselect = row;
        m_invoices->setItem(row, 0, new QTableWidgetItem(inv.invoiceNo));
        m_invoices->setItem(row, 1, new QTableWidgetItem(kindName(inv.kindKey)));
        m_invoices->setItem(row, 2, new QTableWidgetItem(inv.customerCode + u' ' + inv.customerName));
        m_invoices->setItem(row, 3, new QTableWidgetItem(inv.orderNos.join(QStringLiteral(", "))));
        m_invoices->setItem(row, 4, new QTableWidgetItem(Formatting::date(inv.invoiceDate)));
        auto* due = new QTableWidgetItem(Formatting::date(inv.dueDate));
        if (inv.open.minor() > 0 && inv.dueDate < m_session.today())
            due->setForeground(Qt::red);
        m_invoices->setItem(row, 5, due);
        m_invoices->setItem(row, 6, amountItem(inv.total));
        m_invoices->setItem(row, 7, amountItem(inv.credited));
        m_invoices->setItem(row, 8, amountItem(inv.applied));
        m_invoices->setItem(row, 9, amountItem(inv.open));
        m_invoices->setItem(row, 10, new QTableWidgetItem(inv.officialNo));
    }
    m_invoices->resizeColumnsToContents();
    if (reselect >= 0)
        m_invoices->selectRow(reselect);
    showLines();
    Q_EMIT statusTextChanged();
}

QString InvoicingView::currentInvoiceNo() const
{
    const int row = m_invoices->currentRow();
    if (row < 0 || row >= m_invoiceRows.size() || m_invoices->selectedItems().isEmpty())
        return {};
    return m_invoiceRows.at(row).invoiceNo;
}

void InvoicingView::showLines()
{
    m_lines->setRowCount(0);
    const QString invoiceNo = currentInvoiceNo();
    if (!invoiceNo.isEmpty()) {
        auto invoice = InvoicingService(m_session).invoice(invoiceNo);
        if (!invoice) {
            showError(invoice.error());
        } else {
            m_lines->setRowCount(int(invoice->lines.size()));
            for (int row = 0; row < invoice->lines.size(); ++row) {
                const InvoiceLine& line = invoice->lines.at(row);
                const bool goods = line.kind == InvoiceLineKind::Goods;
                m_lines->setItem(row, 0, new QTableWidgetItem(QString::number(line.lineNo)));
                m_lines->setItem(row, 1, new QTableWidgetItem(line.orderNo));
                m_lines->setItem(row, 2, new QTableWidgetItem(line.description));
                auto* quantity =
                    new QTableWidgetItem(goods ? Formatting::quantity(line.quantity) : QString());
                quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_lines->setItem(row, 3, quantity);
                m_lines->setItem(row, 4, new QTableWidgetItem(goods ? line.unit : QString()));
                auto* price = new QTableWidgetItem(goods ? Formatting::unitPrice(line.unitPrice) : QString());
                price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_lines->setItem(row, 5, price);
                m_lines->setItem(row, 6, new QTableWidgetItem(line.taxRate.toPercentString() + u'%'));
                m_lines->setItem(row, 7, amountItem(line.amount));
            }
            m_lines->resizeColumnsToContents();
        }
    }
    updateActions();
}

void InvoicingView::updateActions()
{
    const bool mayIssue = Permissions::allows(m_session, Permission::IssueInvoices);
    const bool queueChosen = !m_queue->selectionModel()->selectedRows().isEmpty();
    const bool invoiceChosen = !currentInvoiceNo().isEmpty();
    m_invoiceWhole->setEnabled(mayIssue && queueChosen);
    m_invoiceShipped->setEnabled(mayIssue && queueChosen);
    m_deposit->setEnabled(mayIssue);
    m_official->setEnabled(mayIssue && invoiceChosen);
    m_credit->setEnabled(mayIssue && invoiceChosen);
    m_pdf->setEnabled(invoiceChosen);
}

void InvoicingView::showError(const Error& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}

void InvoicingView::issued(const QString& invoiceNo, const QString& message)
{
    m_banner->showMessage(MessageBanner::Kind::Info, message);
    reloadQueue();
    reloadInvoices();
    for (int row = 0; row < m_invoiceRows.size(); ++row)
        if (m_invoiceRows.at(row).invoiceNo == invoiceNo)
            m_invoices->selectRow(row);
    Q_EMIT dataChanged();
    Q_EMIT statusTextChanged();
}

bool InvoicingView::invoiceSelected(bool shippedOnly)
{
    QList<qint64> orderIds;
    QSet<qint64> customers;
    QStringList orderNos;
    for (const QModelIndex& index : m_queue->selectionModel()->selectedRows()) {
        if (index.row() >= m_queueRows.size())
            continue;
        const BillableOrder& o = m_queueRows.at(index.row());
        orderIds << o.orderId;
        orderNos << o.orderNo;
        customers.insert(o.customerId);
    }
    if (orderIds.isEmpty())
        return false;
    if (customers.size() > 1) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("One invoice bills one customer: select orders of the same customer."));
        return false;
    }
    if (m_date->isEmpty() || !m_date->isValidInput()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Enter the invoice date, e.g. 2026-07-15."));
        m_date->lineEdit()->setFocus();
        return false;
    }
    auto invoice = InvoicingService(m_session).invoiceOrders(orderIds, m_date->date(), shippedOnly);
    if (!invoice) {
        showError(invoice.error());
        return false;
    }
    issued(invoice->invoiceNo, tr("Invoice %1 issued for %2: total %3, due %4.")
                                   .arg(invoice->invoiceNo, orderNos.join(QStringLiteral(", ")),
                                        Formatting::money(invoice->total, invoice->currency),
                                        Formatting::date(invoice->dueDate)));
    return true;
}

bool InvoicingView::depositInvoice()
{
    DepositInvoiceDialog dialog(m_session, m_date->date().isValid() ? m_date->date() : m_session.today(),
                                this);
    if (!runDialog(dialog))
        return false;
    issued(dialog.invoiceNo(), tr("Deposit invoice %1 issued.").arg(dialog.invoiceNo()));
    return true;
}

bool InvoicingView::enterOfficial()
{
    const int row = m_invoices->currentRow();
    if (currentInvoiceNo().isEmpty())
        return false;
    const InvoiceSummary invoice = m_invoiceRows.at(row);
    OfficialInvoiceDialog dialog(m_session, invoice, this);
    if (!runDialog(dialog))
        return false;
    issued(invoice.invoiceNo, tr("发票 number of %1 recorded.").arg(invoice.invoiceNo));
    return true;
}

bool InvoicingView::creditNote()
{
    const int row = m_invoices->currentRow();
    if (currentInvoiceNo().isEmpty())
        return false;
    const InvoiceSummary invoice = m_invoiceRows.at(row);
    CreditNoteDialog dialog(m_session, invoice, this);
    if (!runDialog(dialog))
        return false;
    issued(invoice.invoiceNo,
           tr("Credit note %1 issued against %2.").arg(dialog.creditNo(), invoice.invoiceNo));
    return true;
}

bool InvoicingView::exportPdf()
{
    const QString invoiceNo = currentInvoiceNo();
    if (invoiceNo.isEmpty())
        return false;
    const QString path = m_askSavePath(this, ExportFolder::suggest(invoiceNo + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return false;
    ExportFolder::remember(path);
    return exportPdfTo(path);
}

bool InvoicingView::exportPdfTo(const QString& path)
{
    const QString invoiceNo = currentInvoiceNo();
    if (invoiceNo.isEmpty())
        return false;
    auto source = InvoicingService(m_session).documentSource(invoiceNo);
    if (!source) {
        showError(source.error());
        return false;
    }
    const InvoiceDocument document(*source);
    auto written =
        OutputFileService(m_session).write(path, [&](QIODevice& file) { return document.writePdf(file); });
    if (!written) {
        showError(written.error());
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool InvoicingView::runDialog(QDialog& dialog)
{
    if (m_dialogHook) {
        m_dialogHook(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void InvoicingView::focusSearch()
{
    m_customer->setFocus();
}

QString InvoicingView::statusText() const
{
    return tr("%n order(s) to invoice", nullptr, int(m_queueRows.size())) + QStringLiteral(" · ") +
           tr("%n invoice(s) listed", nullptr, int(m_invoiceRows.size()));
}

} // namespace od
