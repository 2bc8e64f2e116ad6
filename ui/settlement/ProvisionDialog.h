#pragma once

#include "DoubtfulReceivable.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace od {

class DateField;

// 坏账准备 The doubtful receivables on a day: the invoices open more than a number of days past
// due, most overdue first, with the customer's hold, last contact and promise, and the total the
// accountant books as a provision. Changing the day or the days shows the report again; choosing
// an invoice (double-click or Return) closes the dialog on that customer.
class ProvisionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProvisionDialog(Session& session, QWidget* parent = nullptr);

    QSpinBox* daysBox() const { return m_days; }
    DateField* asOfField() const { return m_asOf; }
    QTableWidget* table() const { return m_table; }
    QLabel* totalsLabel() const { return m_totals; }
    // The customer of the invoice chosen (0 when the dialog was closed without choosing).
    qint64 chosenCustomer() const { return m_chosenCustomer; }

private:
    void refresh();
    void choose(int row);

    Session& m_session;
    ProvisionReport m_report;
    DateField* m_asOf = nullptr;
    QSpinBox* m_days = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_totals = nullptr;
    qint64 m_chosenCustomer = 0;
};

} // namespace od
