#pragma once

#include "BulkSettlement.h"
#include "BulkStageSpans.h"
#include "Error.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

#include <functional>

struct sqlite3;

namespace od {

// Writes a BulkSettlement inside the bulk loader's transaction, on its connection: invoices with
// their lines, payments, their applications (dated no earlier than the payment and the invoice),
// the orders' timeline events, and each customer's balance summed from what was written. The schema's
// triggers that keep those sums row by row, and that look for closed periods and for the orders' remainders
// to bill (a fresh demo has neither), are to be dropped while it runs: DerivedTriggers lists them.
class BulkSettlementWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkSettlementWriter)

public:
    static constexpr const char* DerivedTriggers[] = {"invoices_balance",
                                                      "payments_balance",
                                                      "payment_applications_apply",
                                                      "payment_applications_check",
                                                      "invoices_period",
                                                      "payments_period",
                                                      "payment_applications_period",
                                                      "billing_remainders_on_invoice_line",
                                                      "billing_remainders_on_settlement"};

    // The stage span an event ends (the payment stage, from invoice to paid), for the loader to
    // write with the others.
    using SpanSink = std::function<void(qint64 orderId, const BulkStageSpan& span)>;

    explicit BulkSettlementWriter(sqlite3* db) : m_db(db) {}

    // Sets the ids of the invoices, their lines and the payments.
    Status write(BulkSettlement& book, const SpanSink& spans);

private:
    Status insertInvoices(QList<Invoice>& invoices, qint64 userId, const QByteArray& now);
    Status insertPayments(QList<Payment>& payments, qint64 userId, const QByteArray& now);
    Status insertApplications(const BulkSettlement& book, const QByteArray& now);
    Status insertEvents(const QList<OrderEvent>& events, const SpanSink& spans);
    Status sumBalances();
    Status setCounters(const BulkSettlement& book);
    Error sqliteError(const QString& what) const;

    sqlite3* m_db;
};

} // namespace od
