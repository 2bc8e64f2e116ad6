#pragma once

#include "Database.h"
#include "User.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace od {

class FieldErrorLabel;

// Asks who is working before anything of the database is shown. The user name starts as the
// one who signed in last on this PC (QSettings "lastUser"); the reason a sign-in failed
// (one answer for a wrong name or password and a disabled account; the wait after repeated
// failures) is shown under the password.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);

    // The signed-in user; valid once the dialog was accepted.
    const User& user() const { return m_user; }
    // What the user should know after signing in (an import running elsewhere); empty when nothing.
    const QString& notice() const { return m_notice; }

    void accept() override;

private:
    Database& m_db;
    User m_user;
    QString m_notice;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace od
