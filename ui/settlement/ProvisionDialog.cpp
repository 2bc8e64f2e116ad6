#include "ProvisionDialog.h"

#include "ProvisionReportService.h"
#include "widgets/DateField.h"

#include "widgets/Formatting.h"
#include <QLineEdit>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace od {

namespace {

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Return on a row chooses it, as a double-click does.
class ChoosingTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    std::function<void(int)> onChoose;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0 &&
            onChoose) {
            onChoose(currentRow());
            return;
        }
        QTableWidget::keyPressEvent(event);
    }
};

} // namespace

ProvisionDialog::ProvisionDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Doubtful receivables (坏账准备)"));
    m_asOf = new DateField(this);
    m_asOf->setObjectName(QStringLiteral("provisionAsOfField"));
    m_asOf->setDate(session.today());
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("provisionDaysBox"));
    m_days->setRange(1, 3650);
    m_days->setValue(ProvisionReportService::DefaultDaysOverdue);
    m_days->setSuffix(tr(" days"));
    auto* asOfLabel = new QLabel(tr("&As of"), this);
    asOfLabel->setBuddy(m_asOf->lineEdit());
    auto* daysLabel = new QLabel(tr("&Overdue more than"), this);
    daysLabel->setBuddy(m_days);
    auto* row = new QHBoxLayout;
    row->addWidget(asOfLabel);
    row->addWidget(m_asOf);
    row->addSpacing(16);
    row->addWidget(daysLabel);
    row->addWidget(m_days);
    row->addStretch(1);

    auto* table = new ChoosingTable(0, 8, this);
    table->onChoose = [this](int r) { choose(r); };
    m_table = table;
    m_table->setObjectName(QStringLiteral("provisionTable"));
    m_table->setHorizontalHeaderLabels({tr("Invoice"), tr("Customer"), tr("Due"), tr("Days overdue"),
                                        tr("Open"), tr("Last contact"), tr("Promised"), tr("Credit hold")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r, int) { choose(r); });
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("provisionTotalsLabel"));
    m_totals->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProvisionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(m_days, &QSpinBox::valueChanged, this, &ProvisionDialog::refresh);
    connect(m_asOf, &DateField::dateEdited, this, [this] {
        if (m_asOf->isValidInput() && !m_asOf->isEmpty())
            refresh();
    });
    refresh();
    m_table->setFocus();
}

void ProvisionDialog::refresh()
{
    m_table->setRowCount(0);
    auto report = ProvisionReportService(m_session).report(m_asOf->date(), m_days->value());
    if (!report) {
        m_report = {};
        m_totals->setText(report.error().message);
        return;
    }
    m_report = *report;
    m_table->setRowCount(int(m_report.invoices.size()));
    for (int r = 0; r < m_report.invoices.size(); ++r) {
        const DoubtfulReceivable& d = m_report.invoices.at(r);
        m_table->setItem(r, 0, cell(d.invoiceNo));
        m_table->setItem(r, 1, cell(d.customerCode + u' ' + d.customerName));
        m_table->setItem(r, 2, cell(Formatting::date(d.dueDate)));
        m_table->setItem(r, 3, cell(QString::number(d.daysOverdue), true));
        m_table->setItem(r, 4, cell(Formatting::moneyAmount(d.open), true));
        m_table->setItem(r, 5, cell(d.lastContact.isValid() ? Formatting::date(d.lastContact) : tr("never")));
        m_table->setItem(r, 6, cell(Formatting::date(d.promisedDate)));
        m_table->setItem(r, 7, cell(d.onHold ? tr("on hold") : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    QString text = tr("%n invoice(s) of %1 customer(s), more than %2 days overdue on %3: %4 to provide for.",
                      nullptr, int(m_report.totals.invoices))
                       .arg(m_report.totals.customers)
                       .arg(m_report.minDaysOverdue)
                       .arg(Formatting::date(m_report.asOf), Formatting::money(m_report.totals.total));
    if (m_report.totals.invoices > m_report.invoices.size())
        text += u' ' + tr("The %n most overdue are listed.", nullptr, int(m_report.invoices.size()));
    m_totals->setText(text);
}

void ProvisionDialog::choose(int row)
{
    if (row < 0 || row >= m_report.invoices.size())
        return;
    m_chosenCustomer = m_report.invoices.at(row).customerId;
    accept();
}

} // namespace od
