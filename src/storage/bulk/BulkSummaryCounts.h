#pragma once

#include "BulkOrder.h"

#include <QHash>
#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace od {

// How an order delivered or completed counts in the on-time report (order_deliveries, migration
// 030): the day it counts on and its whole days late (0: on time or no promise).
struct BulkDelivery
{
    std::string_view deliveredOn; // borrowed from the order's shipments or events
    qint64 daysLate = 0;
};

// What the bulk loader writes beside an order for the running summaries.
struct BulkOrderFacts
{
    std::string_view firstShipped;        // the day it first shipped (order_shipments), "" none
    std::optional<BulkDelivery> delivery; // its order_deliveries row, if it counts as delivered
};

// The dashboard's and the on-time report's running summaries worked out in memory as the bulk
// loader writes each order: the same figures as the triggers of migrations 015, 029 and 030 give
// for the same rows, so the load need not count them again from millions of orders, events,
// shipments and lines. An order has no review yet (cause ''), and no plan (no work centre).
class BulkSummaryCounts
{
public:
    // The order's first shipping day and delivery, as the triggers would record them.
    static BulkOrderFacts facts(const BulkOrder& order);

    // Counts the order in every summary; what facts() gives for it.
    BulkOrderFacts add(const BulkOrder& order);
    // Adds the counts to the summary tables (to what they hold already); SQLITE_OK or the error.
    int write(sqlite3* conn) const;

    struct Totals
    {
        qint64 orders = 0;
        qint64 total = 0;
    };
    struct Shipped
    {
        qint64 shipped = 0;
        qint64 onTime = 0;
        qint64 withoutPromise = 0;
    };
    struct Figures
    {
        qint64 delivered = 0;
        qint64 onTime = 0;
        qint64 late = 0;
        qint64 daysLate = 0;
    };
    // order_month_totals (customerId 0) and customer_month_totals.
    struct MonthKey
    {
        std::string month;
        qint64 customerId = 0;
        std::string status;
        qint64 salespersonId = 0;
        std::string currency;
        bool operator==(const MonthKey&) const = default;
    };
    // shipment_month_totals (customerId 0, productId 0), on_time_day_counts (productId 0) and
    // on_time_product_days (customerId and salespersonId 0).
    struct DayKey
    {
        std::string day;
        qint64 customerId = 0;
        qint64 salespersonId = 0;
        qint64 productId = 0;
        bool operator==(const DayKey&) const = default;
    };

    // The counts keyed by texts, as the summary tables hold them.
    QHash<MonthKey, Totals> orderMonths() const;
    QHash<MonthKey, Totals> customerMonths() const;
    QHash<DayKey, Shipped> shipmentMonths() const;
    QHash<DayKey, Figures> onTimeDays() const;
    QHash<DayKey, Figures> onTimeProductDays() const;

    // A day or a month (at most 16 bytes) held in two words, a status or a currency as its place in
    // a short list: counting a million orders then hashes and compares integers, not texts.
    struct Text16
    {
        quint64 low = 0, high = 0;
        bool operator==(const Text16&) const = default;
    };
    struct MonthCell
    {
        Text16 month;
        qint64 customerId = 0;
        int status = 0;
        qint64 salespersonId = 0;
        int currency = 0;
        bool operator==(const MonthCell&) const = default;
    };
    struct DayCell
    {
        Text16 day;
        qint64 customerId = 0;
        qint64 salespersonId = 0;
        qint64 productId = 0;
        bool operator==(const DayCell&) const = default;
    };

private:
    static int code(std::string_view text, std::vector<std::string>& known);
    MonthKey monthKey(const MonthCell& cell) const;
    static DayKey dayKey(const DayCell& cell);

    std::vector<std::string> m_statuses;
    std::vector<std::string> m_currencies;
    QHash<MonthCell, Totals> m_orderMonths;
    QHash<MonthCell, Totals> m_customerMonths;
    QHash<DayCell, Shipped> m_shipmentMonths;
    QHash<DayCell, Figures> m_onTimeDays;
    QHash<DayCell, Figures> m_onTimeProductDays;
};

size_t qHash(const BulkSummaryCounts::MonthCell& key, size_t seed = 0);
size_t qHash(const BulkSummaryCounts::DayCell& key, size_t seed = 0);
size_t qHash(const BulkSummaryCounts::MonthKey& key, size_t seed = 0);
size_t qHash(const BulkSummaryCounts::DayKey& key, size_t seed = 0);

} // namespace od
