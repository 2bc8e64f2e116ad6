#include "OrderTimelineService.h"

namespace od {

Result<QList<OrderEvent>> OrderTimelineService::events(qint64 orderId)
{
    return OrderRepository(m_session.db()).events(orderId);
}

Result<QList<OrderRevisionSnapshot>> OrderTimelineService::revisions(qint64 orderId)
{
    return OrderRepository(m_session.db()).revisions(orderId);
}

} // namespace od
