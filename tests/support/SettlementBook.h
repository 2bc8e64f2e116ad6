#pragma once

#include "CreditNoteCalculator.h"
#include "InvoiceCalculator.h"
#include "Payment.h"
#include "PaymentAllocator.h"
#include "SettlementStatus.h"
#include "TestDatabase.h"

#include <QList>

namespace od::test {

// A customer's orders, invoices and payments written through the settlement repositories the way
// a settlement service composes them: each operation is one transaction that writes the
// documents, the applications the ledger decides and the orders' settlement states.
class SettlementBook
{
public:
    SettlementBook();

    TestDatabase& t() { return m_t; }
    Database& db() { return m_t.db(); }
    qint64 customerA = 0;
    qint64 customerB = 0;
    qint64 product = 0;

    // A shipped order of `units` × `price` (yuan, as text) at 13 %.
    qint64 addOrder(qint64 customerId, const QList<std::pair<int, const char*>>& lines, const QDate& date);
    Result<Invoice> invoice(const QList<qint64>& orderIds, const QDate& date,
                            InvoiceCalculator::Scope scope = InvoiceCalculator::Scope::WholeOrder);
    Result<Invoice> depositInvoice(qint64 orderId, int shareBp, const QDate& date);
    Result<Payment> pay(qint64 customerId, const char* amount, const QDate& date, const QString& reference);
    // Records a payment inside the caller's transaction: applied to `invoiceId` as far as it has
    // open, else automatically; the rest is the customer's advance.
    Status record(Payment& payment, qint64 invoiceId = 0);
    Result<CreditNote> creditAmount(qint64 invoiceId, const char* amount, const QDate& date);
    Result<CreditNote> creditWhole(qint64 invoiceId, const QDate& date);
    Status reapply(qint64 paymentId, const QList<AllocationLine>& wanted, const QDate& date);
    Status writeOff(qint64 invoiceId, const QDate& date);

    SettlementStatus settlementOf(qint64 orderId);
    qint64 number(const QString& sql);

private:
    Status syncOrders(const QList<qint64>& invoiceIds);
    TestDatabase m_t;
};

Money yuan(const char* text);

} // namespace od::test
