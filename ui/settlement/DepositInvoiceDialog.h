#pragma once

#include "Session.h"

#include <QDialog>

class QLineEdit;

namespace od {

class DateField;
class ValidatedForm;

// A deposit invoice (定金) for a confirmed order not yet shipped, for the share the customer's
// terms ask (30 % unless typed otherwise); the order's later invoices deduct it. A refused entry
// is explained under its field and stays as typed.
class DepositInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    DepositInvoiceDialog(Session& session, const QDate& date, QWidget* parent = nullptr);

    void accept() override;
    const QString& invoiceNo() const { return m_invoiceNo; }
    QLineEdit* orderEdit() const { return m_order; }
    QLineEdit* shareEdit() const { return m_share; }
    ValidatedForm* form() const { return m_form; }

private:
    Session& m_session;
    QString m_invoiceNo;
    QLineEdit* m_order = nullptr;
    QLineEdit* m_share = nullptr;
    DateField* m_date = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
