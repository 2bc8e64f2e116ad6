#include "SettlementPosting.h"

#include "ClosedPeriodRepository.h"
#include "InvoiceRepository.h"
#include "OrderSettlement.h"
#include "OrderSettlementRepository.h"
#include "PaymentApplicationRepository.h"

#include <QSet>

namespace od {

Status SettlementPosting::checkOpen(const QDate& date)
{
    auto lock = ClosedPeriodRepository(m_session.db()).lock();
    if (!lock)
        return std::unexpected(lock.error());
    return lock->check(date);
}

Status SettlementPosting::apply(const QList<LedgerChange>& changes, const QDate& appliedOn)
{
    if (changes.isEmpty())
        return {};
    return PaymentApplicationRepository(m_session.db()).record(changes, appliedOn, m_session.user().id);
}

Status SettlementPosting::syncOrders(const QList<qint64>& invoiceIds)
{
    QList<qint64> orders;
    QSet<qint64> seen;
    InvoiceRepository invoices(m_session.db());
    for (qint64 id : invoiceIds) {
        auto ids = invoices.orderIds(id);
        if (!ids)
            return std::unexpected(ids.error());
        for (qint64 o : *ids)
            if (!seen.contains(o)) {
                seen.insert(o);
                orders << o;
            }
    }
    OrderSettlementRepository settlement(m_session.db());
    for (qint64 orderId : orders) {
        auto facts = settlement.facts(orderId);
        if (!facts)
            return std::unexpected(facts.error());
        auto current = settlement.status(orderId);
        if (!current)
            return std::unexpected(current.error());
        auto next = OrderSettlement::next(*current, *facts);
        if (!next)
            return std::unexpected(next.error());
        if (*next != *current)
            if (auto ok = settlement.setStatus(orderId, *next); !ok)
                return ok;
    }
    return {};
}

QList<qint64> SettlementPosting::invoicesOf(const QList<LedgerChange>& changes)
{
    QList<qint64> out;
    for (const LedgerChange& c : changes)
        if (!out.contains(c.invoiceId))
            out << c.invoiceId;
    return out;
}

} // namespace od
