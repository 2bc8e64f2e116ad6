#include "OrderChange.h"

#include "AuditTrail.h"
#include "DateAcceptanceRepository.h"
#include "Logging.h"
#include "OrderEventText.h"
#include "OrderPlanRepository.h"
#include "OrderSettlementRepository.h"
#include "RiskService.h"
#include "RuleEngine.h"
#include "ShipmentRepository.h"

#include <algorithm>

namespace od {

OrderChange::OrderChange(Session& session) : m_session(session), m_orders(session.db()), m_tx(session.db()) {}

OrderChange::~OrderChange() = default;

Result<std::unique_ptr<OrderChange>> OrderChange::begin(Session& session)
{
    std::unique_ptr<OrderChange> change(new OrderChange(session));
    if (!change->m_tx.isActive())
        return std::unexpected(change->m_tx.beginError());
    return change;
}

Result<std::unique_ptr<OrderChange>> OrderChange::open(Session& session, qint64 orderId, int expectedVersion)
{
    auto change = begin(session);
    if (!change)
        return change;
    auto loaded = (*change)->m_orders.load(orderId);
    if (!loaded)
        return std::unexpected(loaded.error());
    // Who may change it is the service's to check (each change has its own permission).
    if (!*loaded)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    if (expectedVersion > 0 && (*loaded)->version != expectedVersion) {
        if (auto conflict = (*change)->m_orders.conflictFor(orderId); !conflict)
            return std::unexpected(conflict.error());
    }
    (*change)->m_before = **loaded;
    (*change)->m_order = **loaded;
    return change;
}

Result<OrderFacts> OrderChange::facts()
{
    OrderFacts facts;
    if (isNew())
        return facts;
    auto confirmed = m_orders.hasConfirmation(m_order.id, m_order.revision);
    if (!confirmed)
        return std::unexpected(confirmed.error());
    facts.confirmedCurrentRevision = *confirmed;
    auto plan = OrderPlanRepository(db()).forRevision(m_order.id, m_order.revision);
    if (!plan)
        return std::unexpected(plan.error());
    facts.committedPlanCurrentRevision = *plan && (*plan)->committed;
    ShipmentRepository shipments(db());
    auto lines = shipments.shippableLines(m_order.id);
    if (!lines)
        return std::unexpected(lines.error());
    facts.everyLineShipped = ShipmentRules::everyLineShipped(*lines);
    facts.anyShipment = std::any_of(lines->cbegin(), lines->cend(),
                                    [](const ShippableLine& l) { return l.shipped.isPositive(); });
    auto undelivered = shipments.undelivered(m_order.id);
    if (!undelivered)
        return std::unexpected(undelivered.error());
    facts.undeliveredShipments = *undelivered;
    if (DateAcceptance::needed(m_order.requestedDate, m_order.promisedDate)) {
        auto accepted = DateAcceptanceRepository(db()).covering(m_order.id, m_order.promisedDate);
        if (!accepted)
            return std::unexpected(accepted.error());
        facts.promisedDateAccepted = accepted->has_value();
    }
    return facts;
}

Status OrderChange::insert(const Order& order)
{
    m_order = order;
    return m_orders.insert(m_order);
}

Status OrderChange::saveContent()
{
    return m_orders.update(m_order);
}

Status OrderChange::saveStatus()
{
    return m_orders.updateStatus(m_order);
}

Status OrderChange::savePromisedDate()
{
    return m_orders.updatePromisedDate(m_order);
}

Status OrderChange::moveTo(OrderStatus to)
{
    auto known = facts();
    if (!known)
        return std::unexpected(known.error());
    if (auto refused = OrderStatusMachine::check(m_order.status, to, m_order.heldFrom, *known))
        return std::unexpected(Error::conflict(*refused));
    const OrderStatus from = m_order.status;
    if (to == OrderStatus::OnHold)
        m_order.heldFrom = from;
    else
        m_order.heldFrom.reset();
    m_order.status = to;
    if (auto ok = saveStatus(); !ok)
        return ok;
    // The automation rules watching this move act in its transaction.
    return RuleEngine::orderMoved(m_session, m_order, from, to);
}

Status OrderChange::record(OrderEvent event, const QString& action, const QList<FieldChange>& changes)
{
    event.orderId = m_order.id;
    event.userId = m_session.user().id;
    if (event.revision == 0)
        event.revision = m_order.revision;
    if (auto ok = m_orders.addEvent(event); !ok)
        return ok;
    if (auto ok = AuditTrail::record(m_session, action, QStringLiteral("order"), m_order.id, m_order.orderNo,
                                     changes);
        !ok)
        return ok;
    m_actions << action;
    return {};
}

Status OrderChange::commit()
{
    // The order's early warning follows every change to it (status, promise, plan, progress,
    // exceptions) in the same transaction.
    if (auto ok = RiskService::refresh(m_session, m_order.id); !ok)
        return ok;
    if (auto ok = m_tx.commit(); !ok)
        return ok;
    for (const QString& action : std::as_const(m_actions))
        Logging::mutation(m_session.user().name, action, m_order.orderNo);
    return {};
}

Status OrderChange::moveSettlement(Session& session, const QList<SettlementMove>& moves, const QString& cause,
                                   const QString& document)
{
    OrderSettlementRepository settlement(session.db());
    OrderRepository orders(session.db());
    for (const SettlementMove& move : moves) {
        if (move.from == move.to)
            continue;
        if (!SettlementStatusMachine::canTransition(move.from, move.to))
            return std::unexpected(Error::conflict(SettlementStatusMachine::refusal(move.from, move.to)));
        if (auto ok = settlement.setStatus(move.orderId, move.to); !ok)
            return ok;
        if (move.from == SettlementStatus::Unbilled)
            if (auto ok = RuleEngine::orderInvoiced(session, move.orderId); !ok)
                return ok;
        OrderEvent event;
        event.orderId = move.orderId;
        event.userId = session.user().id;
        event.revision = move.revision;
        OrderEventText::settlementChanged(event, move.from, move.to, cause, document);
        if (auto ok = orders.addEvent(event); !ok)
            return ok;
        if (auto ok = AuditTrail::record(
                session, QStringLiteral("order.settlement"), QStringLiteral("order"), move.orderId,
                move.orderNo,
                {{QStringLiteral("settlement_status"), SettlementStatusInfo::key(move.from),
                  SettlementStatusInfo::key(move.to)},
                 {QStringLiteral("document"), QString(), document}});
            !ok)
            return ok;
    }
    return {};
}

} // namespace od
