#pragma once

#include "Session.h"
#include "SettlementFigures.h"

#include <QDialog>

class QLineEdit;

namespace od {

class DateField;
class ValidatedForm;

// Typing the official 发票 number and date onto an issued invoice once the tax system has issued
// it. A refused entry is explained under its field and stays as typed.
class OfficialInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    OfficialInvoiceDialog(Session& session, const InvoiceSummary& invoice, QWidget* parent = nullptr);

    void accept() override;
    QLineEdit* numberEdit() const { return m_number; }
    DateField* dateField() const { return m_date; }
    ValidatedForm* form() const { return m_form; }

private:
    Session& m_session;
    QString m_invoiceNo;
    QLineEdit* m_number = nullptr;
    DateField* m_date = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
