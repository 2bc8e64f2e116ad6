#include "DepositInvoiceDialog.h"

#include "BasisPoints.h"
#include "InvoicingService.h"
#include "OrderQueryService.h"
#include "widgets/DateField.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

DepositInvoiceDialog::DepositInvoiceDialog(Session& session, const QDate& date, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Deposit invoice"));
    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("depositOrderEdit"));
    m_order->setPlaceholderText(tr("the confirmed order's number"));
    m_share = new QLineEdit(QStringLiteral("30"), this);
    m_share->setObjectName(QStringLiteral("depositShareEdit"));
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("depositDateField"));
    m_date->setDate(date);
    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("order"), tr("&Order"), m_order);
    m_form->addField(QStringLiteral("share"), tr("&Share of the order (%)"), m_share);
    m_form->addField(QStringLiteral("date"), tr("Invoice &date"), m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue deposit invoice"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DepositInvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DepositInvoiceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_order->setFocus();
}

void DepositInvoiceDialog::accept()
{
    m_form->clearErrors();
    const QString orderNo = m_order->text().trimmed();
    if (orderNo.isEmpty()) {
        m_form->showFieldError(QStringLiteral("order"), tr("Type the number of the confirmed order."));
        return;
    }
    const auto share = BasisPoints::parsePercent(m_share->text().trimmed());
    if (!share || share->raw() <= 0 || share->raw() > BasisPoints::Full) {
        m_form->showFieldError(QStringLiteral("share"),
                               tr("The share is a percentage above 0 and up to 100, e.g. 30."));
        return;
    }
    if (m_date->isEmpty() || !m_date->isValidInput()) {
        m_form->showFieldError(QStringLiteral("date"), tr("Enter the invoice date, e.g. 2026-07-15."));
        return;
    }
    auto order = OrderQueryService(m_session).orderByNumber(orderNo);
    if (!order) {
        m_form->showFieldError(QStringLiteral("order"), order.error().message);
        return;
    }
    auto issued = InvoicingService(m_session).depositInvoice(order->id, *share, m_date->date());
    if (!issued) {
        // The service's refusals are about the order unless they name another field.
        Error error = issued.error();
        if (error.field.isEmpty())
            error.field = QStringLiteral("order");
        m_form->showError(error);
        return;
    }
    m_invoiceNo = issued->invoiceNo;
    QDialog::accept();
}

} // namespace od
