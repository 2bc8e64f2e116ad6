#pragma once

#include "CsvImportReport.h"
#include "CsvProgress.h"
#include "Payment.h"
#include "PaymentAllocator.h"
#include "Session.h"
#include "SettlementLedger.h"

#include <QCoreApplication>
#include <QStringList>

namespace od {

// Payments received (收款). A payment is recorded once — its reference is unique per customer,
// from the form and from an import — and applied in the same transaction: to the invoices the
// clerk names, else to an open invoice of exactly its amount, else oldest due first; the rest is
// the customer's advance, which the next invoice takes. The clerk can re-apply a payment by hand.
// The orders' settlement states, the credit hold and the audit record follow in that transaction.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    explicit PaymentService(Session& session) : m_session(session) {}

    // Records the payment (its id and applied amount are set in the returned copy). Named invoices
    // are paid in the order given, each as far as the money reaches.
    Result<Payment> record(const Payment& payment, const QStringList& invoiceNos = {});
    // The payment applied as `wanted` (what is not applied becomes the customer's advance), dated `date`.
    Status reapply(qint64 paymentId, const QList<AllocationLine>& wanted, const QDate& date);
    // Payments CSV (docs/CSV.md): all or nothing; rows recorded before are named, not recorded again.
    Result<CsvImportReport> importFile(const QString& path, bool dryRun, CsvProgressCallback progress = {});

    Result<std::optional<Payment>> byReference(qint64 customerId, const QString& reference);
    Result<QList<Payment>> payments(qint64 customerId, int limit, int offset = 0);
    // Where the payment is applied now, per invoice.
    Result<QList<LedgerChange>> applications(qint64 paymentId);

private:
    // Inside the caller's transaction, with its audit record and the customer's credit hold.
    Status recordIn(Payment& payment, const QList<qint64>& invoiceIds);
    Session& m_session;
};

} // namespace od
