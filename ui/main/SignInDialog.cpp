#include "SignInDialog.h"

#include "AccountService.h"
#include "DemoDataGenerator.h"
#include "SettingsService.h"
#include "widgets/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace od {

SignInDialog::SignInDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in to OrderDesk"));
    m_product = new QLabel(tr("OrderDesk"), this);
    m_product->setObjectName(QStringLiteral("productLabel"));
    QFont big = m_product->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_product->setFont(big);
    m_company = new QLabel(this);
    m_company->setObjectName(QStringLiteral("companyLabel"));
    m_company->setWordWrap(true);
    m_company->setTextFormat(Qt::PlainText);
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

    m_demoCaption =
        new QLabel(tr("A demo company: pick one of its &accounts and press Enter to sign in with it."), this);
    m_demoCaption->setObjectName(QStringLiteral("demoCaption"));
    m_demoCaption->setWordWrap(true);
    m_demoAccounts = new QListWidget(this);
    m_demoAccounts->setObjectName(QStringLiteral("demoAccounts"));
    m_demoCaption->setBuddy(m_demoAccounts);
    connect(m_demoAccounts, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_name->setText(item->data(Qt::UserRole).toString());
        m_password->setText(item->data(Qt::UserRole + 1).toString());
        m_signIn->setFocus();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_product);
    layout->addWidget(m_company);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_demoCaption);
    layout->addWidget(m_demoAccounts);
    layout->addWidget(buttons);
    showCompany();
    showDemoAccounts();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 45);

    if (m_name->text().isEmpty())
        m_name->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::showCompany()
{
    // Before sign-in only the company's name is read, nothing of its business.
    auto company = SettingsService(m_session).company();
    const QString name = company ? company->name.trimmed() : QString();
    m_company->setText(name.isEmpty() ? tr("Database %1").arg(QFileInfo(m_session.databasePath()).fileName())
                                      : name);
    m_company->setToolTip(m_session.databasePath());
}

void SignInDialog::showDemoAccounts()
{
    auto accounts = DemoDataGenerator::demoAccounts(m_session);
    const bool demo = accounts && !accounts->isEmpty();
    m_demoCaption->setVisible(demo);
    m_demoAccounts->setVisible(demo);
    if (!demo)
        return;
    for (const DemoAccount& account : *accounts) {
        auto* item = new QListWidgetItem(tr("%1 (%2) · %3 · password %4")
                                             .arg(account.displayName, account.name,
                                                  RoleInfo::displayName(account.role), account.password),
                                         m_demoAccounts);
        item->setData(Qt::UserRole, account.name);
        item->setData(Qt::UserRole + 1, account.password);
    }
    m_demoAccounts->setMaximumHeight(m_demoAccounts->sizeHintForRow(0) * (m_demoAccounts->count() + 1));
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
    AccountService accounts(m_session);
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
