#pragma once

#include "Error.h"
#include "Invoice.h"
#include "InvoiceRequest.h"

#include <QCoreApplication>

namespace od {

// Computes invoices from orders, with the money rules of the design:
//  - a goods line is quantity × price × (1 − discount), rounded half away from zero; the part of
//    an order line that completes it takes what is left of the order line's amount instead, so
//    that the invoices of a line always add up to exactly the line's amount on the order;
//  - tax is computed once per document on the sum of its goods lines, per tax rate;
//  - a deposit is a share (basis points) of the order's subtotal, taxed as its own document;
//    later invoices of the order deduct it, as much as each one's goods and their tax allow,
//    until it is used up; the tax part of each deduction is the deposit's tax in proportion,
//    rounded on the running total so the deductions add up to the deposit exactly;
//  - 128-bit intermediates, and an amount past Money's range is an error, never a wrapped number.
class InvoiceCalculator
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCalculator)

public:
    enum class Scope
    {
        WholeOrder,  // everything not yet invoiced; refused if part of it is not shipped
        ShippedPart, // what is shipped and not yet invoiced
    };

    // Sets each line's toInvoice for `scope`.
    static void select(InvoiceSourceOrder& order, Scope scope);

    // A goods invoice for the toInvoice quantities of the request's orders.
    static Result<Invoice> invoice(const InvoiceRequest& request);

    // A deposit invoice for `share` of a confirmed order that has nothing invoiced yet.
    static Result<Invoice> deposit(const InvoiceSourceOrder& order, BasisPoints share, const QDate& date,
                                   int paymentTermsDays);

    // The tax of a document with these lines: per rate on the goods lines, plus what deposit
    // and deduction lines carry. nullopt past Money's range.
    static std::optional<Money> documentTax(const QList<InvoiceLine>& lines);

    // The invoice date plus the customer's payment terms.
    static QDate dueDate(const QDate& invoiceDate, int paymentTermsDays);
};

} // namespace od
