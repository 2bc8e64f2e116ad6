#include "ExceptionStepDialog.h"

#include "ExceptionService.h"
#include "widgets/DialogKeys.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

ExceptionStepDialog::ExceptionStepDialog(Session& session, const OrderException& exception, Step step,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_exception(exception), m_step(step)
{
    const QString titles[] = {tr("Response plan for %1"), tr("Customer informed about %1"), tr("Close %1")};
    setWindowTitle(titles[int(step)].arg(exception.exceptionNo));
    m_form = new ValidatedForm(this);
    auto* what = new QLabel(QStringLiteral("%1 · %2 · %3")
                                .arg(exception.orderNo, ExceptionKindInfo::displayName(exception.kind),
                                     exception.description.left(80)),
                            this);
    what->setWordWrap(true);
    m_form->addRow(what);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("stepText"));
    m_text->setTabChangesFocus(true);
    if (step == Step::Plan) {
        m_text->setPlainText(exception.responsePlan);
        m_form->addField(QStringLiteral("plan"), tr("&Plan:"), m_text);
    } else if (step == Step::Contact) {
        m_contact = new QLineEdit(this);
        m_contact->setObjectName(QStringLiteral("stepContact"));
        m_channel = new QComboBox(this);
        m_channel->setObjectName(QStringLiteral("stepChannel"));
        for (ContactChannel c : ContactChannelInfo::all())
            m_channel->addItem(ContactChannelInfo::displayName(c), int(c));
        m_form->addField(QStringLiteral("contact"), tr("&Whom:"), m_contact);
        m_form->addField(QStringLiteral("channel"), tr("&By:"), m_channel);
        m_form->addField(QStringLiteral("text"), tr("&Told:"), m_text);
    } else {
        m_cost = new QLineEdit(QStringLiteral("0.00"), this);
        m_cost->setObjectName(QStringLiteral("stepCost"));
        m_form->addField(QStringLiteral("resolution"), tr("&Resolution:"), m_text);
        m_form->addField(QStringLiteral("cost"), tr("&Cost:"), m_cost);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const QString confirmTexts[] = {tr("&Save plan"), tr("&Log"), tr("C&lose exception")};
    m_confirm = buttons->addButton(confirmTexts[int(step)], QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("stepConfirm"));
    connect(m_confirm, &QPushButton::clicked, this, &ExceptionStepDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogKeys::confirmWithCtrlEnter(this, m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    resize(480, 320);
    (m_contact ? static_cast<QWidget*>(m_contact) : m_text)->setFocus();
}

void ExceptionStepDialog::submit()
{
    m_form->clearErrors();
    ExceptionService service(m_session);
    Status done;
    if (m_step == Step::Plan) {
        done = service.setPlan(m_exception.id, m_text->toPlainText());
    } else if (m_step == Step::Contact) {
        ExceptionContact contact;
        contact.exceptionId = m_exception.id;
        contact.customerContact = m_contact->text();
        contact.channel = ContactChannel(m_channel->currentData().toInt());
        contact.text = m_text->toPlainText();
        done = service.logContact(contact);
    } else {
        const auto cost =
            Money::parse(m_cost->text().trimmed().isEmpty() ? QStringLiteral("0") : m_cost->text().trimmed());
        if (!cost) {
            m_form->showFieldError(QStringLiteral("cost"), tr("Enter an amount such as 1250.00."));
            m_cost->setFocus();
            return;
        }
        done = service.resolve(m_exception.id, m_text->toPlainText(), *cost);
    }
    if (!done) {
        m_form->showError(done.error());
        return;
    }
    accept();
}

} // namespace od
