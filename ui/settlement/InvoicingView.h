#pragma once

#include "Error.h"
#include "Session.h"
#include "SettlementFigures.h"
#include "main/WorkflowPage.h"

#include <functional>

class QCheckBox;
class QDialog;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace od {

class DateField;
class LookupLineEdit;
class MessageBanner;

// 开票 Invoicing: the shipped orders not yet invoiced, oldest first, invoiced whole, for their
// shipped part, or several orders of one customer on one invoice; a deposit invoice for a
// confirmed order; the issued invoices (by customer, open only) with their lines, what is paid
// and open; the official 发票 number and date, a credit note (红字) and the invoice as PDF.
class InvoicingView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit InvoicingView(Session& session, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;
    QString statusText() const override;
    // Tests drive the page's dialogs through this instead of exec().
    void setDialogHook(std::function<void(QDialog*)> hook) { m_dialogHook = std::move(hook); }

    // Invoices the selected orders of the queue on the invoice date; true when one was issued.
    bool invoiceSelected(bool shippedOnly);
    bool depositInvoice();
    bool enterOfficial();
    bool creditNote();
    // Asks where to save the selected invoice's PDF, then writes it.
    bool exportPdf();
    bool exportPdfTo(const QString& path);

    // The save dialog, replaceable so that tests need no file dialog.
    using AskSavePath = std::function<QString(QWidget* parent, const QString& suggested)>;
    void setAskSavePath(AskSavePath ask) { m_askSavePath = std::move(ask); }

    QTableWidget* queueTable() const { return m_queue; }
    QTableWidget* invoicesTable() const { return m_invoices; }
    QTableWidget* linesTable() const { return m_lines; }
    MessageBanner* banner() const { return m_banner; }
    // The invoice selected in the list ("" for none).
    QString currentInvoiceNo() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Shows the dialog modally (or hands it to the hook); true when it was accepted.
    bool runDialog(QDialog& dialog);
    void reloadQueue();
    void reloadInvoices();
    void showLines();
    void updateActions();
    void showError(const Error& error);
    void issued(const QString& invoiceNo, const QString& message);

    Session& m_session;
    std::function<void(QDialog*)> m_dialogHook;
    AskSavePath m_askSavePath;
    QList<BillableOrder> m_queueRows;
    QList<InvoiceSummary> m_invoiceRows;
    MessageBanner* m_banner = nullptr;
    QTableWidget* m_queue = nullptr;
    DateField* m_date = nullptr;
    QPushButton* m_invoiceWhole = nullptr;
    QPushButton* m_invoiceShipped = nullptr;
    QPushButton* m_deposit = nullptr;
    LookupLineEdit* m_customer = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QTableWidget* m_invoices = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_official = nullptr;
    QPushButton* m_credit = nullptr;
    QPushButton* m_pdf = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_invoiceSplit = nullptr;
    bool m_splitSet = false;
};

} // namespace od
