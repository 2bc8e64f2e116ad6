#pragma once

#include "Error.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace od {

// An invoice that still has something owed on it, as the allocation rules see it.
struct OpenInvoiceItem
{
    qint64 invoiceId = 0;
    QString invoiceNo;
    QDate invoiceDate;
    QDate dueDate;
    Money open;
};

struct AllocationLine
{
    qint64 invoiceId = 0;
    Money amount;
};

// Money a customer paid that is not applied yet (an advance).
struct AdvanceItem
{
    qint64 paymentId = 0;
    QDate date;
    Money unapplied;
};

struct AdvanceUse
{
    qint64 paymentId = 0;
    Money amount;
};

// Where a payment's money goes. Automatically: to an open invoice of exactly the payment's amount
// if there is one (customers usually pay one invoice), otherwise to the invoices in collection
// order — oldest due date first, then oldest invoice, then lowest number — each as far as the
// money reaches; whatever is left is the customer's advance. A new invoice takes the customer's
// advances, oldest payment first. By hand, the clerk names invoices and amounts.
class PaymentAllocator
{
    Q_DECLARE_TR_FUNCTIONS(PaymentAllocator)

public:
    static QList<OpenInvoiceItem> collectionOrder(QList<OpenInvoiceItem> open);
    // Never more than `amount` in total, never more than an invoice's open amount.
    static QList<AllocationLine> allocate(Money amount, const QList<OpenInvoiceItem>& open);
    // Checks the clerk's choice: every invoice open, each amount above zero and within what is
    // open, no invoice twice, and no more than `available` in total.
    static Result<QList<AllocationLine>> manual(Money available, const QList<OpenInvoiceItem>& open,
                                                const QList<AllocationLine>& wanted);
    static QList<AdvanceUse> useAdvances(Money invoiceOpen, QList<AdvanceItem> advances);
};

} // namespace od
