#pragma once

#include "Database.h"
#include "Invoice.h"
#include "SettlementLedger.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace od {

// Invoices and their lines. An invoice is written once (its credited, written-off and applied
// amounts then follow its credit notes, write-offs and applications by themselves); only the
// official 发票 number and date are filled in later.
// What a payment naming an invoice by its number needs to know of it.
struct InvoiceRef
{
    qint64 id = 0;
    qint64 customerId = 0;
    Money open;
};

class InvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRepository)

public:
    explicit InvoiceRepository(Database& db) : m_db(db) {}

    // Saves the invoice and its lines, setting their ids.
    Status insert(Invoice& invoice, qint64 userId);
    Result<std::optional<Invoice>> byId(qint64 id);
    Result<std::optional<Invoice>> byNumber(const QString& invoiceNo);
    Status setOfficial(qint64 invoiceId, const QString& officialNo, const QDate& officialDate);

    // A customer's invoices, newest first, without their lines.
    Result<QList<Invoice>> forCustomer(qint64 customerId, bool openOnly, int limit, int offset = 0);
    // The ids of the orders an invoice bills.
    Result<QList<qint64>> orderIds(qint64 invoiceId);
    // The orders these invoices bill, each once, in id order (one query for a whole import).
    Result<QList<qint64>> orderIdsOf(const QList<qint64>& invoiceIds);
    // A customer's open invoices as the settlement ledger needs them, in collection order.
    Result<QList<LedgerInvoice>> openForCustomer(qint64 customerId);
    // The first of them in collection order whose open amounts reach `amount` (all, when they do
    // not), and the first with exactly `amount` open: what a payment of that amount can touch.
    Result<QList<LedgerInvoice>> openReachedBy(qint64 customerId, Money amount);
    Result<std::optional<LedgerInvoice>> ledgerInvoice(qint64 invoiceId);
    // The invoices of these numbers that exist, by number: one query for a whole import file.
    Result<QHash<QString, InvoiceRef>> refsByNumber(const QStringList& invoiceNos);

private:
    Result<std::optional<Invoice>> single(QSqlQuery& q);
    Result<QList<InvoiceLine>> lines(qint64 invoiceId);
    Database& m_db;
};

} // namespace od
