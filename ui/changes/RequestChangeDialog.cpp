#include "RequestChangeDialog.h"

#include "ChangeRequestService.h"
#include "ChangeRules.h"
#include "ChineseAmount.h"
#include "widgets/DateField.h"
#include "widgets/DialogKeys.h"
#include "widgets/Formatting.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

namespace {

enum Column
{
    LineColumn,
    ProductColumn,
    QuantityColumn,
    NewQuantityColumn,
    PriceColumn,
    NewPriceColumn,
    NewSpecColumn,
    RemoveColumn,
    ColumnCount
};

} // namespace

RequestChangeDialog::RequestChangeDialog(Session& session, const Order& order, QWidget* parent)
    : QDialog(parent), m_session(session), m_order(order)
{
    setWindowTitle(tr("Change request for %1").arg(order.orderNo));
    m_form = new ValidatedForm(this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("changeReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What the customer asked for, and why"));
    m_reason->setMaximumHeight(60);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("changeContact"));
    m_contact->setPlaceholderText(tr("Who asked on the customer's side"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("changeChannel"));
    for (ContactChannel c : ContactChannelInfo::all())
        m_channel->addItem(ContactChannelInfo::displayName(c), int(c));

    m_lines = new QTableWidget(int(order.lines.size()), ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("changeLines"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Product"), tr("Quantity"), tr("New quantity"),
                                        tr("Unit price"), tr("New price"), tr("New specification"),
                                        tr("Remove")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (int r = 0; r < order.lines.size(); ++r) {
        const OrderLine& line = order.lines.at(r);
        auto fixed = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_lines->setItem(r, column, item);
        };
        fixed(LineColumn, QString::number(line.lineNo));
        fixed(ProductColumn, line.productSku.isEmpty() ? line.productName : line.productSku);
        fixed(QuantityColumn, Formatting::quantity(line.quantity));
        fixed(PriceColumn, Formatting::unitPrice(line.unitPrice, order.currency));
        m_lines->setItem(r, NewQuantityColumn, new QTableWidgetItem());
        m_lines->setItem(r, NewPriceColumn, new QTableWidgetItem());
        auto* spec = new QTableWidgetItem();
        spec->setToolTip(line.description);
        m_lines->setItem(r, NewSpecColumn, spec);
        auto* remove = new QTableWidgetItem();
        remove->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        remove->setCheckState(Qt::Unchecked);
        m_lines->setItem(r, RemoveColumn, remove);
    }
    m_lines->resizeColumnsToContents();
    m_lines->setMinimumHeight(120);

    m_addSku = new QLineEdit(this);
    m_addSku->setObjectName(QStringLiteral("changeAddSku"));
    m_addSku->setPlaceholderText(tr("SKU of a product to add"));
    m_addQuantity = new QLineEdit(this);
    m_addQuantity->setObjectName(QStringLiteral("changeAddQuantity"));
    m_addQuantity->setPlaceholderText(tr("Quantity"));
    auto* addRow = new QWidget(this);
    auto* addLayout = new QHBoxLayout(addRow);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addWidget(m_addSku, 2);
    addLayout->addWidget(m_addQuantity, 1);
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("changeDate"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("changeAddress"));
    m_address->setPlaceholderText(tr("Only when the delivery address changes"));
    m_cancel = new QCheckBox(tr("The customer cancels the order"), this);
    m_cancel->setObjectName(QStringLiteral("changeCancel"));
    m_charge = new QLineEdit(this);
    m_charge->setObjectName(QStringLiteral("changeCharge"));
    m_charge->setPlaceholderText(tr("Cancellation charge agreed, e.g. 3000.00"));
    m_charge->setEnabled(false);
    connect(m_cancel, &QCheckBox::toggled, m_charge, &QWidget::setEnabled);

    m_form->addField(QStringLiteral("reason"), tr("&Reason:"), m_reason);
    m_form->addField(QStringLiteral("contact"), tr("Asked &by:"), m_contact);
    m_form->addField(QStringLiteral("channel"), tr("C&hannel:"), m_channel);
    m_form->addField(QStringLiteral("quantity"), tr("&Lines:"), m_lines);
    m_form->addField(QStringLiteral("add_line"), tr("&Add product:"), addRow);
    m_form->addField(QStringLiteral("date"), tr("Requested &date:"), m_date);
    m_form->addField(QStringLiteral("address"), tr("Deli&very address:"), m_address);
    m_form->addField(QStringLiteral("cancel"), tr("Ca&ncel:"), m_cancel);
    m_form->addField(QStringLiteral("charge"), tr("Char&ge:"), m_charge);

    m_impact = new QLabel(this);
    m_impact->setObjectName(QStringLiteral("changeImpact"));
    m_impact->setWordWrap(true);
    m_impact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_impact->setMinimumHeight(90);
    m_impact->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_impact->setText(tr("Say what changes to see its impact."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("&Send for approval"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendChangeButton"));
    connect(m_send, &QPushButton::clicked, this, &RequestChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogKeys::confirmWithCtrlEnter(this, m_send);

    // The impact follows the typing after a short pause, never on every key.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &RequestChangeDialog::refreshImpact);
    auto later = [this] { m_pause->start(); };
    connect(m_lines, &QTableWidget::itemChanged, this, later);
    for (QLineEdit* edit : {m_addSku, m_addQuantity, m_address, m_charge})
        connect(edit, &QLineEdit::textEdited, this, later);
    connect(m_date, &DateField::dateEdited, this, later);
    connect(m_cancel, &QCheckBox::toggled, this, later);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_impact);
    layout->addWidget(buttons);
    resize(760, 640);
    m_reason->setFocus();
}

Result<ChangeRequest> RequestChangeDialog::draft() const
{
    ChangeRequest r;
    r.orderId = m_order.id;
    r.reason = m_reason->toPlainText();
    r.contact = m_contact->text();
    r.channel = ContactChannel(m_channel->currentData().toInt());
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const int lineNo = m_order.lines.at(row).lineNo;
        const QString what = tr("Line %1").arg(lineNo);
        if (m_lines->item(row, RemoveColumn)->checkState() == Qt::Checked) {
            r.removedLines << lineNo;
            continue;
        }
        if (const QString text = m_lines->item(row, NewQuantityColumn)->text().trimmed(); !text.isEmpty()) {
            auto quantity = ChangeRules::parseQuantity(text, what);
            if (!quantity)
                return std::unexpected(quantity.error());
            r.quantities << ChangeQuantity{lineNo, *quantity};
        }
        if (const QString text = m_lines->item(row, NewPriceColumn)->text().trimmed(); !text.isEmpty()) {
            auto price = ChangeRules::parsePrice(text, what);
            if (!price)
                return std::unexpected(Error::invalid(price.error().message, QStringLiteral("quantity")));
            r.prices << ChangePrice{lineNo, *price};
        }
        if (const QString text = m_lines->item(row, NewSpecColumn)->text().trimmed(); !text.isEmpty())
            r.specs << ChangeSpec{lineNo, text};
    }
    if (const QString sku = m_addSku->text().trimmed(); !sku.isEmpty()) {
        auto quantity = ChangeRules::parseQuantity(m_addQuantity->text(), sku);
        if (!quantity)
            return std::unexpected(Error::invalid(quantity.error().message, QStringLiteral("add_line")));
        ChangeAddedLine added;
        added.sku = sku;
        added.quantity = *quantity;
        r.addedLines << added;
    }
    if (!m_date->isValidInput())
        return std::unexpected(Error::invalid(tr("Enter a date such as 2026-07-15, or leave it empty."),
                                              QStringLiteral("date")));
    r.requestedDate = m_date->date();
    if (!m_address->text().trimmed().isEmpty())
        r.address = m_address->text();
    r.cancel = m_cancel->isChecked();
    if (r.cancel && !m_charge->text().trimmed().isEmpty()) {
        auto charge = ChangeRules::parseAmount(m_charge->text(), tr("Charge"));
        if (!charge)
            return std::unexpected(charge.error());
        r.cancelCharge = *charge;
    }
    return r;
}

void RequestChangeDialog::refreshImpact()
{
    m_pause->stop();
    auto typed = draft();
    if (!typed) {
        m_impact->setText(typed.error().message.toHtmlEscaped());
        return;
    }
    // The impact does not need the reason yet: it is asked for when the request is sent.
    if (typed->reason.trimmed().isEmpty())
        typed->reason = QStringLiteral("-");
    auto impact = ChangeRequestService(m_session).impact(*typed);
    if (!impact) {
        m_impact->setText(impact.error().message.toHtmlEscaped());
        return;
    }
    const QString currency = m_order.currency;
    QString html =
        tr("<b>Total</b> %1 → %2, difference <b>%3</b> (%4)")
            .arg(Formatting::money(impact->oldTotal, currency), Formatting::money(impact->newTotal, currency),
                 Formatting::money(impact->difference(), currency),
                 ChineseAmount::inWords(impact->difference()).toHtmlEscaped());
    html += QStringLiteral("<br>");
    if (impact->cancel)
        html += tr("The order is cancelled: its capacity is given back.");
    else
        html += tr("<b>Earliest delivery</b> %1 → %2")
                    .arg(Formatting::date(impact->oldEarliest),
                         impact->newEarliest.isValid() ? Formatting::date(impact->newEarliest)
                                                       : impact->planningProblem.toHtmlEscaped());
    if (!impact->pushed.isEmpty()) {
        QStringList pushed;
        for (const PushedOrder& p : impact->pushed)
            pushed << tr("%1 +%n day(s)", nullptr, p.days).arg(p.orderNo);
        html += QStringLiteral("<br>") + tr("<b>Pushed later:</b> %1").arg(pushed.join(QStringLiteral(", ")));
    } else if (!impact->cancel) {
        html += QStringLiteral("<br>") + tr("No other order is pushed later.");
    }
    if (impact->overCreditLimit)
        html += QStringLiteral("<br><span style=\"color:#c01c28\">%1</span>")
                    .arg(tr("Open orders would reach %1, above the credit limit of %2.")
                             .arg(Formatting::money(impact->exposureAfter, currency),
                                  Formatting::money(impact->creditLimit, currency)));
    m_impact->setText(html);
}

void RequestChangeDialog::submit()
{
    m_form->clearErrors();
    auto typed = draft();
    if (!typed) {
        m_form->showError(typed.error());
        return;
    }
    auto asked = ChangeRequestService(m_session).request(*typed);
    if (!asked) {
        m_form->showError(asked.error());
        return;
    }
    m_requested = asked->request;
    accept();
}

} // namespace od
