#include "CreditNoteDialog.h"

#include "InvoicingService.h"
#include "widgets/DateField.h"
#include "widgets/Formatting.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

CreditNoteDialog::CreditNoteDialog(Session& session, const InvoiceSummary& invoice, QWidget* parent)
    : QDialog(parent), m_session(session), m_invoiceNo(invoice.invoiceNo)
{
    setWindowTitle(tr("Credit note (红字) against %1").arg(invoice.invoiceNo));
    const Money left = invoice.total - invoice.credited - invoice.writtenOff;
    auto* intro = new QLabel(tr("Invoice %1 of %2 %3: total %4, already credited %5, paid %6.")
                                 .arg(invoice.invoiceNo, invoice.customerCode, invoice.customerName,
                                      Formatting::money(invoice.total), Formatting::money(invoice.credited),
                                      Formatting::money(invoice.applied)),
                             this);
    intro->setWordWrap(true);
    m_whole = new QRadioButton(tr("&All that is left (%1)").arg(Formatting::money(left)), this);
    m_whole->setObjectName(QStringLiteral("creditWholeRadio"));
    m_partial = new QRadioButton(tr("&Part of it, the amount below"), this);
    m_partial->setObjectName(QStringLiteral("creditAmountRadio"));
    m_partial->setChecked(true);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("creditAmountEdit"));
    m_amount->setPlaceholderText(tr("e.g. 1130.00"));
    connect(m_partial, &QRadioButton::toggled, m_amount, &QLineEdit::setEnabled);
    m_byLines = new QRadioButton(tr("Returned &goods: the quantities below, line by line"), this);
    m_byLines->setObjectName(QStringLiteral("creditLinesRadio"));
    m_lines = new QTableWidget(0, 5, this);
    m_lines->setObjectName(QStringLiteral("creditLinesTable"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Line"), tr("Description"), tr("Invoiced"), tr("Credited"), tr("Returned now")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->setTabKeyNavigation(false);
    m_lines->setEnabled(false);
    connect(m_byLines, &QRadioButton::toggled, m_lines, &QTableWidget::setEnabled);
    connect(m_byLines, &QRadioButton::toggled, this, [this](bool on) {
        if (!on || m_lines->rowCount() == 0)
            return;
        m_lines->setCurrentCell(0, 4); // straight to the first quantity to type
        m_lines->setFocus();
    });
    loadLines();
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("creditDateField"));
    m_date->setDate(session.today());
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("creditReasonEdit"));
    m_reason->setPlaceholderText(tr("a return, a price correction …"));

    m_form = new ValidatedForm(this);
    m_form->addRow(m_whole);
    m_form->addRow(m_partial);
    m_form->addField(QStringLiteral("amount"), tr("A&mount incl. tax"), m_amount);
    if (m_lines->rowCount() > 0) {
        m_form->addRow(m_byLines);
        m_form->addField(QStringLiteral("lines"), tr("Returned &quantities"), m_lines);
    } else {
        m_byLines->hide();
        m_lines->hide();
    }
    m_form->addField(QStringLiteral("date"), tr("&Date"), m_date);
    m_form->addField(QStringLiteral("reason"), tr("&Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue credit note"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreditNoteDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setTabOrder(m_byLines, m_lines);
    setMinimumWidth(560);
    m_amount->setFocus();
}

void CreditNoteDialog::accept()
{
    m_form->clearErrors();
    if (!m_date->isValidInput() || m_date->isEmpty()) {
        m_form->showFieldError(QStringLiteral("date"),
                               tr("Enter the date of the credit note, e.g. 2026-07-15."));
        return;
    }
    InvoicingService service(m_session);
    Result<CreditNote> issued;
    if (m_whole->isChecked()) {
        issued = service.creditWhole(m_invoiceNo, m_date->date(), m_reason->text().trimmed());
    } else if (m_byLines->isChecked()) {
        const auto lines = typedLines();
        if (!lines) {
            m_form->showFieldError(QStringLiteral("lines"), lines.error().message);
            return;
        }
        issued = service.creditLines(m_invoiceNo, *lines, m_date->date(), m_reason->text().trimmed());
    } else {
        const auto amount = Money::parse(m_amount->text().trimmed());
        if (!amount || amount->minor() <= 0) {
            m_form->showFieldError(QStringLiteral("amount"),
                                   tr("Not an amount: more than zero, at most 2 decimals, e.g. 565.50."));
            return;
        }
        issued = service.creditAmount(m_invoiceNo, *amount, m_date->date(), m_reason->text().trimmed());
    }
    if (!issued) {
        m_form->showError(issued.error());
        return;
    }
    m_creditNo = issued->creditNo;
    QDialog::accept();
}

void CreditNoteDialog::loadLines()
{
    InvoicingService service(m_session);
    const auto invoice = service.invoice(m_invoiceNo);
    const auto notes = service.creditNotes(m_invoiceNo);
    if (!invoice || !notes)
        return; // no table: the whole and amount credits still work, and say why if they cannot
    QHash<qint64, Quantity> credited;
    for (const CreditNote& note : *notes)
        for (const CreditNoteLine& line : note.lines)
            if (line.invoiceLineId != 0)
                credited[line.invoiceLineId] =
                    Quantity::fromRaw(credited.value(line.invoiceLineId).raw() + line.quantity.raw());
    auto readOnly = [](const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        auto* item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setTextAlignment(align);
        return item;
    };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (const InvoiceLine& line : invoice->lines) {
        if (line.kind != InvoiceLineKind::Goods)
            continue;
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto* number = readOnly(QString::number(line.lineNo), right);
        number->setData(Qt::UserRole, line.id);
        m_lines->setItem(row, 0, number);
        m_lines->setItem(row, 1, readOnly(line.description));
        m_lines->setItem(row, 2, readOnly(Formatting::quantity(line.quantity) + u' ' + line.unit, right));
        m_lines->setItem(row, 3, readOnly(Formatting::quantity(credited.value(line.id)), right));
        auto* returned = new QTableWidgetItem();
        returned->setTextAlignment(right);
        m_lines->setItem(row, 4, returned);
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

Result<QList<CreditNoteCalculator::LineRequest>> CreditNoteDialog::typedLines() const
{
    QList<CreditNoteCalculator::LineRequest> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString text = m_lines->item(row, 4)->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto quantity = Quantity::parse(text);
        if (!quantity || quantity->raw() < 0)
            return std::unexpected(
                Error::invalid(tr("Line %1: \"%2\" is not a quantity (at most 3 decimals, e.g. 2 or 1.5).")
                                   .arg(m_lines->item(row, 0)->text(), text)));
        if (quantity->raw() == 0)
            continue;
        lines << CreditNoteCalculator::LineRequest{m_lines->item(row, 0)->data(Qt::UserRole).toLongLong(),
                                                   *quantity};
    }
    if (lines.isEmpty())
        return std::unexpected(Error::invalid(tr("Type the quantity returned on at least one line.")));
    return lines;
}

} // namespace od
