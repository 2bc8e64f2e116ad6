#include "RaiseExceptionDialog.h"

#include "ExceptionService.h"
#include "OrderQueryService.h"
#include "widgets/DateField.h"
#include "widgets/DialogKeys.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

RaiseExceptionDialog::RaiseExceptionDialog(Session& session, const QString& orderNo, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Raise an exception"));
    m_form = new ValidatedForm(this);
    m_order = new QLineEdit(orderNo, this);
    m_order->setObjectName(QStringLiteral("exceptionOrder"));
    m_order->setReadOnly(!orderNo.isEmpty());
    m_order->setPlaceholderText(tr("SO-2026-000123"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exceptionKind"));
    for (ExceptionKind k : ExceptionKindInfo::all())
        m_kind->addItem(ExceptionKindInfo::displayName(k), int(k));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("exceptionSeverity"));
    for (ExceptionSeverity s : ExceptionSeverityInfo::all())
        m_severity->addItem(ExceptionSeverityInfo::displayName(s), int(s));
    m_severity->setCurrentIndex(int(ExceptionSeverity::Medium));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("exceptionOwner"));
    for (const User& u : ExceptionService(session).possibleOwners().value_or(QList<User>()))
        m_owner->addItem(u.displayName, u.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(session.user().id)));
    m_due = new DateField(this);
    m_due->setObjectName(QStringLiteral("exceptionDue"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("exceptionDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What went wrong, and what it means for the order"));

    m_form->addField(QStringLiteral("order"), tr("&Order:"), m_order);
    m_form->addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    m_form->addField(QStringLiteral("severity"), tr("&Severity:"), m_severity);
    m_form->addField(QStringLiteral("owner"), tr("O&wner:"), m_owner);
    m_form->addField(QStringLiteral("due"), tr("D&ue by:"), m_due);
    m_form->addField(QStringLiteral("description"), tr("&Description:"), m_description);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_raise = buttons->addButton(tr("&Raise"), QDialogButtonBox::AcceptRole);
    m_raise->setObjectName(QStringLiteral("raiseButton"));
    connect(m_raise, &QPushButton::clicked, this, &RaiseExceptionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogKeys::confirmWithCtrlEnter(this, m_raise);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    resize(520, 420);
    (orderNo.isEmpty() ? static_cast<QWidget*>(m_order) : m_description)->setFocus();
}

void RaiseExceptionDialog::submit()
{
    m_form->clearErrors();
    auto order = OrderQueryService(m_session).orderByNumber(m_order->text().trimmed());
    if (!order) {
        m_form->showFieldError(QStringLiteral("order"), order.error().message);
        m_order->setFocus();
        return;
    }
    if (!m_due->isValidInput()) {
        m_form->showFieldError(QStringLiteral("due"),
                               tr("Enter a date such as 2026-07-15, or leave it empty."));
        return;
    }
    OrderException draft;
    draft.orderId = order->id;
    draft.kind = ExceptionKind(m_kind->currentData().toInt());
    draft.severity = ExceptionSeverity(m_severity->currentData().toInt());
    draft.ownerId = m_owner->currentData().toLongLong();
    draft.dueDate = m_due->date();
    draft.description = m_description->toPlainText();
    auto raised = ExceptionService(m_session).raise(draft);
    if (!raised) {
        m_form->showError(raised.error());
        return;
    }
    m_raised = *raised;
    accept();
}

} // namespace od
