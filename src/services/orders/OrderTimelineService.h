#pragma once

#include "AuditEntry.h"
#include "Confirmation.h"
#include "OrderEvent.h"
#include "OrderRepository.h"
#include "Session.h"

#include <QList>

namespace od {

// Read side of an order's history for the detail view: timeline, confirmations, revisions.
class OrderTimelineService
{
public:
    explicit OrderTimelineService(Session& session) : m_session(session) {}

    Result<QList<OrderEvent>> events(qint64 orderId);
    Result<QList<OrderRevisionSnapshot>> revisions(qint64 orderId);
    // The order's audit trail entries (who changed which field from what to what), newest first.
    Result<QList<AuditEntry>> history(qint64 orderId);

private:
    Session& m_session;
};

} // namespace od
