#include "OrderQueryService.h"

#include "AuditRepository.h"
#include "AwaitingConfirmationRepository.h"
#include "OrderAccess.h"
#include "OrderListRepository.h"
#include "OrderRepository.h"

namespace od {

OrderQueryService::OrderQueryService(Session& session) : m_session(session) {}

OrderQueryService::~OrderQueryService() = default;

bool OrderQueryService::seesAllOrders()
{
    return OrderAccess(m_session).seesAllOrders();
}

qint64 OrderQueryService::ownOrdersOnlyId()
{
    if (seesAllOrders())
        return 0;
    // Nobody signed in (or the software itself) sees no one's orders through this door.
    return m_session.user().id > 0 ? m_session.user().id : -1;
}

OrderListQuery OrderQueryService::visibleQuery(OrderListQuery query)
{
    query.visibleToSalespersonId = ownOrdersOnlyId();
    return query;
}

Result<qint64> OrderQueryService::count(const OrderListQuery& query, qint64 cap)
{
    if (!m_list)
        m_list = std::make_unique<OrderListRepository>(m_session.db());
    return m_list->count(visibleQuery(query), cap);
}

Result<QList<OrderListRow>> OrderQueryService::page(const OrderListQuery& query, qint64 offset, int limit)
{
    if (!m_list)
        m_list = std::make_unique<OrderListRepository>(m_session.db());
    return m_list->page(visibleQuery(query), offset, limit);
}

Status OrderQueryService::requireVisible(qint64 orderId)
{
    auto owner = OrderRepository(m_session.db()).salespersonOf(orderId);
    if (!owner)
        return std::unexpected(owner.error());
    if (*owner && OrderAccess(m_session).requireRead(**owner))
        return {};
    return std::unexpected(Error::notFound(tr("The order does not exist, or it is not yours to see.")));
}

Result<Order> OrderQueryService::order(qint64 orderId)
{
    if (auto ok = requireVisible(orderId); !ok)
        return std::unexpected(ok.error());
    return OrderRepository(m_session.db()).loadExisting(orderId);
}

Result<Order> OrderQueryService::orderByNumber(const QString& orderNo)
{
    auto id = OrderRepository(m_session.db()).idByNumber(orderNo);
    if (!id)
        return std::unexpected(id.error());
    const Error unknown = Error::notFound(tr("There is no order %1.").arg(orderNo.trimmed()));
    if (!*id)
        return std::unexpected(unknown);
    auto found = order(**id);
    if (!found && found.error().kind == Error::Kind::NotFound)
        return std::unexpected(unknown);
    return found;
}

Result<QList<OrderEvent>> OrderQueryService::timeline(qint64 orderId)
{
    if (auto ok = requireVisible(orderId); !ok)
        return std::unexpected(ok.error());
    return OrderRepository(m_session.db()).events(orderId);
}

Result<QList<OrderRevisionSnapshot>> OrderQueryService::revisions(qint64 orderId)
{
    if (auto ok = requireVisible(orderId); !ok)
        return std::unexpected(ok.error());
    return OrderRepository(m_session.db()).revisions(orderId);
}

Result<QList<Confirmation>> OrderQueryService::confirmations(qint64 orderId)
{
    if (auto ok = requireVisible(orderId); !ok)
        return std::unexpected(ok.error());
    return OrderRepository(m_session.db()).confirmations(orderId);
}

Result<QList<AuditEntry>> OrderQueryService::history(qint64 orderId)
{
    if (auto ok = requireVisible(orderId); !ok)
        return std::unexpected(ok.error());
    AuditFilter filter;
    filter.entity = QStringLiteral("order");
    filter.entityId = orderId;
    // An order collects a few dozen entries in its life; the cap only guards against runaway data.
    return AuditRepository(m_session.db()).list(filter, 10'000);
}

Result<QList<AwaitingConfirmation>> OrderQueryService::awaitingConfirmation(int limit)
{
    return AwaitingConfirmationRepository(m_session.db()).list(ownOrdersOnlyId(), limit);
}

} // namespace od
