#pragma once

#include "OrderStatus.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// Moves an order along its lifecycle; every transition not in OrderStatusMachine is refused
// with a sentence saying why.
class OrderStatusService
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatusService)

public:
    explicit OrderStatusService(Session& session) : m_session(session) {}

    // Hold returns later to the status it left; resume = transition(id, heldFrom).
    Status transition(qint64 orderId, OrderStatus to, const QString& note = {});

private:
    Session& m_session;
};

} // namespace od
