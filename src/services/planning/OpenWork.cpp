#include "OpenWork.h"

#include "OrderPlanRepository.h"
#include "RemainingWork.h"

namespace od {

Result<QList<OrderDemand>> OpenWork::demands(Session& session)
{
    auto steps = OrderPlanRepository(session.db()).committedOpenSteps();
    if (!steps)
        return std::unexpected(steps.error());
    const QDate today = session.today();
    QList<OrderDemand> orders;
    for (const CommittedPlanStep& row : std::as_const(*steps)) {
        if (orders.isEmpty() || orders.last().orderId != row.orderId) {
            OrderDemand order;
            order.orderId = row.orderId;
            order.orderNo = row.orderNo;
            order.orderDate = row.orderDate;
            order.requestedDate = row.requestedDate;
            order.promisedDate = row.promisedDate;
            orders << order;
        }
        const auto left = RemainingWork::of(row.step, today);
        if (!left)
            continue;
        OrderDemand& order = orders.last();
        if (order.lines.isEmpty() || order.lines.last().lineNo != row.step.lineNo) {
            LineDemand line;
            line.lineNo = row.step.lineNo;
            line.quantity = row.step.quantity;
            order.lines << line;
        }
        order.lines.last().steps << *left;
    }
    // Orders whose production is all done have nothing left to plan.
    orders.removeIf([](const OrderDemand& o) { return o.lines.isEmpty(); });
    return orders;
}

} // namespace od
