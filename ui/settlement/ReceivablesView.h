#pragma once

#include "ReceivablesService.h"
#include "Session.h"
#include "main/WorkflowPage.h"

class QCheckBox;
class QLabel;
class QTableWidget;

namespace od {

// 应收账款 Receivables: each customer's balance today, aged by due date (not yet due, 1–30,
// 31–60, 61–90, over 90 days), its advance and credit hold, a totals row and the DSO; the
// selected customer's invoices (open ones, or all) and payments below.
class ReceivablesView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit ReceivablesView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    QTableWidget* customersTable() const { return m_customers; }
    QTableWidget* invoicesTable() const { return m_invoices; }
    QTableWidget* paymentsTable() const { return m_payments; }
    QCheckBox* openOnlyCheck() const { return m_openOnly; }

private:
    void showInvoices();

    Session& m_session;
    ReceivablesReport m_report;
    QLabel* m_summary = nullptr;
    QTableWidget* m_customers = nullptr;
    QTableWidget* m_invoices = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QTableWidget* m_payments = nullptr;
};

} // namespace od
