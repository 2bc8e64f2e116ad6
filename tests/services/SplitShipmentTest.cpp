#include "SplitShipmentScenario.h"

#include "InvoicingService.h"
#include "OrderRepository.h"
#include "OrderStatusService.h"
#include "ProgressService.h"
#include "RiskService.h"
#include "ShipmentService.h"
#include "UserRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace od::test {

namespace {

// Logistics ships the finished line of an order still in production, then the rest.
class SplitShipmentTest : public ::testing::Test
{
protected:
    TestDatabase t{Role::Manager};
    SplitShipmentScenario s = SplitShipmentScenario::build(t);
    qint64 logisticsId =
        t.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});
    Session logistics = sessionOf(logisticsId);

    Session sessionOf(qint64 id)
    {
        Session session(t.db(), **UserRepository(t.db()).byId(id));
        session.setToday(s.today);
        return session;
    }

    Shipment draft(const QList<std::pair<int, int>>& lines)
    {
        Shipment d;
        d.orderId = s.orderId;
        d.carrier = QStringLiteral("德邦物流");
        d.shipDate = s.today;
        for (const auto& [lineNo, units] : lines)
            d.lines << ShipmentLine{lineNo, Quantity::fromUnits(units)};
        return d;
    }

    OrderStatus status() { return (*OrderRepository(t.db()).load(s.orderId))->status; }

    void report(int step, ProgressReport::Action action, int units = 0)
    {
        ProgressReport r;
        r.action = action;
        r.quantity = Quantity::fromUnits(units);
        auto done = ProgressService(t.session()).report(s.orderId, step, r);
        ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    }
};

} // namespace

TEST_F(SplitShipmentTest, TheFinishedLineLeavesAndTheOrderStaysInProduction)
{
    ASSERT_EQ(status(), OrderStatus::InProduction);
    ShipmentService service(logistics);
    auto now = service.leavingNow(s.orderId);
    ASSERT_TRUE(now.has_value()) << now.error().message.toStdString();
    EXPECT_EQ(now->value(1), Quantity::fromUnits(2));
    EXPECT_EQ(now->value(2), Quantity());

    auto shipped = service.ship(draft({{1, 2}}));
    ASSERT_TRUE(shipped.has_value()) << shipped.error().message.toStdString();
    EXPECT_EQ(status(), OrderStatus::InProduction);
    auto lines = service.shippableLines(s.orderId);
    ASSERT_TRUE(lines.has_value());
    EXPECT_EQ(lines->at(0).shipped, Quantity::fromUnits(2));
    EXPECT_EQ(lines->at(1).shipped, Quantity());
    EXPECT_EQ(service.leavingNow(s.orderId)->value(1), Quantity());
}

TEST_F(SplitShipmentTest, NoMoreThanProductionFinishedMayLeave)
{
    ShipmentService service(logistics);
    auto unfinished = service.ship(draft({{2, 1}}));
    ASSERT_FALSE(unfinished.has_value());
    EXPECT_EQ(unfinished.error().field, QStringLiteral("lines"));
    EXPECT_EQ(
        unfinished.error().message,
        QStringLiteral("Only 0 of line 2 is finished: %1 is still in production, at most 0 can leave now.")
            .arg(s.orderNo));

    ASSERT_TRUE(service.ship(draft({{1, 2}})).has_value());

    // What the last step of line 2 has done is what can leave of it, and not a unit more.
    report(s.valveStep, ProgressReport::Action::Done, 10);
    EXPECT_EQ(service.leavingNow(s.orderId)->value(2), Quantity::fromUnits(10));
    auto beyond = service.ship(draft({{2, 11}}));
    ASSERT_FALSE(beyond.has_value());
    EXPECT_TRUE(beyond.error().message.startsWith(QStringLiteral("Only 10 of line 2 is finished")));
    ASSERT_TRUE(service.ship(draft({{2, 10}})).has_value());
    EXPECT_EQ(status(), OrderStatus::InProduction);
    auto again = service.ship(draft({{2, 1}}));
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().message,
              QStringLiteral("Only 10 of line 2 is finished and 10 has left already: %1 "
                             "is still in production, at most 0 more can leave now.")
                  .arg(s.orderNo));
    // Nothing was written by the refusals: two shipments, 2 + 10.
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), sum(quantity) FROM shipment_lines")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    EXPECT_EQ(q.value(1).toLongLong(), Quantity::fromUnits(12).raw());
}

TEST_F(SplitShipmentTest, TheRestShipsWhenReadyAndTheOrderMovesOnAsBefore)
{
    ShipmentService service(logistics);
    auto first = service.ship(draft({{1, 2}}));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    ASSERT_TRUE(service.deliver(first->shipmentNo, {s.today, QStringLiteral("周经理"), {}}).has_value());
    EXPECT_EQ(status(), OrderStatus::InProduction); // the first part signed for, the rest in production

    // Not invoiced while in production, not counted as delivered, not cancellable any more.
    auto billable = InvoicingService(t.session()).toInvoice(0, 50);
    ASSERT_TRUE(billable.has_value());
    EXPECT_TRUE(billable->isEmpty());
    QSqlQuery counted(t.db().sql());
    ASSERT_TRUE(counted.exec(QStringLiteral("SELECT count(*) FROM order_deliveries")) && counted.next());
    EXPECT_EQ(counted.value(0).toInt(), 0);
    auto cancelled = OrderStatusService(t.session()).transition(s.orderId, OrderStatus::Cancelled, {});
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("left in shipments")));
    // Still late as a whole: the early warning keeps it.
    RiskService risks(t.session());
    ASSERT_TRUE(risks.recomputeAll().has_value());
    auto risk = risks.forOrder(s.orderId);
    ASSERT_TRUE(risk.has_value()) << risk.error().message.toStdString();
    ASSERT_TRUE(risk->has_value());
    EXPECT_NE((*risk)->level, RiskLevel::OnTrack);

    report(s.valveStep, ProgressReport::Action::Finish);
    EXPECT_EQ(status(), OrderStatus::ReadyToShip);
    auto rest = service.ship(draft({{2, 40}}));
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_EQ(status(), OrderStatus::Shipped);
    logistics.setToday(s.today.addDays(2));
    ASSERT_TRUE(service.deliver(rest->shipmentNo, {s.today.addDays(2), {}, {}}).has_value());
    EXPECT_EQ(status(), OrderStatus::Delivered);
    // Counted on the day its last shipment was signed for, against its promise.
    QSqlQuery delivered(t.db().sql());
    ASSERT_TRUE(delivered.exec(QStringLiteral("SELECT delivered_on, days_late FROM order_deliveries")) &&
                delivered.next());
    EXPECT_EQ(delivered.value(0).toString(), s.today.addDays(2).toString(Qt::ISODate));
    EXPECT_EQ(delivered.value(1).toInt(), 0);
}

TEST_F(SplitShipmentTest, EverythingLeftAheadThenProductionFinishesAndTheOrderHasShipped)
{
    ShipmentService service(logistics);
    report(s.valveStep, ProgressReport::Action::Done, 40); // done, but not reported finished
    auto all = service.ship(draft({{1, 2}, {2, 40}}));
    ASSERT_TRUE(all.has_value()) << all.error().message.toStdString();
    EXPECT_EQ(status(), OrderStatus::InProduction);
    report(s.valveStep, ProgressReport::Action::Finish);
    EXPECT_EQ(status(), OrderStatus::Shipped);
}

} // namespace od::test
