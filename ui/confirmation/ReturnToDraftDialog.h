#pragma once

#include <QDialog>

class QLineEdit;

namespace od {

class Session;
class ValidatedForm;

// The customer did not accept the order as sent: asks why (required — it goes on the order's
// timeline) and returns the order to draft through ConfirmationService.
class ReturnToDraftDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnToDraftDialog(Session& session, qint64 orderId, const QString& orderNo, QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return m_reason; }
    ValidatedForm* form() const { return m_form; }

    void accept() override;

private:
    Session& m_session;
    qint64 m_orderId = 0;
    ValidatedForm* m_form = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace od
