#include "SignInDialog.h"

#include "AccountService.h"
#include "widgets/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace od {

SignInDialog::SignInDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sign in to OrderDesk"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setText(QSettings().value(QStringLiteral("lastUser")).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 45);

    if (m_name->text().isEmpty())
        m_name->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::accept()
{
    m_error->clearMessage();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->showError(tr("Enter your user name."));
        m_name->setFocus();
        return;
    }
    AccountService accounts(m_db);
    auto user = accounts.signIn(name, m_password->text());
    if (!user) {
        m_error->showError(user.error().message);
        // The name stays; only the password is typed again.
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_user = *user;
    m_notice = accounts.notice();
    QSettings().setValue(QStringLiteral("lastUser"), m_user.name);
    QDialog::accept();
}

} // namespace od
