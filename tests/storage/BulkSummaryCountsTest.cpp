// The summaries the demo load counts in memory: each order's first shipping day and delivery as
// the triggers would record them, and the per-month and per-day counts.
#include "BulkSummaryCounts.h"
#include "BulkDates.h"

#include <gtest/gtest.h>

#include <array>

using namespace od;

namespace {

constexpr std::string_view kShipped = R"({"from":"ready_to_ship","to":"shipped"})";
constexpr std::string_view kDelivered = R"({"from":"shipped","to":"delivered"})";

BulkOrder order(std::string_view status, std::string_view promised)
{
    BulkOrder o;
    o.customerId = 3;
    o.salespersonId = 2;
    o.status = status;
    o.orderDate = "2026-04-20";
    o.promisedDate = promised;
    o.currency = "CNY";
    o.totalMinor = 120'000;
    return o;
}

} // namespace

TEST(BulkSummaryCounts, DatesCountInDaysSinceTheEpochAndAnythingElseIsNoDate)
{
    EXPECT_EQ(BulkDates::epochDay("1970-01-01"), 0);
    EXPECT_EQ(BulkDates::epochDay("2026-03-01").value() - BulkDates::epochDay("2026-02-28").value(), 1);
    EXPECT_EQ(BulkDates::epochDay("2024-03-01").value() - BulkDates::epochDay("2024-02-28").value(), 2);
    EXPECT_FALSE(BulkDates::epochDay("2026-13-01"));
    EXPECT_FALSE(BulkDates::epochDay("2026-05-1"));
    EXPECT_FALSE(BulkDates::epochDay(""));
}

TEST(BulkSummaryCounts, ADeliveredOrderCountsOnItsLastSignatureWithItsDaysLate)
{
    BulkOrder o = order("delivered", "2026-05-10");
    const std::array events = {
        BulkOrderEvent{"2026-05-06T02:00:00Z", 1, "status_changed", 1, kShipped},
        BulkOrderEvent{"2026-05-04T02:00:00Z", 1, "status_changed", 1, kShipped},
        BulkOrderEvent{"2026-05-13T02:00:00Z", 1, "status_changed", 1, kDelivered},
    };
    const std::array shipments = {BulkShipment{"SHP-1", "2026-05-04", "", "", "2026-05-08"},
                                  BulkShipment{"SHP-2", "2026-05-06", "", "", "2026-05-13"},
                                  BulkShipment{"SHP-3", "2026-05-06", "", "", ""}};
    const std::array lines = {BulkOrderLine{7}, BulkOrderLine{9}, BulkOrderLine{7}};
    o.events = events;
    o.shipments = shipments;
    o.lines = lines;

    BulkSummaryCounts counts;
    const BulkOrderFacts facts = counts.add(o);
    EXPECT_EQ(facts.firstShipped, "2026-05-04"); // the earliest status change to shipped
    ASSERT_TRUE(facts.delivery.has_value());
    EXPECT_EQ(facts.delivery->deliveredOn, "2026-05-13"); // the last signature; one still in transit
    EXPECT_EQ(facts.delivery->daysLate, 3);

    const auto& days = counts.onTimeDays();
    ASSERT_EQ(days.size(), 1);
    const auto& day = days.value(BulkSummaryCounts::DayKey{"2026-05-13", 3, 2, 0});
    EXPECT_EQ(day.delivered, 1);
    EXPECT_EQ(day.onTime, 0);
    EXPECT_EQ(day.late, 1);
    EXPECT_EQ(day.daysLate, 3);
    // Once per product: product 7 is on two lines.
    EXPECT_EQ(counts.onTimeProductDays().size(), 2);
    EXPECT_EQ(counts.onTimeProductDays().value(BulkSummaryCounts::DayKey{"2026-05-13", 0, 0, 7}).delivered,
              1);
    // The first shipment was on time for its promise.
    const auto shipped = counts.shipmentMonths().value(BulkSummaryCounts::DayKey{"2026-05", 0, 2, 0});
    EXPECT_EQ(shipped.shipped, 1);
    EXPECT_EQ(shipped.onTime, 1);
    EXPECT_EQ(shipped.withoutPromise, 0);
    const auto month =
        counts.customerMonths().value(BulkSummaryCounts::MonthKey{"2026-04", 3, "delivered", 2, "CNY"});
    EXPECT_EQ(month.orders, 1);
    EXPECT_EQ(month.total, 120'000);
    EXPECT_EQ(
        counts.orderMonths().value(BulkSummaryCounts::MonthKey{"2026-04", 0, "delivered", 2, "CNY"}).total,
        120'000);
}

TEST(BulkSummaryCounts, WithoutASignatureACompletedOrderCountsOnTheDayItFirstShipped)
{
    BulkOrder o = order("completed", "");
    const std::array events = {BulkOrderEvent{"2026-05-20T09:00:00Z", 1, "status_changed", 1, kShipped}};
    o.events = events;
    BulkSummaryCounts counts;
    const BulkOrderFacts facts = counts.add(o);
    ASSERT_TRUE(facts.delivery.has_value());
    EXPECT_EQ(facts.delivery->deliveredOn, "2026-05-20");
    EXPECT_EQ(facts.delivery->daysLate, 0); // no promise: on time
    EXPECT_EQ(counts.onTimeDays().value(BulkSummaryCounts::DayKey{"2026-05-20", 3, 2, 0}).onTime, 1);
    EXPECT_EQ(counts.shipmentMonths().value(BulkSummaryCounts::DayKey{"2026-05", 0, 2, 0}).withoutPromise, 1);
}

TEST(BulkSummaryCounts, AShippedOrderHasAFirstShipmentButNoDeliveryAndAnOpenOneNeither)
{
    BulkOrder shipped = order("shipped", "2026-05-01");
    const std::array events = {BulkOrderEvent{"2026-05-02T09:00:00Z", 1, "status_changed", 1, kShipped}};
    shipped.events = events;
    BulkSummaryCounts counts;
    const BulkOrderFacts facts = counts.add(shipped);
    EXPECT_EQ(facts.firstShipped, "2026-05-02");
    EXPECT_FALSE(facts.delivery.has_value());
    EXPECT_EQ(counts.shipmentMonths().value(BulkSummaryCounts::DayKey{"2026-05", 0, 2, 0}).onTime, 0); // late

    const BulkOrderFacts open = counts.add(order("in_production", "2026-06-01"));
    EXPECT_TRUE(open.firstShipped.empty());
    EXPECT_FALSE(open.delivery.has_value());
    EXPECT_TRUE(counts.onTimeDays().isEmpty());
    EXPECT_EQ(counts.orderMonths().size(), 2); // shipped and in production
}
