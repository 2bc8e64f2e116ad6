#pragma once

#include "Session.h"

#include <QDialog>

class QLineEdit;

namespace od {

class FieldErrorLabel;

// File → Change password: the current password, the new one twice; each problem is shown
// under the field it concerns and nothing typed is cleared except what must be typed again.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(Session& session, QWidget* parent = nullptr);
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    FieldErrorLabel* m_oldError = nullptr;
    FieldErrorLabel* m_newError = nullptr;
    FieldErrorLabel* m_repeatError = nullptr;
};

} // namespace od
