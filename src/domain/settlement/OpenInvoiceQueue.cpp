#include "OpenInvoiceQueue.h"

namespace od {

OpenInvoiceQueue::OpenInvoiceQueue(const QList<OpenInvoiceItem>& open)
{
    const QList<OpenInvoiceItem> ordered = PaymentAllocator::collectionOrder(open);
    m_items.reserve(size_t(ordered.size()));
    for (const OpenInvoiceItem& item : ordered) {
        if (item.open.minor() <= 0)
            continue;
        const size_t at = m_items.size();
        m_items.push_back(item);
        m_byOpen[item.open.minor()].insert(at);
        m_position.insert(item.invoiceId, at);
    }
}

void OpenInvoiceQueue::take(size_t index, Money amount)
{
    OpenInvoiceItem& item = m_items[index];
    const auto bucket = m_byOpen.find(item.open.minor());
    bucket->second.erase(index);
    if (bucket->second.empty())
        m_byOpen.erase(bucket);
    item.open -= amount;
    if (item.open.minor() > 0)
        m_byOpen[item.open.minor()].insert(index);
    while (m_first < m_items.size() && m_items[m_first].open.minor() <= 0)
        ++m_first;
}

QList<AllocationLine> OpenInvoiceQueue::allocate(Money amount)
{
    QList<AllocationLine> out;
    if (amount.minor() <= 0)
        return out;
    if (const auto exact = m_byOpen.find(amount.minor()); exact != m_byOpen.end()) {
        const size_t index = *exact->second.begin();
        out << AllocationLine{m_items[index].invoiceId, amount};
        take(index, amount);
        return out;
    }
    Money left = amount;
    for (size_t i = m_first; i < m_items.size() && !left.isZero(); ++i) {
        if (m_items[i].open.minor() <= 0)
            continue;
        const Money part = qMin(left, m_items[i].open);
        out << AllocationLine{m_items[i].invoiceId, part};
        left -= part;
        take(i, part);
    }
    return out;
}

QList<AllocationLine> OpenInvoiceQueue::payNamed(qint64 invoiceId, Money amount)
{
    QList<AllocationLine> out;
    const auto at = m_position.constFind(invoiceId);
    if (at == m_position.cend() || amount.minor() <= 0)
        return out;
    const Money part = qMin(amount, m_items[*at].open);
    if (part.minor() <= 0)
        return out;
    out << AllocationLine{invoiceId, part};
    take(*at, part);
    return out;
}

QList<OpenInvoiceItem> OpenInvoiceQueue::open() const
{
    QList<OpenInvoiceItem> out;
    for (size_t i = m_first; i < m_items.size(); ++i)
        if (m_items[i].open.minor() > 0)
            out << m_items[i];
    return out;
}

} // namespace od
