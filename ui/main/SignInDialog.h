#pragma once

#include "Session.h"
#include "User.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace od {

class FieldErrorLabel;

// Asks who is working before anything of the database is shown. The user name starts as the
// one who signed in last on this PC (QSettings "lastUser"); the reason a sign-in failed
// (wrong password, wait after repeated failures, disabled account) is shown under the password.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Session& session, QWidget* parent = nullptr);

    // The signed-in user; valid once the dialog was accepted.
    const User& user() const { return m_user; }

    void accept() override;

private:
    Session& m_session;
    User m_user;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace od
