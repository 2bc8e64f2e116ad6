#include "UsersDialog.h"

#include "AccountService.h"
#include "main/UserAccountDialog.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

UsersDialog::UsersDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Users"));
    resize(640, 400);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("usersBanner"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Login name"), tr("Display name"), tr("Role"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* add = new QPushButton(tr("&Add user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(close, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    reload();
}

void UsersDialog::reload()
{
    const User* current = selectedUser();
    const QString selected = current ? current->name : QString();
    m_table->setRowCount(0);
    auto users = AccountService(m_session).users();
    if (!users) {
        m_users.clear();
        m_banner->showMessage(MessageBanner::Kind::Error, users.error().message);
        updateButtons();
        return;
    }
    m_users = *users;
    for (const User& user : std::as_const(m_users)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList texts{user.name, user.displayName, RoleInfo::displayName(user.role),
                                user.active ? tr("Yes") : tr("No (disabled)")};
        for (int c = 0; c < texts.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(texts.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (selected.isEmpty() || !selectUser(selected))
        m_table->clearSelection();
    updateButtons();
}

bool UsersDialog::selectUser(const QString& name)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const User* UsersDialog::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_users.size())
        return nullptr;
    return &m_users.at(rows.first().row());
}

void UsersDialog::updateButtons()
{
    const User* user = selectedUser();
    m_reset->setEnabled(user != nullptr);
    m_toggle->setEnabled(user != nullptr && user->id != m_session.user().id);
    m_toggle->setText(user && !user->active ? tr("&Enable") : tr("&Disable"));
}

void UsersDialog::addUser()
{
    UserAccountDialog dialog(m_session, UserAccountDialog::Mode::AddUser, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->dismiss();
    reload();
}

void UsersDialog::resetPassword()
{
    const User* user = selectedUser();
    if (!user)
        return;
    UserAccountDialog dialog(m_session, UserAccountDialog::Mode::ResetPassword, user->name, this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(MessageBanner::Kind::Info, tr("The password of %1 was reset.").arg(user->name));
}

void UsersDialog::toggleActive()
{
    const User* user = selectedUser();
    if (!user)
        return;
    const QString name = user->name;
    const bool activate = !user->active;
    if (auto done = AccountService(m_session).setActive(m_session, name, activate); !done) {
        m_banner->showMessage(MessageBanner::Kind::Error, done.error().message);
        return;
    }
    m_banner->dismiss();
    reload();
}

} // namespace od
