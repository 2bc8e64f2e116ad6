#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od {

// How the on-time report (准时交付) groups the orders delivered in its period. An order with
// several products, or whose plan passed several work centres, counts in each of their groups;
// by cause, an order not reviewed counts under no cause.
enum class OnTimeGrouping
{
    Customer,
    Product,
    Salesperson,
    WorkCentre,
    Cause
};

class OnTimeGroupingInfo
{
public:
    static QList<OnTimeGrouping> all();
    static QString key(OnTimeGrouping grouping);
    static std::optional<OnTimeGrouping> fromKey(QStringView key);
    static QString displayName(OnTimeGrouping grouping);
};

} // namespace od
