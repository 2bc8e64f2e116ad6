#pragma once

#include "CreditNote.h"
#include "Error.h"
#include "Invoice.h"

#include <QCoreApplication>
#include <QHash>

namespace od {

// The invoice a credit note is written against, with what earlier credit notes took off it.
struct CreditableInvoice
{
    Invoice invoice;                           // with its lines, credited and writtenOff
    QHash<qint64, CreditedLine> creditedLines; // by invoice line id
    Money creditedSubtotal;
    Money creditedTax;
};

// Computes credit notes with the invoice's own rules: lines priced as on the invoice (the part
// that completes a line takes what is left of it), tax once per document per rate, an amount
// split into net and tax at the invoice's rate; the note that credits everything left takes
// exactly the rest of the invoice's subtotal and tax, so a fully credited invoice comes to zero.
// Nothing is ever credited beyond what is left of the invoice, and a written-off invoice is not
// credited at all (the write-off already took it off the books).
class CreditNoteCalculator
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteCalculator)

public:
    struct LineRequest
    {
        qint64 invoiceLineId = 0;
        Quantity quantity;
    };

    // Everything left of the invoice.
    static Result<CreditNote> whole(const CreditableInvoice& source, const QDate& date,
                                    const QString& reason);
    // Quantities of goods lines (a return).
    static Result<CreditNote> lines(const CreditableInvoice& source, const QList<LineRequest>& requests,
                                    const QDate& date, const QString& reason);
    // An amount including tax (a price allowance); the invoice must have a single tax rate.
    static Result<CreditNote> amount(const CreditableInvoice& source, Money gross, const QDate& date,
                                     const QString& reason);
};

} // namespace od
