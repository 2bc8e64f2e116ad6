#include "SettlementPosting.h"

#include "ClosedPeriodRepository.h"
#include "InvoiceRepository.h"
#include "OrderChange.h"
#include "OrderSettlement.h"
#include "OrderSettlementRepository.h"
#include "PaymentApplicationRepository.h"

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

Status SettlementPosting::syncOrders(const QList<qint64>& invoiceIds, const Cause& cause)
{
    auto orders = InvoiceRepository(m_session.db()).orderIdsOf(invoiceIds);
    if (!orders)
        return std::unexpected(orders.error());
    OrderSettlementRepository settlement(m_session.db());
    QList<SettlementMove> moves;
    for (qint64 orderId : std::as_const(*orders)) {
        auto facts = settlement.facts(orderId);
        if (!facts)
            return std::unexpected(facts.error());
        auto current = settlement.state(orderId);
        if (!current)
            return std::unexpected(current.error());
        auto next = OrderSettlement::next(current->status, *facts);
        if (!next)
            return std::unexpected(next.error());
        if (*next != current->status)
            moves << SettlementMove{orderId, current->orderNo, current->revision, current->status, *next};
    }
    return OrderChange::moveSettlement(m_session, moves, cause.kind, cause.document);
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
