#include "UserAccountDialog.h"

#include "AccountService.h"
#include "widgets/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

UserAccountDialog::UserAccountDialog(Session& session, Mode mode, const QString& userName, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode), m_userName(userName)
{
    setWindowTitle(mode == Mode::AddUser ? tr("Add user") : tr("Reset password of %1").arg(userName));
    auto* form = new QFormLayout;
    if (mode == Mode::AddUser) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("userName"));
        m_nameError = new FieldErrorLabel(this);
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayName"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        for (Role role : RoleInfo::all())
            m_role->addItem(RoleInfo::displayName(role), int(role));
        form->addRow(tr("&Login name:"), m_name);
        form->addRow(QString(), m_nameError);
        form->addRow(tr("&Display name:"), m_displayName);
        form->addRow(tr("&Role:"), m_role);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordError = new FieldErrorLabel(this);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatError = new FieldErrorLabel(this);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(tr("R&epeat password:"), m_repeat);
    form->addRow(QString(), m_repeatError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::AddUser ? tr("&Add user") : tr("&Set password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserAccountDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool UserAccountDialog::checkPasswords()
{
    if (auto policy = AccountService::checkPasswordPolicy(m_password->text()); !policy) {
        m_passwordError->showError(policy.error().message);
        m_password->setFocus();
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        m_repeatError->showError(tr("The two passwords are not the same."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return false;
    }
    return true;
}

void UserAccountDialog::showError(const Error& error)
{
    if (m_nameError && error.field == QLatin1String("name")) {
        m_nameError->showError(error.message);
        m_name->setFocus();
    } else {
        m_passwordError->showError(error.message);
        m_password->setFocus();
    }
}

void UserAccountDialog::accept()
{
    if (m_nameError)
        m_nameError->clearMessage();
    m_passwordError->clearMessage();
    m_repeatError->clearMessage();
    if (!checkPasswords())
        return;
    AccountService accounts(m_session);
    if (m_mode == Mode::AddUser) {
        User user;
        user.name = m_name->text();
        user.displayName = m_displayName->text();
        user.role = Role(m_role->currentData().toInt());
        if (auto added = accounts.addUser(m_session, user, m_password->text()); !added) {
            showError(added.error());
            return;
        }
    } else if (auto reset = accounts.resetPassword(m_session, m_userName, m_password->text()); !reset) {
        showError(reset.error());
        return;
    }
    QDialog::accept();
}

} // namespace od
