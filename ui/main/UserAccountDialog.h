#pragma once

#include "Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace od {

class FieldErrorLabel;

// Adds a user (login name, display name, role, password twice) or, for an existing user,
// sets a new password. Each problem is shown under its field; nothing typed is cleared.
class UserAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        AddUser,
        ResetPassword
    };
    // `userName` is the account whose password is reset (ResetPassword only).
    UserAccountDialog(Session& session, Mode mode, const QString& userName = {}, QWidget* parent = nullptr);

    void accept() override;

private:
    bool checkPasswords();
    void showError(const Error& error);

    Session& m_session;
    Mode m_mode;
    QString m_userName;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    FieldErrorLabel* m_nameError = nullptr;
    FieldErrorLabel* m_passwordError = nullptr;
    FieldErrorLabel* m_repeatError = nullptr;
};

} // namespace od
