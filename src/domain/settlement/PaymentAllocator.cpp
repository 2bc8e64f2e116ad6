#include "PaymentAllocator.h"

#include <QSet>

#include <algorithm>

namespace od {

QList<OpenInvoiceItem> PaymentAllocator::collectionOrder(QList<OpenInvoiceItem> open)
{
    std::stable_sort(open.begin(), open.end(), [](const OpenInvoiceItem& a, const OpenInvoiceItem& b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.invoiceDate != b.invoiceDate)
            return a.invoiceDate < b.invoiceDate;
        if (a.invoiceNo != b.invoiceNo)
            return a.invoiceNo < b.invoiceNo;
        return a.invoiceId < b.invoiceId;
    });
    return open;
}

QList<AllocationLine> PaymentAllocator::allocate(Money amount, const QList<OpenInvoiceItem>& open)
{
    QList<AllocationLine> out;
    if (amount.minor() <= 0)
        return out;
    const QList<OpenInvoiceItem> ordered = collectionOrder(open);
    for (const OpenInvoiceItem& item : ordered) {
        if (item.open == amount) {
            out << AllocationLine{item.invoiceId, amount};
            return out;
        }
    }
    Money left = amount;
    for (const OpenInvoiceItem& item : ordered) {
        if (left.isZero())
            break;
        if (item.open.minor() <= 0)
            continue;
        const Money take = qMin(left, item.open);
        out << AllocationLine{item.invoiceId, take};
        left -= take;
    }
    return out;
}

Result<QList<AllocationLine>> PaymentAllocator::manual(Money available, const QList<OpenInvoiceItem>& open,
                                                       const QList<AllocationLine>& wanted)
{
    QSet<qint64> seen;
    Money total;
    for (const AllocationLine& line : wanted) {
        const OpenInvoiceItem* item = nullptr;
        for (const OpenInvoiceItem& candidate : open)
            if (candidate.invoiceId == line.invoiceId)
                item = &candidate;
        if (!item || item->open.minor() <= 0)
            return std::unexpected(
                Error::invalid(tr("One of the chosen invoices is not an open invoice of this customer."),
                               QStringLiteral("invoice")));
        if (seen.contains(line.invoiceId))
            return std::unexpected(Error::invalid(tr("Invoice %1 is chosen twice.").arg(item->invoiceNo),
                                                  QStringLiteral("invoice")));
        seen.insert(line.invoiceId);
        if (line.amount.minor() <= 0)
            return std::unexpected(
                Error::invalid(tr("The amount for invoice %1 must be more than zero.").arg(item->invoiceNo),
                               QStringLiteral("amount")));
        if (line.amount > item->open)
            return std::unexpected(Error::invalid(
                tr("Invoice %1 has only %2 open, not %3.")
                    .arg(item->invoiceNo, item->open.toDecimalString(), line.amount.toDecimalString()),
                QStringLiteral("amount")));
        const auto sum = total.checkedAdd(line.amount);
        if (!sum)
            return std::unexpected(
                Error::invalid(tr("The amounts are too large."), QStringLiteral("amount")));
        total = *sum;
    }
    if (total > available)
        return std::unexpected(Error::invalid(tr("%1 is to be applied, but the payment has only %2 to apply.")
                                                  .arg(total.toDecimalString(), available.toDecimalString()),
                                              QStringLiteral("amount")));
    return wanted;
}

QList<AdvanceUse> PaymentAllocator::useAdvances(Money invoiceOpen, QList<AdvanceItem> advances)
{
    std::stable_sort(advances.begin(), advances.end(), [](const AdvanceItem& a, const AdvanceItem& b) {
        return a.date != b.date ? a.date < b.date : a.paymentId < b.paymentId;
    });
    QList<AdvanceUse> out;
    Money left = invoiceOpen;
    for (const AdvanceItem& advance : advances) {
        if (left.minor() <= 0)
            break;
        if (advance.unapplied.minor() <= 0)
            continue;
        const Money take = qMin(left, advance.unapplied);
        out << AdvanceUse{advance.paymentId, take};
        left -= take;
    }
    return out;
}

} // namespace od
