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

    // The customer's open invoices and its payments with money not yet applied (for choosing by
    // hand where a payment goes).
    Result<SettlementLedger> openLedger(qint64 customerId);
    // What a new payment of `amount` can be applied to: an open invoice of exactly that amount, or
    // the oldest due open invoices as far as the amount reaches. The ledger applies it exactly as
    // it would with every open invoice loaded.
    Result<SettlementLedger> ledgerForPayment(qint64 customerId, Money amount);
    // What a new invoice can take: the customer's advances.
    Result<SettlementLedger> ledgerForInvoice(qint64 customerId);
    // Adds a payment with everything it is applied to (for re-applying it by hand).
    Status addPayment(SettlementLedger& ledger, qint64 paymentId);
    // Adds an invoice with every payment applied to it (for a credit note or a write-off).
    Status addInvoice(SettlementLedger& ledger, qint64 invoiceId);

private:
    Database& m_db;
};

} // namespace od
