#pragma once

#include "ReceivablesService.h"
#include "Session.h"
#include "main/WorkflowPage.h"

#include <functional>

class QCheckBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace od {

class MessageBanner;

// 应收账款 Receivables: each customer's balance today, aged by due date (not yet due, 1–30,
// 31–60, 61–90, over 90 days), its advance and credit hold, a totals row and the DSO; the
// selected customer's invoices (open ones, or all) and payments below. The collection work is
// done here: a contact logged with the promise to pay (催款), the customer statement (对账单) as
// PDF, the doubtful receivables (坏账准备), a manager's release of a credit hold or write-off of a bad debt,
// and closing a month.
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
    QLabel* contactLabel() const { return m_lastContact; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* contactButton() const { return m_contact; }
    QPushButton* statementButton() const { return m_statement; }
    QPushButton* releaseButton() const { return m_release; }
    QPushButton* writeOffButton() const { return m_writeOff; }
    QPushButton* closeMonthButton() const { return m_closeMonth; }
    QPushButton* provisionButton() const { return m_provision; }

    // Selects the customer's row (for My work and the dashboard); false when it has none.
    bool openRecord(qint64 customerId) override;

    // The actions, on the selected customer (and invoice); true when something was done.
    bool logContact();
    bool exportStatement();
    bool exportStatementTo(const QString& path, const QDate& from, const QDate& to);
    bool releaseHold();
    bool writeOffSelected();
    bool closeMonth();
    // The doubtful receivables; choosing an invoice there selects its customer here.
    bool showProvision();

    // Tests drive the page's dialogs through this instead of exec().
    void setDialogHook(std::function<void(QDialog*)> hook) { m_dialogHook = std::move(hook); }
    using AskSavePath = std::function<QString(QWidget* parent, const QString& suggested)>;
    void setAskSavePath(AskSavePath ask) { m_askSavePath = std::move(ask); }

private:
    void showInvoices();
    void updateActions();
    void showLastContact(qint64 customerId);
    bool runDialog(QDialog& dialog);
    void done(const QString& message);
    const CustomerReceivables* selectedCustomer() const;
    QString selectedInvoiceNo() const;

    Session& m_session;
    ReceivablesReport m_report;
    QLabel* m_summary = nullptr;
    QTableWidget* m_customers = nullptr;
    QTableWidget* m_invoices = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QTableWidget* m_payments = nullptr;
    QLabel* m_lastContact = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_contact = nullptr;
    QPushButton* m_statement = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_writeOff = nullptr;
    QPushButton* m_closeMonth = nullptr;
    QPushButton* m_provision = nullptr;
    std::function<void(QDialog*)> m_dialogHook;
    AskSavePath m_askSavePath;
};

} // namespace od
