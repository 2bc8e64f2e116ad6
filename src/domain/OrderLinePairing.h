#pragma once

#include "Order.h"

#include <QList>

#include <utility>

namespace od {

// Which line of one version of an order is which line of another. Lines are paired by line
// number when the product is the same, otherwise by the same product anywhere, so renumbering
// is not a change; what is left over was removed (older) or added (newer). The audit trail,
// the History tab and the comparison of revisions all pair lines here, so they always agree.
struct OrderLinePairing
{
    QList<std::pair<int, int>> pairs; // (index in older, index in newer), in older's order
    QList<int> removed;               // indexes in older
    QList<int> added;                 // indexes in newer

    static OrderLinePairing of(const Order& older, const Order& newer);
};

} // namespace od
