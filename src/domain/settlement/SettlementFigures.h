#pragma once

#include "CollectionContact.h"
#include "Money.h"
#include "ReceivablesAgeing.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace od {

// The settlement figures that repositories read and services hand to the front ends.

// One customer's settlement sums as customer_balances keeps them.
struct CustomerBalance
{
    qint64 customerId = 0;
    Money invoiced;
    Money credited;
    Money writtenOff;
    Money paid;
    Money applied;

    Money outstanding() const { return invoiced - credited - writtenOff - applied; }
    Money advance() const { return paid - applied; }
    // What the customer owes, net of its advance (negative: it has paid ahead).
    Money balance() const { return outstanding() - advance(); }
};

// One customer's receivables on a day: its sums as of that day and what it had open, aged.
struct CustomerReceivables
{
    qint64 customerId = 0;
    QString code;
    QString name;
    Money creditLimit;
    CustomerBalance balance; // as of the day
    AgeingBuckets buckets;
    QDate oldestOverdueDue; // null when nothing was overdue
    QString salesperson;    // who looks after the customer: the salesperson of its latest order
};

// An invoice past its due date with something still open.
struct OverdueInvoice
{
    qint64 invoiceId = 0;
    QString invoiceNo;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate invoiceDate;
    QDate dueDate;
    Money total;
    Money open;
};

// A customer's latest promise that is broken, with what came in since the contact.
struct BrokenPromise
{
    CollectionContact contact;
    Money paidSince;
};

// An order finance still has to invoice.
struct BillableOrder
{
    qint64 orderId = 0;
    QString orderNo;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate orderDate;
    QString statusKey;     // the order's fulfilment status
    QString settlementKey; // unbilled, or invoiced/partially_paid with lines left to bill
    Money total;
    QString currency;
    int paymentTermsDays = 30;
};

// An invoice as lists show it: with the orders it bills and what is paid and open on it.
struct InvoiceSummary
{
    qint64 id = 0;
    QString invoiceNo;
    QString kindKey;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QStringList orderNos;
    QDate invoiceDate;
    QDate dueDate;
    Money total;
    Money credited;
    Money writtenOff;
    Money applied;
    Money open;
    QString officialNo;
    QDate officialDate;
};

} // namespace od
