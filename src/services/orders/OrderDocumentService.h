#pragma once

#include "OrderDocumentSource.h"
#include "Session.h"

namespace od {

// Gathers what a document about an order needs, for the app's preview and export and for the
// command line alike, so both print exactly the same thing. The order must be the user's to see.
class OrderDocumentService
{
public:
    explicit OrderDocumentService(Session& session) : m_session(session) {}

    Result<OrderDocumentSource> forOrder(qint64 orderId);
    Result<OrderDocumentSource> forOrderNumber(const QString& orderNo);

private:
    Result<OrderDocumentSource> complete(Order order);
    Session& m_session;
};

} // namespace od
