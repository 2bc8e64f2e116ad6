#pragma once

#include "BasisPoints.h"
#include "Money.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// One order line as invoicing sees it: what was ordered, shipped and already invoiced (net of
// credit notes that gave quantities back), and how much of it this invoice is to bill.
struct InvoiceSourceLine
{
    int lineNo = 0; // the order line's number, which identifies it across revisions
    QString description;
    QString unit;
    Quantity ordered;
    UnitPrice unitPrice;
    BasisPoints discount;
    Money orderedAmount; // the line's amount on the order
    Quantity shipped;
    Quantity invoiced;    // net of credited quantities
    Money invoicedAmount; // net of credited amounts
    Quantity toInvoice;   // set by the caller or by InvoiceCalculator::select
};

// A deposit already invoiced for the order, and how much of it later invoices have deducted.
struct InvoiceDeposit
{
    qint64 invoiceId = 0;
    QString invoiceNo;
    Money gross; // the deposit invoice's total
    Money tax;   // its tax
    Money deductedGross;
    Money deductedTax;

    Money remaining() const { return gross - deductedGross; }
};

struct InvoiceSourceOrder
{
    qint64 orderId = 0;
    QString orderNo;
    qint64 customerId = 0;
    QString currency = QStringLiteral("CNY");
    BasisPoints taxRate;
    Money subtotal;
    Money total;
    QList<InvoiceSourceLine> lines;
    std::optional<InvoiceDeposit> deposit;
};

// An invoice to make: the orders (one or several of one customer), its date and the customer's
// payment terms, which give the due date.
struct InvoiceRequest
{
    qint64 customerId = 0;
    QDate date;
    int paymentTermsDays = 30;
    QList<InvoiceSourceOrder> orders;
};

} // namespace od
