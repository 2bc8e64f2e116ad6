#include "OrderTimelineService.h"

#include "AuditRepository.h"

namespace od {

Result<QList<OrderEvent>> OrderTimelineService::events(qint64 orderId)
{
    return OrderRepository(m_session.db()).events(orderId);
}

Result<QList<OrderRevisionSnapshot>> OrderTimelineService::revisions(qint64 orderId)
{
    return OrderRepository(m_session.db()).revisions(orderId);
}

Result<QList<AuditEntry>> OrderTimelineService::history(qint64 orderId)
{
    AuditFilter filter;
    filter.entity = QStringLiteral("order");
    filter.entityId = orderId;
    // An order collects a few dozen entries in its life; the cap only guards against runaway data.
    return AuditRepository(m_session.db()).list(filter, 10'000);
}

} // namespace od
