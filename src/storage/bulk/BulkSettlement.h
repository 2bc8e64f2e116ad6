#pragma once

#include "Invoice.h"
#include "OrderEvent.h"
#include "Payment.h"

#include <QList>
#include <QMap>
#include <QString>

namespace od {

// Part of a payment applied to an invoice, both given by their place in BulkSettlement's lists
// (their ids are known only once they are written).
struct BulkPaymentApplication
{
    qsizetype payment = 0;
    qsizetype invoice = 0;
    Money amount;
};

// A demo company's invoices and payments as the bulk loader writes them with its orders: every
// sum the schema's triggers keep (an invoice's and a payment's applied amounts, its open amount)
// already worked out, so that the rows go in as they are and the customers' balances are summed
// once at the end.
struct BulkSettlement
{
    qint64 userId = 0; // the finance clerk who records them
    QString invoicePrefix;
    QMap<int, qint64> lastInvoiceNumbers; // by year: the invoices are numbered gap-free per year
    QList<Invoice> invoices;              // in the order of their numbers
    QList<Payment> payments;
    QList<BulkPaymentApplication> applications;
    // The orders' settlement_changed events, each order's together, in the order they happened
    // (the orders themselves are written with the settlement state these lead to).
    QList<OrderEvent> events;
};

} // namespace od
