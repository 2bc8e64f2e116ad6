#pragma once

#include "AuditEntry.h"
#include "Order.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Field-by-field differences between two versions of an order, for the audit trail, the
// History tab and the comparison of revisions. Values are shown as a person reads them
// (money as decimals, dates ISO, products by SKU).
class OrderDiff
{
    Q_DECLARE_TR_FUNCTIONS(OrderDiff)

public:
    static QList<FieldChange> diff(const Order& before, const Order& after);
    // Every field of a new order (before = empty).
    static QList<FieldChange> created(const Order& order);
};

} // namespace od
