#pragma once

#include "Order.h"

#include <QString>

#include <optional>

namespace od {

// The content of one revision of an order as JSON: what the customer agreed to (customer,
// dates, tax, notes, lines with exact amounts), without bookkeeping fields such as status or
// version. Kept for every replaced revision so revisions can be compared later.
class OrderSnapshot
{
public:
    static QString toJson(const Order& order);
    // Header and lines as stored; ids of lines are not kept.
    static std::optional<Order> fromJson(const QString& json);
    // True when the two orders have the same content (what a new revision would be about).
    static bool sameContent(const Order& a, const Order& b);
};

} // namespace od
