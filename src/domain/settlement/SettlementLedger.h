#pragma once

#include "Error.h"
#include "Money.h"
#include "PaymentAllocator.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace od {

struct LedgerInvoice
{
    qint64 id = 0;
    QString invoiceNo;
    QDate invoiceDate;
    QDate dueDate;
    Money total;
    Money credited;
    Money writtenOff;
    Money applied;

    Money open() const { return total - credited - writtenOff - applied; }
    Money creditable() const { return total - credited - writtenOff; }
};

struct LedgerPayment
{
    qint64 id = 0;
    QDate date;
    Money amount;
    Money applied;

    Money unapplied() const { return amount - applied; }
};

// An application to record: part of a payment applied to an invoice (positive) or taken back
// from it (negative).
struct LedgerChange
{
    qint64 paymentId = 0;
    qint64 invoiceId = 0;
    Money amount;

    bool operator==(const LedgerChange&) const = default;
};

// One customer's invoices, payments and what is applied where, and the operations that move
// money between them. Every operation keeps, for each payment, amount = applied + unapplied
// (its advance) with both parts at least zero, and for each invoice, applied ≤ total − credited −
// written off — so the sum of payments always equals the sum applied plus the advances, and no
// cent is created or lost. An operation changes the ledger only when it succeeds, and returns
// the applications to record.
//
// A service loads the part of the ledger an operation touches (the customer's open invoices and
// unapplied payments; the applications of the payment or invoice concerned), runs the operation
// and stores what it returns.
class SettlementLedger
{
    Q_DECLARE_TR_FUNCTIONS(SettlementLedger)

public:
    // What storage holds. An invoice's and a payment's `applied` come with them; loadApplication
    // only tells the ledger how much of one payment sits on one invoice (loading the same invoice,
    // payment or pair again replaces it, so overlapping loads are harmless).
    void loadInvoice(const LedgerInvoice& invoice);
    void loadPayment(const LedgerPayment& payment);
    void loadApplication(qint64 paymentId, qint64 invoiceId, Money amount);

    // A new invoice takes the customer's advances, oldest payment first.
    QList<LedgerChange> issueInvoice(const LedgerInvoice& invoice);
    // A new payment goes to an open invoice of exactly its amount, else oldest due first; the rest
    // is the customer's advance.
    QList<LedgerChange> receivePayment(const LedgerPayment& payment);
    // The clerk re-applies a payment by hand: all of it is taken back, then applied as `wanted`
    // (what is not applied becomes advance). Returns the net change per invoice.
    Result<QList<LedgerChange>> reapply(qint64 paymentId, const QList<AllocationLine>& wanted);
    // A credit note takes `amount` off the invoice. When that leaves the invoice with more applied
    // than it is now worth, the excess is taken back, newest payment first, and becomes advance.
    Result<QList<LedgerChange>> credit(qint64 invoiceId, Money amount);
    // Writes off everything still open on the invoice (a bad debt); returns the amount.
    Result<Money> writeOff(qint64 invoiceId);

    const LedgerInvoice* invoice(qint64 id) const;
    const LedgerPayment* payment(qint64 id) const;
    Money applied(qint64 paymentId, qint64 invoiceId) const;
    QList<OpenInvoiceItem> openInvoices() const;

    Money paymentsTotal() const;
    Money appliedTotal() const;  // the sum of the applications
    Money advancesTotal() const; // the sum of what payments have not applied
    Money outstanding() const;   // the sum of what invoices still have open

    // Checks the invariants on a fully loaded ledger; the error names the first one broken.
    Status verify() const;

private:
    struct Pair
    {
        qint64 paymentId = 0;
        qint64 invoiceId = 0;
        Money amount;
    };
    Pair* pair(qint64 paymentId, qint64 invoiceId);
    void addToPair(qint64 paymentId, qint64 invoiceId, Money amount);
    void apply(qint64 paymentId, qint64 invoiceId, Money amount, QList<LedgerChange>& changes);

    QList<LedgerInvoice> m_invoices;
    QList<LedgerPayment> m_payments;
    QList<Pair> m_pairs;
};

} // namespace od
