#pragma once

#include "CreditNote.h"
#include "CreditNoteCalculator.h"
#include "Invoice.h"
#include "InvoiceDocumentSource.h"
#include "InvoiceRequest.h"
#include "Session.h"
#include "SettlementFigures.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace od {

class Transaction;

// The finance clerk's invoicing (开票): the shipped orders not yet invoiced, oldest first; an
// invoice for a whole order, its shipped part, part of its lines, or several orders of one
// customer; a deposit invoice on a confirmed order that later invoices deduct; the official 发票
// number and date; credit notes (红字) against an issued invoice. Every document is one
// transaction with its number (gap-free per prefix and year), the advances the new invoice takes,
// the orders' settlement states and the audit record.
class InvoicingService
{
    Q_DECLARE_TR_FUNCTIONS(InvoicingService)

public:
    explicit InvoicingService(Session& session) : m_session(session) {}

    // customerId 0 for every customer.
    Result<QList<BillableOrder>> toInvoice(qint64 customerId, int limit, int offset = 0);
    Result<QList<InvoiceSummary>> invoices(qint64 customerId, bool openOnly, int limit, int offset = 0);
    Result<Invoice> invoice(const QString& invoiceNo);
    // The credit notes against the invoice, oldest first.
    Result<QList<CreditNote>> creditNotes(const QString& invoiceNo);
    // What the invoice PDF prints.
    Result<InvoiceDocumentSource> documentSource(const QString& invoiceNo);

    // One invoice for the orders (all of one customer): everything not yet invoiced of each, or
    // with shippedOnly what is shipped of it.
    Result<Invoice> invoiceOrders(const QList<qint64>& orderIds, const QDate& date, bool shippedOnly = false);
    // Part of one order: the quantity to bill per order line number (at most what is shipped and
    // not yet invoiced of it).
    Result<Invoice> invoicePart(qint64 orderId, const QMap<int, Quantity>& quantities, const QDate& date);
    // A deposit of `share` of a confirmed order with nothing invoiced yet.
    Result<Invoice> depositInvoice(qint64 orderId, BasisPoints share, const QDate& date);
    // Every shipped order not fully invoiced, one invoice per order, oldest first.
    Result<QList<Invoice>> invoiceAllShipped(const QDate& date);

    Status setOfficial(const QString& invoiceNo, const QString& officialNo, const QDate& officialDate);

    // Credit notes (红字) against an issued invoice, dated `date` (an open month).
    Result<CreditNote> creditWhole(const QString& invoiceNo, const QDate& date, const QString& reason);
    Result<CreditNote> creditAmount(const QString& invoiceNo, Money gross, const QDate& date,
                                    const QString& reason);
    Result<CreditNote> creditLines(const QString& invoiceNo,
                                   const QList<CreditNoteCalculator::LineRequest>& lines, const QDate& date,
                                   const QString& reason);

private:
    Result<InvoiceSourceOrder> loadSource(qint64 orderId, bool forDeposit);
    Result<Invoice> issue(Invoice invoice, const QString& action);
    // The customer's payment terms in days (`fallback` when the customer is gone).
    Result<int> paymentTerms(qint64 customerId, int fallback);
    // Issues a calculated invoice, commits `tx` and logs it: every kind of invoice ends here.
    Result<Invoice> issueAndCommit(Transaction& tx, Result<Invoice> calculated, const QString& action);
    Result<CreditNote> saveCredit(const QString& invoiceNo, const QDate& date,
                                  const std::function<Result<CreditNote>(const CreditableInvoice&)>& make);
    Session& m_session;
};

} // namespace od
