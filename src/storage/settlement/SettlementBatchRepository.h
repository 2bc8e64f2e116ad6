#pragma once

#include "Database.h"
#include "Payment.h"
#include "PaymentAllocator.h"
#include "SettlementLedger.h"
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

// Many settlement documents at once, inside the caller's transaction: the open invoices of every
// customer of a batch read in one query; payments and their applications written through
// statements prepared once. The schema's triggers keep the invoices', payments' and customers'
// sums and its constraints the unique reference per customer, as for a single document.
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

private:
    Error sqliteError(const QString& what) const;
    Database& m_db;
    SqliteStatement m_payment;
    SqliteStatement m_application;
};

} // namespace od
