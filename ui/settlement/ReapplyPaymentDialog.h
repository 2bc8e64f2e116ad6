#pragma once

#include "Payment.h"
#include "Session.h"
#include "SettlementFigures.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace od {

class FieldErrorLabel;

// Re-applying a payment by hand: the customer's invoices that are open or that the payment pays
// now, each with the amount of this payment on it, which the clerk types; what is not applied
// becomes the customer's advance. A refused amount is explained under the table and stays as
// typed.
class ReapplyPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    ReapplyPaymentDialog(Session& session, const Payment& payment, QWidget* parent = nullptr);

    void accept() override;
    QTableWidget* table() const { return m_table; }
    QString errorText() const;
    // The row of an invoice in the table (-1 when it is not listed).
    int rowOf(const QString& invoiceNo) const;

    static constexpr int AmountColumn = 4;

private:
    void updateTotal();

    Session& m_session;
    Payment m_payment;
    QList<InvoiceSummary> m_rows;
    QTableWidget* m_table = nullptr;
    QLabel* m_total = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace od
