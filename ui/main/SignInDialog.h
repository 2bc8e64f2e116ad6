#pragma once

#include "Session.h"
#include "User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace od {

class FieldErrorLabel;

// Asks who is working before anything of the database is shown: under the product's name and
// the company's, so that it is clear which company's books are being opened. The user name
// starts as the one who signed in last on this PC (QSettings "lastUser"); the reason a sign-in
// failed (one answer for a wrong name or password and a disabled account; the wait after
// repeated failures) is shown under the password. On a demo company it lists the demo accounts;
// choosing one fills in the fields.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Session& session, QWidget* parent = nullptr);

    // The signed-in user; valid once the dialog was accepted.
    const User& user() const { return m_user; }
    // What the user should know after signing in (an import running elsewhere); empty when nothing.
    const QString& notice() const { return m_notice; }

    void accept() override;

    // The demo accounts offered (empty on a real company's database).
    QListWidget* demoAccounts() const { return m_demoAccounts; }

private:
    void showCompany();
    void showDemoAccounts();

    Session& m_session;
    User m_user;
    QString m_notice;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_product = nullptr;
    QLabel* m_company = nullptr;
    QLabel* m_demoCaption = nullptr;
    QListWidget* m_demoAccounts = nullptr;
};

} // namespace od
