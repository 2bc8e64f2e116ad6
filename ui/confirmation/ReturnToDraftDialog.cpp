#include "ReturnToDraftDialog.h"

#include "ConfirmationService.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

ReturnToDraftDialog::ReturnToDraftDialog(Session& session, qint64 orderId, const QString& orderNo,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_orderId(orderId)
{
    setObjectName(QStringLiteral("returnToDraftDialog"));
    setWindowTitle(tr("Return %1 to draft").arg(orderNo));
    auto* intro = new QLabel(tr("The order goes back to draft so it can be changed and sent again. "
                                "Why did the customer not confirm it?"),
                             this);
    intro->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. wants 20 pieces instead of 12, delivery one week later"));
    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("reason"), tr("&Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Return to draft"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnToDraftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnToDraftDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_reason->setFocus();
}

void ReturnToDraftDialog::accept()
{
    const Status ok = ConfirmationService(m_session).returnToDraft(m_orderId, m_reason->text());
    if (!ok) {
        m_form->showError(ok.error());
        return;
    }
    QDialog::accept();
}

} // namespace od
