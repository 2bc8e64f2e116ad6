#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// Finance from a terminal: invoicing shipped orders (`invoice`), the invoice list (`invoices`),
// recording a payment (`payment add`), receivables with ageing (`receivables`) and a customer
// statement as PDF (`statement`), an invoice as PDF (`invoice-pdf`). Payments CSV import is `import payments`
// (TransferCommands).
class SettlementCommands
{
    Q_DECLARE_TR_FUNCTIONS(SettlementCommands)

public:
    static bool handles(const QString& command);
    // The statement and the invoice draw a PDF, which needs a GUI application object (an offscreen one).
    static bool needsGui(const QStringList& arguments);
    explicit SettlementCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int invoice();
    int invoices();
    int payment();
    int receivables();
    int provision();
    int statement();
    int invoicePdf();
    Result<QDate> date(const QString& option, const QDate& fallback) const;
    CliContext& m_ctx;
};

} // namespace od::cli
