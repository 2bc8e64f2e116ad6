#pragma once

#include "ChangeRequest.h"
#include "Error.h"
#include "Order.h"

#include <QCoreApplication>
#include <QMap>

namespace od {

// The rules of a change request, pure: which orders may be changed, what a request must say, and
// the order as the change would make it. `shipped` is what has left of each line already (by
// line number).
class ChangeRules
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRules)

public:
    static constexpr int MaxTextLength = 2000;

    // The order is confirmed or later and not shipped in full.
    static Status checkOrder(const Order& order, bool everyLineShipped);
    // The request says why and what, and its parts fit the order as it is.
    static Status checkRequest(const ChangeRequest& request, const Order& order,
                               const QMap<int, Quantity>& shipped);
    // The order with the change applied and its totals computed as an order's are (per line,
    // half away from zero; tax per document). For a cancellation: the order unchanged.
    static Result<Order> apply(const ChangeRequest& request, const Order& order);

    // Text typed for a line's new quantity or price, refused with the line it is about when it
    // is not a number, has more decimals than the unit allows, or is out of range.
    static Result<Quantity> parseQuantity(const QString& text, const QString& what);
    static Result<UnitPrice> parsePrice(const QString& text, const QString& what);
    static Result<Money> parseAmount(const QString& text, const QString& what);
};

} // namespace od
