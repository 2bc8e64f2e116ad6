#pragma once

#include "Database.h"
#include "Invoice.h"
#include "InvoiceRequest.h"
#include "OrderEvent.h"
#include "Payment.h"
#include "PaymentAllocator.h"
#include "SettlementLedger.h"
#include "SettlementStatus.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>

namespace od {

// An application to record with the day it is dated (the payment's own date on an import).
struct DatedLedgerChange
{
    LedgerChange change;
    QDate appliedOn;
};

// A shipped order with nothing invoiced yet, as a batch of invoices needs it.
struct ShippedOrderToInvoice
{
    InvoiceSourceOrder source; // every line shipped, nothing invoiced
    QDate orderDate;
    int paymentTermsDays = 30;
    int revision = 1;
};

// Many settlement documents at once, inside the caller's transaction: the open invoices of every
// customer of a batch read in one query; invoices, payments and their applications, the orders'
// settlement states and timeline events written through statements prepared once. The schema's
// triggers keep the invoices', payments' and customers' sums and its constraints the unique
// reference per customer, as for a single document.
class SettlementBatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettlementBatchRepository)

public:
    explicit SettlementBatchRepository(Database& db) : m_db(db) {}

    // Each customer's open invoices (what a payment can be applied to), by customer id.
    Result<QHash<qint64, QList<OpenInvoiceItem>>> openInvoices(const QList<qint64>& customerIds);
    // Inserts the payments (references as given: normalized by the caller), setting their ids.
    Status insertPayments(QList<Payment>& payments, qint64 userId);
    Status insertApplications(const QList<DatedLedgerChange>& changes, qint64 userId);

    // Orders shipped or delivered with nothing invoiced, and the completed ones of the customers
    // `completedOf` ordered since `completedSince`, oldest first, with their lines.
    Result<QList<ShippedOrderToInvoice>> billableOrders(const QList<qint64>& completedOf = {},
                                                        const QDate& completedSince = {});
    // Inserts the invoices and their lines (numbers as given), setting their ids.
    Status insertInvoices(QList<Invoice>& invoices, qint64 userId);
    // The last number given for invoices of this prefix and year.
    Status setInvoiceCounter(const QString& prefix, int year, qint64 lastValue);
    // The settlement state of orders invoiced whole, in the caller's transaction. Nothing of them
    // is left to bill, so none belongs in billing_remainders: its trigger, which would look at
    // every line of every order to find that out, is left out for these updates.
    Status setSettlementOfWholeInvoices(const QList<QPair<qint64, SettlementStatus>>& states);
    Status insertEvent(const OrderEvent& event);

private:
    Error sqliteError(const QString& what) const;
    Database& m_db;
    SqliteStatement m_payment;
    SqliteStatement m_application;
    SqliteStatement m_invoice;
    SqliteStatement m_invoiceLine;
    SqliteStatement m_event;
};

} // namespace od
