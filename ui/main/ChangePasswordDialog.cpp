#include "ChangePasswordDialog.h"

#include "AccountService.h"
#include "widgets/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

namespace {

QLineEdit* passwordField(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Change password"));
    m_old = passwordField(this, QStringLiteral("oldPassword"));
    m_new = passwordField(this, QStringLiteral("newPassword"));
    m_repeat = passwordField(this, QStringLiteral("repeatPassword"));
    m_oldError = new FieldErrorLabel(this);
    m_newError = new FieldErrorLabel(this);
    m_repeatError = new FieldErrorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(QString(), m_oldError);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), m_newError);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    form->addRow(QString(), m_repeatError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change &password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::accept()
{
    m_oldError->clearMessage();
    m_newError->clearMessage();
    m_repeatError->clearMessage();
    if (auto policy = AccountService::checkPasswordPolicy(m_new->text()); !policy) {
        m_newError->showError(policy.error().message);
        m_new->setFocus();
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        m_repeatError->showError(tr("The two new passwords are not the same."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return;
    }
    auto changed = AccountService(m_session).changeOwnPassword(m_session, m_old->text(), m_new->text());
    if (!changed) {
        const bool aboutOld = changed.error().field == QLatin1String("old_password");
        (aboutOld ? m_oldError : m_newError)->showError(changed.error().message);
        (aboutOld ? m_old : m_new)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace od
