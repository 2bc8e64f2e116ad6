#pragma once

#include "Database.h"
#include "SettlementLedger.h"

#include <QCoreApplication>

namespace od {

// Loads the part of a customer's settlement ledger an operation touches, so that recording a
// payment reads a few rows through the partial indexes of open invoices and unapplied payments,
// not the customer's whole history.
class SettlementLedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettlementLedgerRepository)

public:
    explicit SettlementLedgerRepository(Database& db) : m_db(db) {}

    // The customer's open invoices and its payments with money not yet applied: enough to apply
    // a new payment or to let a new invoice take the advances.
    Result<SettlementLedger> openLedger(qint64 customerId);
    // Adds a payment with everything it is applied to (for re-applying it by hand).
    Status addPayment(SettlementLedger& ledger, qint64 paymentId);
    // Adds an invoice with every payment applied to it (for a credit note or a write-off).
    Status addInvoice(SettlementLedger& ledger, qint64 invoiceId);

private:
    Database& m_db;
};

} // namespace od
