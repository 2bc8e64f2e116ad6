#pragma once

#include "Session.h"
#include "User.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace od {

class MessageBanner;

// File → Users: the administrator's list of accounts with adding a user, resetting a
// password and disabling or enabling an account.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Session& session, QWidget* parent = nullptr);

    void reload();
    // Selects the row of the login name `name`; false when there is none.
    bool selectUser(const QString& name);
    void addUser();
    void resetPassword();
    void toggleActive();

private:
    const User* selectedUser() const;
    void updateButtons();

    Session& m_session;
    QList<User> m_users;
    QTableWidget* m_table = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_toggle = nullptr;
};

} // namespace od
