#include "CollectionContactDialog.h"

#include "CollectionService.h"
#include "widgets/DateField.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

CollectionContactDialog::CollectionContactDialog(Session& session, qint64 customerId,
                                                 const QString& customerName, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    m_contact.customerId = customerId;
    setWindowTitle(tr("Collection contact with %1").arg(customerName));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("contactChannelBox"));
    for (CollectionChannel channel : CollectionContactRules::channels())
        m_channel->addItem(CollectionContactRules::channelName(channel), int(channel));
    m_contactName = new QLineEdit(this);
    m_contactName->setObjectName(QStringLiteral("contactNameEdit"));
    m_contactName->setPlaceholderText(tr("e.g. 财务 刘经理"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("contactNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, e.g. the payment is waiting for the boss's signature"));
    m_note->setFixedHeight(80);
    m_promisedDate = new DateField(this);
    m_promisedDate->setObjectName(QStringLiteral("contactPromisedDate"));
    m_promisedAmount = new QLineEdit(this);
    m_promisedAmount->setObjectName(QStringLiteral("contactPromisedAmount"));
    m_promisedAmount->setPlaceholderText(tr("optional, e.g. 50000.00"));

    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("channel"), tr("C&hannel"), m_channel);
    m_form->addField(QStringLiteral("contact_name"), tr("&Spoke with"), m_contactName);
    m_form->addField(QStringLiteral("note"), tr("&Note"), m_note);
    m_form->addField(QStringLiteral("promised_date"), tr("&Promised to pay on"), m_promisedDate);
    m_form->addField(QStringLiteral("promised_amount"), tr("Promised &amount"), m_promisedAmount);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log contact"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CollectionContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CollectionContactDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_channel->setFocus();
}

void CollectionContactDialog::accept()
{
    m_form->clearErrors();
    CollectionContact c = m_contact;
    c.channel = CollectionChannel(m_channel->currentData().toInt());
    c.contactName = m_contactName->text().trimmed();
    c.note = m_note->toPlainText().trimmed();
    if (!m_promisedDate->isValidInput()) {
        m_form->showFieldError(QStringLiteral("promised_date"),
                               tr("Not a date: type it like 2026-12-15, or leave it empty."));
        return;
    }
    c.promisedDate = m_promisedDate->date();
    const QString amount = m_promisedAmount->text().trimmed();
    if (!amount.isEmpty()) {
        const auto parsed = Money::parse(amount);
        if (!parsed || parsed->minor() <= 0) {
            m_form->showFieldError(QStringLiteral("promised_amount"),
                                   tr("Not an amount: more than zero, at most 2 decimals, e.g. 565.50."));
            return;
        }
        c.promisedAmount = *parsed;
    }
    auto logged = CollectionService(m_session).logContact(c);
    if (!logged) {
        m_form->showError(logged.error());
        return;
    }
    m_contact = *logged;
    QDialog::accept();
}

} // namespace od
