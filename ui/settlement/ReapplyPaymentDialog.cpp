#include "ReapplyPaymentDialog.h"

#include "InvoicingService.h"
#include "PaymentMethod.h"
#include "PaymentService.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/Formatting.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QTableWidgetItem* fixedAmount(Money amount)
{
    auto* item = new QTableWidgetItem(Formatting::moneyAmount(amount));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ReapplyPaymentDialog::ReapplyPaymentDialog(Session& session, const Payment& payment, QWidget* parent)
    : QDialog(parent), m_session(session), m_payment(payment)
{
    setWindowTitle(tr("Re-apply payment %1").arg(payment.reference));
    auto* intro =
        new QLabel(tr("Payment %1 of %2 received on %3 (%4). Type how much of it pays each invoice; "
                      "what is left is the customer's advance.")
                       .arg(payment.reference, Formatting::money(payment.amount),
                            Formatting::date(payment.date), PaymentMethodInfo::displayName(payment.method)),
                   this);
    intro->setWordWrap(true);

    QHash<qint64, Money> current;
    auto applications = PaymentService(session).applications(payment.id);
    if (applications)
        for (const LedgerChange& change : *applications)
            current[change.invoiceId] += change.amount;
    auto invoices = InvoicingService(session).invoices(payment.customerId, false, 5000);
    if (invoices)
        for (const InvoiceSummary& inv : *invoices)
            if (inv.open.minor() > 0 || current.contains(inv.id))
                m_rows << inv;
    std::sort(m_rows.begin(), m_rows.end(),
              [](const InvoiceSummary& a, const InvoiceSummary& b) { return a.dueDate < b.dueDate; });

    m_table = new QTableWidget(int(m_rows.size()), 5, this);
    m_table->setObjectName(QStringLiteral("reapplyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Due"), tr("Total"), tr("Open without this payment"), tr("From this payment")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_rows.size(); ++row) {
        const InvoiceSummary& inv = m_rows.at(row);
        const Money mine = current.value(inv.id);
        auto* number = new QTableWidgetItem(inv.invoiceNo);
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 0, number);
        auto* due = new QTableWidgetItem(Formatting::date(inv.dueDate));
        due->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 1, due);
        m_table->setItem(row, 2, fixedAmount(inv.total));
        m_table->setItem(row, 3, fixedAmount(inv.open + mine));
        auto* amount = new QTableWidgetItem(mine.isZero() ? QString() : mine.toDecimalString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemChanged, this, &ReapplyPaymentDialog::updateTotal);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("reapplyTotal"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("reapplyError"));
    if (!applications || !invoices)
        m_error->showError((!applications ? applications.error() : invoices.error()).message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReapplyPaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReapplyPaymentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 400);
    updateTotal();
    if (!m_rows.isEmpty())
        m_table->setCurrentCell(0, AmountColumn);
    m_table->setFocus();
}

int ReapplyPaymentDialog::rowOf(const QString& invoiceNo) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).invoiceNo == invoiceNo)
            return row;
    return -1;
}

QString ReapplyPaymentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReapplyPaymentDialog::updateTotal()
{
    Money total;
    bool readable = true;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString text = m_table->item(row, AmountColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto amount = Money::parse(text);
        if (!amount) {
            readable = false;
            continue;
        }
        total += *amount;
    }
    m_total->setText(readable ? tr("Applied %1 of %2; advance %3.")
                                    .arg(Formatting::money(total), Formatting::money(m_payment.amount),
                                         Formatting::money(m_payment.amount - total))
                              : tr("Some amounts are not readable yet."));
}

void ReapplyPaymentDialog::accept()
{
    m_error->clearMessage();
    QList<AllocationLine> wanted;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString text = m_table->item(row, AmountColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto amount = Money::parse(text);
        if (!amount || amount->isNegative()) {
            m_error->showError(tr("%1: \"%2\" is not an amount; use digits and at most 2 decimals.")
                                   .arg(m_rows.at(row).invoiceNo, text));
            m_table->setCurrentCell(row, AmountColumn);
            m_table->setFocus();
            return;
        }
        if (!amount->isZero())
            wanted << AllocationLine{m_rows.at(row).id, *amount};
    }
    if (auto ok = PaymentService(m_session).reapply(m_payment.id, wanted, m_session.today()); !ok) {
        m_error->showError(ok.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace od
