#pragma once

#include "Error.h"
#include "Money.h"
#include "SettlementStatus.h"

#include <QCoreApplication>

namespace od {

// What the invoices of one order say about it. An invoice covering several orders counts whole
// for each of them: an order is paid when every invoice it is on is paid.
struct OrderSettlementFacts
{
    bool hasInvoice = false;    // at least one invoice or deposit invoice names the order
    bool fullyInvoiced = false; // every line's quantity invoiced (net of credited quantities)
    Money invoiced;             // the invoices' totals less their credit notes
    Money applied;              // payments applied to those invoices
    Money writtenOff;
    Money open; // invoiced − applied − written off
};

// The settlement state of an order, read from its invoices (DESIGN.md: unbilled → invoiced →
// partially_paid → paid, or written_off):
//  - unbilled: nothing invoiced, or everything invoiced credited back;
//  - paid, too, when the order is fully invoiced and its invoices come to nothing (free goods,
//    a price allowance of the whole amount): nothing is owed;
//  - written_off: nothing left open, and part of it written off as a bad debt;
//  - invoiced: invoiced and nothing paid yet;
//  - paid: fully invoiced and nothing left open;
//  - partially_paid: something paid, but something is still open or not invoiced yet
//    (a paid deposit, a paid invoice for the shipped part).
class OrderSettlement
{
    Q_DECLARE_TR_FUNCTIONS(OrderSettlement)

public:
    static SettlementStatus derive(const OrderSettlementFacts& facts);
    // The order's next state: the derived one, or an error when the status machine does not
    // allow the move (which means the documents are not in a state the business allows).
    static Result<SettlementStatus> next(SettlementStatus current, const OrderSettlementFacts& facts);
};

} // namespace od
