#pragma once

#include "Database.h"
#include "SettlementLedger.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace od {

// The day an application takes effect, as the fourth value of an INSERT of (payment_id,
// invoice_id, amount, applied_on, …), bound as: the day it is made, the payment, the invoice.
// It is never before the payment was received nor before the invoice was issued: money received
// before its invoice is an advance until the invoice's date.
inline constexpr const char* kAppliedOn = "max(?, (SELECT payment_date FROM payments WHERE id = ?), "
                                          "(SELECT invoice_date FROM invoices WHERE id = ?))";

// Where payments are applied. Applications are only ever added; one of a negative amount takes
// money back. Each one moves the invoice's and the payment's applied amounts and the customer's
// balance in the same statement, and the schema refuses one that would apply a payment beyond
// its amount, an invoice beyond what it has open, another customer's money, or a date before
// the payment or the invoice.
class PaymentApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentApplicationRepository)

public:
    explicit PaymentApplicationRepository(Database& db) : m_db(db) {}

    // Takings back first, as the ledger returns them, so no step applies more than there is.
    Status record(const QList<LedgerChange>& changes, const QDate& appliedOn, qint64 userId);
    // What each payment has on each invoice now (pairs with nothing left are left out).
    Result<QList<LedgerChange>> forPayment(qint64 paymentId);
    Result<QList<LedgerChange>> forInvoice(qint64 invoiceId);

private:
    Result<QList<LedgerChange>> sums(const QString& column, qint64 id);
    Database& m_db;
};

} // namespace od
