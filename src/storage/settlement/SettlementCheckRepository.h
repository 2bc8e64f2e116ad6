#pragma once

#include "CustomerBalanceRepository.h"
#include "Database.h"
#include "SettlementStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace od {

struct InvoiceSumsMismatch
{
    QString invoiceNo;
    qint64 subtotal = 0, linesSum = 0;
    qint64 tax = 0, linesTax = 0; // linesTax: the tax its lines give (InvoiceCalculator::documentTax)
    qint64 credited = 0, creditNotes = 0;
    qint64 writtenOff = 0, writeOffs = 0;
    qint64 applied = 0, applications = 0;
};

struct PaymentSumsMismatch
{
    QString customerCode;
    QString reference;
    qint64 applied = 0, applications = 0;
};

struct NegativeApplication
{
    QString customerCode;
    QString reference;
    QString invoiceNo;
    qint64 amount = 0;
};

struct BalanceMismatch
{
    QString customerCode;
    CustomerBalance stored;
    CustomerBalance recounted;
};

struct CreditNoteSumsMismatch
{
    QString creditNo;
    qint64 subtotal = 0, linesSum = 0;
};

struct SettlementOutOfStep
{
    QString orderNo;
    QString storedKey;
    SettlementStatus derived = SettlementStatus::Unbilled;
};

// The money invariant over the whole book: every payment is either applied or an advance.
struct MoneyInvariant
{
    qint64 payments = 0;     // the sum of all payments
    qint64 applications = 0; // the sum of all applications, recounted
    qint64 advances = 0;     // the sum of the customers' advances as kept (paid − applied)

    bool holds() const { return payments == applications + advances; }
};

// The SQL behind the settlement part of the database check: every running sum the schema keeps
// (an invoice's credited, written-off and applied amounts, a payment's applied amount, each
// customer's balance) recounted from the documents, invoice and credit note totals against their
// lines, and each order's settlement state against its invoices. Each list stops after `limit`.
class SettlementCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettlementCheckRepository)

public:
    explicit SettlementCheckRepository(Database& db) : m_db(db) {}

    Result<MoneyInvariant> moneyInvariant();
    Result<QList<InvoiceSumsMismatch>> invoicesOutOfStep(int limit);
    Result<QList<CreditNoteSumsMismatch>> creditNotesOutOfStep(int limit);
    Result<QList<PaymentSumsMismatch>> paymentsOutOfStep(int limit);
    // A payment with more taken back from an invoice than it ever applied there.
    Result<QList<NegativeApplication>> negativeApplications(int limit);
    Result<QList<BalanceMismatch>> balancesOutOfStep(int limit);
    Result<QStringList> ordersWithUnknownSettlement(int limit);
    // Orders whose stored settlement state is not the one their invoices give.
    Result<QList<SettlementOutOfStep>> ordersOutOfStep(int limit);
    // Orders invoiced in part that the Invoicing list leaves out, or fully invoiced that it keeps
    // (billing_remainders against the invoice lines themselves).
    Result<QStringList> billingQueueOutOfStep(int limit);

private:
    Database& m_db;
};

} // namespace od
