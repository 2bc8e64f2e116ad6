#pragma once

#include "AuditEntry.h"
#include "AwaitingConfirmation.h"
#include "Confirmation.h"
#include "Order.h"
#include "OrderEvent.h"
#include "OrderListQuery.h"
#include "OrderRevisionSnapshot.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace od {

class OrderListRepository;

// The read side of orders. Every list, count, search, detail and history a front end shows
// comes through here, and only here is the session's visibility applied: a salesperson sees
// their own orders (all orders, read-only, when the company setting allows it); managers, finance
// and administrators see every order. An order the user may not see answers exactly as one that
// does not exist, so nothing is learnt from the difference.
//
// Keep one instance for a list that is paged: it remembers a search's hits between pages.
class OrderQueryService
{
    Q_DECLARE_TR_FUNCTIONS(OrderQueryService)

public:
    explicit OrderQueryService(Session& session);
    ~OrderQueryService();
    OrderQueryService(const OrderQueryService&) = delete;
    OrderQueryService& operator=(const OrderQueryService&) = delete;

    // False for a salesperson who sees only their own orders.
    bool seesAllOrders();
    // The query as it runs for this user: whatever visibility the caller set is replaced.
    OrderListQuery visibleQuery(OrderListQuery query);

    // Exact count when cap is 0; else at most cap + 1 (callers show "100,000+").
    Result<qint64> count(const OrderListQuery& query, qint64 cap = 0);
    Result<QList<OrderListRow>> page(const OrderListQuery& query, qint64 offset, int limit);

    // One order with its lines (NotFound when it does not exist or is not this user's to see).
    Result<Order> order(qint64 orderId);
    Result<Order> orderByNumber(const QString& orderNo);
    Result<QList<OrderEvent>> timeline(qint64 orderId);
    Result<QList<OrderRevisionSnapshot>> revisions(qint64 orderId);
    Result<QList<Confirmation>> confirmations(qint64 orderId);
    // The order's audit entries (who changed which field from what to what), newest first.
    Result<QList<AuditEntry>> history(qint64 orderId);

    // Orders sent to customers and not answered yet, oldest first.
    Result<QList<AwaitingConfirmation>> awaitingConfirmation(int limit = 5000);

    // Whose orders this user sees: 0 = everyone's, else only this salesperson's (-1: no one's).
    qint64 ownOrdersOnlyId();

private:
    // NotFound unless the order exists and this user may see it.
    Status requireVisible(qint64 orderId);

    Session& m_session;
    std::unique_ptr<OrderListRepository> m_list;
};

} // namespace od
