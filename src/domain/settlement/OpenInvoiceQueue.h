#pragma once

#include "PaymentAllocator.h"

#include <QHash>
#include <QList>

#include <map>
#include <set>
#include <vector>

namespace od {

// One customer's open invoices in collection order, taking payment after payment by the rule of
// PaymentAllocator::allocate — an open invoice of exactly the amount first, else oldest due first
// — without sorting and scanning every invoice again for each payment. An import of thousands of
// payments for one customer applies them here in memory, one after the other, and writes the
// applications in one go; each payment sees the invoices as the payments before it left them.
class OpenInvoiceQueue
{
public:
    explicit OpenInvoiceQueue(const QList<OpenInvoiceItem>& open = {});

    // Where a payment of `amount` goes (PaymentAllocator::allocate over open()); takes it off the
    // invoices. What is not applied is the customer's advance.
    QList<AllocationLine> allocate(Money amount);
    // A payment naming one invoice: as much of `amount` as that invoice still has open (nothing
    // when it is not open).
    QList<AllocationLine> payNamed(qint64 invoiceId, Money amount);

    // The invoices still open, in collection order.
    QList<OpenInvoiceItem> open() const;

private:
    void take(size_t index, Money amount);

    std::vector<OpenInvoiceItem> m_items;        // collection order
    size_t m_first = 0;                          // no invoice before it is open
    std::map<qint64, std::set<size_t>> m_byOpen; // open amount (minor) → positions, in order
    QHash<qint64, size_t> m_position;            // invoice id → position
};

} // namespace od
