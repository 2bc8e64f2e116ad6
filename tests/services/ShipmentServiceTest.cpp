#include "ShipmentService.h"
#include "AuditService.h"
#include "CreditControlService.h"
#include "MyWorkService.h"
#include "OrderEventText.h"
#include "OrderQueryService.h"
#include "OrderRepository.h"
#include "OrderStatusService.h"
#include "OrderValidator.h"
#include "PeriodCloseService.h"
#include "ShipmentRepository.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

namespace {

// A logistics clerk ships orders that production reported ready (today is 2026-06-01).
class Shipping : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager};
    qint64 logisticsId =
        t.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});
    Session logistics = sessionOf(logisticsId);
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000);
    qint64 order = addOrder(customer, OrderStatus::ReadyToShip, {10, 4});

    Session sessionOf(qint64 id)
    {
        Session s(t.db(), **UserRepository(t.db()).byId(id));
        s.setToday(QDate(2026, 6, 1));
        return s;
    }

    // An order production has finished, with lines of these units, stored as it stands.
    qint64 addOrder(qint64 customerId, OrderStatus status, const QList<int>& units)
    {
        static int next = 0;
        Order o;
        o.orderNo = QStringLiteral("SO-2026-%1").arg(++next, 6, 10, QLatin1Char('0'));
        o.customerId = customerId;
        o.salespersonId = t.salespersonId;
        o.status = status;
        o.orderDate = QDate(2026, 4, 1);
        o.promisedDate = QDate(2026, 6, 10);
        for (int u : units) {
            OrderLine l;
            l.productId = valve;
            l.quantity = Quantity::fromUnits(u);
            l.unit = QStringLiteral("台");
            l.unitPrice = UnitPrice::fromRaw(9'800'000);
            o.lines << l;
        }
        OrderValidator::recalculate(o);
        Transaction tx(t.db());
        EXPECT_TRUE(OrderRepository(t.db()).insert(o).has_value());
        EXPECT_TRUE(tx.commit().has_value());
        return o.id;
    }

    Shipment draft(qint64 orderId, const QList<std::pair<int, int>>& lines, QDate date = QDate(2026, 6, 1))
    {
        Shipment s;
        s.orderId = orderId;
        s.carrier = QStringLiteral("顺丰速运");
        s.trackingNo = QStringLiteral("SF1234567890");
        s.shipDate = date;
        for (const auto& [lineNo, units] : lines)
            s.lines << ShipmentLine{lineNo, Quantity::fromUnits(units)};
        return s;
    }

    OrderStatus status(qint64 orderId) { return (*OrderRepository(t.db()).load(orderId))->status; }
    int shipmentCount(qint64 orderId) { return int(ShipmentRepository(t.db()).forOrder(orderId)->size()); }
};

} // namespace

TEST_F(Shipping, AnOrderLeavesInPartsAndBecomesShippedThenDeliveredByItself)
{
    ShipmentService service(logistics);
    auto first = service.ship(draft(order, {{1, 6}}));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->shipmentNo, QStringLiteral("SHP-2026-000001"));
    EXPECT_EQ(status(order), OrderStatus::ReadyToShip); // 4 + 4 still to go
    auto left = service.shippableLines(order);
    ASSERT_TRUE(left.has_value());
    EXPECT_EQ(left->at(0).remaining(), Quantity::fromUnits(4));
    EXPECT_EQ(left->at(1).remaining(), Quantity::fromUnits(4));

    auto second = service.ship(draft(order, {{1, 4}, {2, 4}}));
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    EXPECT_EQ(second->shipmentNo, QStringLiteral("SHP-2026-000002"));
    EXPECT_EQ(status(order), OrderStatus::Shipped);

    auto delivered = service.deliver(first->shipmentNo, {QDate(2026, 6, 1), QStringLiteral("张经理"),
                                                         QStringLiteral("签收单扫描 0601.pdf")});
    ASSERT_TRUE(delivered.has_value()) << delivered.error().message.toStdString();
    EXPECT_EQ(status(order), OrderStatus::Shipped); // the second is still on its way
    ASSERT_TRUE(service.deliver(second->shipmentNo, {QDate(2026, 6, 1), {}, {}}).has_value());
    EXPECT_EQ(status(order), OrderStatus::Delivered);

    // The timeline tells the story, in order.
    auto timeline = OrderQueryService(t.session()).timeline(order);
    ASSERT_TRUE(timeline.has_value());
    QStringList kinds;
    for (const OrderEvent& e : *timeline)
        kinds << e.kind;
    EXPECT_EQ(kinds.count(QStringLiteral("shipped")), 2);
    EXPECT_EQ(kinds.count(QStringLiteral("delivered")), 2);
    EXPECT_EQ(kinds.count(QStringLiteral("status_changed")), 2);
    bool signedBy = false;
    for (const OrderEvent& e : *timeline)
        signedBy |= e.kind == QLatin1String("delivered") &&
                    OrderEventText::describe(e).contains(QStringLiteral("张经理"));
    EXPECT_TRUE(signedBy);
    // And the audit trail who did it.
    auto history = OrderQueryService(t.session()).history(order);
    ASSERT_TRUE(history.has_value());
    int ships = 0, deliveries = 0;
    for (const AuditEntry& a : *history) {
        ships += a.action == QLatin1String("order.ship");
        deliveries += a.action == QLatin1String("order.deliver");
        if (a.action == QLatin1String("order.ship")) {
            EXPECT_EQ(a.userName, QStringLiteral("qian"));
        }
    }
    EXPECT_EQ(ships, 2);
    EXPECT_EQ(deliveries, 2);
}

TEST_F(Shipping, MoreThanIsLeftZeroOrAnUnknownLineIsRefusedAndNothingIsSaved)
{
    ShipmentService service(logistics);
    auto tooMuch = service.ship(draft(order, {{1, 11}}));
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("lines"));
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("10")))
        << tooMuch.error().message.toStdString();
    ASSERT_TRUE(service.ship(draft(order, {{1, 8}})).has_value());
    auto moreThanLeft = service.ship(draft(order, {{1, 3}}));
    ASSERT_FALSE(moreThanLeft.has_value());
    EXPECT_TRUE(moreThanLeft.error().message.contains(QStringLiteral("2")))
        << moreThanLeft.error().message.toStdString();
    for (int units : {0, -1}) {
        auto refused = service.ship(draft(order, {{2, units}}));
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().field, QStringLiteral("lines"));
    }
    EXPECT_FALSE(service.ship(draft(order, {{3, 1}})).has_value());
    Shipment noCarrier = draft(order, {{2, 1}});
    noCarrier.carrier = QStringLiteral("  ");
    auto missing = service.ship(noCarrier);
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().field, QStringLiteral("carrier"));
    auto future = service.ship(draft(order, {{2, 1}}, QDate(2026, 6, 2)));
    ASSERT_FALSE(future.has_value());
    EXPECT_EQ(future.error().field, QStringLiteral("ship_date"));
    EXPECT_EQ(shipmentCount(order), 1);
    // The refused ones used no number.
    auto next = service.ship(draft(order, {{2, 4}}));
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->shipmentNo, QStringLiteral("SHP-2026-000002"));
}

TEST_F(Shipping, AnOrderNotReadyOrOnHoldDoesNotLeave)
{
    ShipmentService service(logistics);
    for (OrderStatus s : {OrderStatus::Planned, OrderStatus::OnHold, OrderStatus::Shipped}) {
        const qint64 notReady = addOrder(customer, s, {2});
        auto refused = service.ship(draft(notReady, {{1, 1}}));
        ASSERT_FALSE(refused.has_value()) << OrderStatusInfo::key(s).toStdString();
        EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
        EXPECT_TRUE(refused.error().message.contains(OrderStatusInfo::displayName(s)));
        EXPECT_EQ(shipmentCount(notReady), 0);
    }
    // In production, only what production finished may leave: here nothing.
    const qint64 inProduction = addOrder(customer, OrderStatus::InProduction, {2});
    auto refused = service.ship(draft(inProduction, {{1, 1}}));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Invalid);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("Only 0 of line 1 is finished")))
        << refused.error().message.toStdString();
    EXPECT_EQ(shipmentCount(inProduction), 0);
}

TEST_F(Shipping, NothingLeavesForACustomerOnCreditHoldUntilAManagerReleasesIt)
{
    const qint64 overLimit = t.addCustomer(QStringLiteral("C002"), QStringLiteral("温州瓯江泵业"), 100'00);
    const qint64 held = addOrder(overLimit, OrderStatus::ReadyToShip, {2});
    auto refused = ShipmentService(logistics).ship(draft(held, {{1, 2}}));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("credit hold")) ||
                refused.error().message.contains(QStringLiteral("信用")));
    EXPECT_EQ(shipmentCount(held), 0);
    ASSERT_TRUE(CreditControlService(t.session())
                    .release(overLimit, QStringLiteral("客户已承诺月底付款"), QDate(2026, 6, 30))
                    .has_value());
    auto shipped = ShipmentService(logistics).ship(draft(held, {{1, 2}}));
    ASSERT_TRUE(shipped.has_value()) << shipped.error().message.toStdString();
    EXPECT_EQ(status(held), OrderStatus::Shipped);
}

TEST_F(Shipping, DeliveringTwiceBeforeItLeftOrInAClosedMonthIsRefused)
{
    ShipmentService service(logistics);
    auto shipment = service.ship(draft(order, {{1, 10}, {2, 4}}, QDate(2026, 5, 28)));
    ASSERT_TRUE(shipment.has_value()) << shipment.error().message.toStdString();
    auto early = service.deliver(shipment->shipmentNo, {QDate(2026, 5, 27), {}, {}});
    ASSERT_FALSE(early.has_value());
    EXPECT_EQ(early.error().field, QStringLiteral("delivered_on"));
    ASSERT_TRUE(PeriodCloseService(t.session()).closeMonth(QDate(2026, 5, 1)).has_value());
    auto closed = service.deliver(shipment->shipmentNo, {QDate(2026, 5, 30), {}, {}});
    ASSERT_FALSE(closed.has_value());
    EXPECT_TRUE(closed.error().message.contains(QStringLiteral("2026-05")))
        << closed.error().message.toStdString();
    // A shipment dated in the closed month is refused too.
    const qint64 another = addOrder(customer, OrderStatus::ReadyToShip, {1});
    EXPECT_FALSE(service.ship(draft(another, {{1, 1}}, QDate(2026, 5, 29))).has_value());

    ASSERT_TRUE(
        service.deliver(shipment->shipmentNo, {QDate(2026, 6, 1), QStringLiteral("李工"), {}}).has_value());
    auto twice = service.deliver(shipment->shipmentNo, {QDate(2026, 6, 1), {}, {}});
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("李工")));
    EXPECT_FALSE(service.deliver(QStringLiteral("SHP-2026-999999"), {QDate(2026, 6, 1), {}, {}}).has_value());
}

TEST_F(Shipping, ShippedAndDeliveredAreNoLongerPlainStatusChanges)
{
    // The manager may move orders along, but not past the shipments.
    auto refused = OrderStatusService(t.session()).transition(order, OrderStatus::Shipped);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Shipments")));
    EXPECT_EQ(status(order), OrderStatus::ReadyToShip);
    ASSERT_TRUE(ShipmentService(logistics).ship(draft(order, {{1, 10}, {2, 4}})).has_value());
    EXPECT_FALSE(OrderStatusService(t.session()).transition(order, OrderStatus::Delivered).has_value());
    EXPECT_EQ(status(order), OrderStatus::Shipped);
    // The way on that is offered is the Shipments page's, not a plain status change.
    auto actions = OrderStatusService(t.session()).actions(order);
    ASSERT_TRUE(actions.has_value());
    bool offered = false;
    for (const StatusAction& a : *actions)
        if (a.to == OrderStatus::Delivered) {
            offered = true;
            EXPECT_EQ(a.route, TransitionRoute::Shipping);
        }
    EXPECT_TRUE(offered);
}

TEST_F(Shipping, OnlyLogisticsAndManagementShip)
{
    Session salesperson = sessionOf(t.salespersonId);
    Session finance = sessionOf(t.financeId);
    for (Session* s : {&salesperson, &finance}) {
        auto refused = ShipmentService(*s).ship(draft(order, {{1, 1}}));
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
        EXPECT_FALSE(ShipmentService(*s).readyToShip().has_value());
    }
    EXPECT_EQ(shipmentCount(order), 0);
    auto byManager = ShipmentService(t.session()).ship(draft(order, {{1, 1}}));
    EXPECT_TRUE(byManager.has_value());
    // The salesperson sees the shipments of their own order.
    auto seen = ShipmentService(salesperson).forOrder(order);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->size(), 1);
}

TEST_F(Shipping, LogisticsFindsTheReadyOrdersInMyWorkEarliestPromiseFirst)
{
    const qint64 later = addOrder(customer, OrderStatus::ReadyToShip, {1});
    {
        Transaction tx(t.db());
        QSqlQuery q(t.db().sql());
        q.prepare(QStringLiteral("UPDATE orders SET promised_date = '2026-05-20' WHERE id = ?"));
        q.addBindValue(later);
        ASSERT_TRUE(q.exec());
        ASSERT_TRUE(tx.commit().has_value());
    }
    addOrder(customer, OrderStatus::InProduction, {1});
    auto work = MyWorkService(logistics).items();
    ASSERT_TRUE(work.has_value());
    QList<qint64> toShip;
    for (const WorkItem& w : *work)
        if (w.kind == WorkItemKind::Ship)
            toShip << w.orderId;
    EXPECT_EQ(toShip, (QList<qint64>{later, order}));
    // Shipped in full, it leaves the list.
    ASSERT_TRUE(ShipmentService(logistics).ship(draft(later, {{1, 1}})).has_value());
    work = MyWorkService(logistics).items();
    ASSERT_TRUE(work.has_value());
    for (const WorkItem& w : *work)
        EXPECT_NE(w.orderId, later);
    // A salesperson has no shipping to do.
    Session salesperson = sessionOf(t.salespersonId);
    auto sales = MyWorkService(salesperson).items();
    ASSERT_TRUE(sales.has_value());
    for (const WorkItem& w : *sales)
        EXPECT_NE(w.kind, WorkItemKind::Ship);
}

TEST_F(Shipping, TheDeliveryNoteGoesToTheOrdersOwnAddressWhenItHasOne)
{
    ShipmentService service(logistics);
    auto first = service.ship(draft(order, {{1, 6}}));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    auto note = service.deliveryNote(first->shipmentNo);
    ASSERT_TRUE(note.has_value());
    const QString customersAddress = note->customer.address;

    Order o = **OrderRepository(t.db()).load(order);
    o.deliveryAddress = QStringLiteral("宁波市北仑区明州路 88 号 2 号门");
    {
        Transaction tx(t.db());
        ASSERT_TRUE(OrderRepository(t.db()).update(o).has_value());
        ASSERT_TRUE(tx.commit().has_value());
    }
    EXPECT_EQ((*OrderRepository(t.db()).load(order))->deliveryAddress, o.deliveryAddress);
    note = service.deliveryNote(first->shipmentNo);
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(note->customer.address, QStringLiteral("宁波市北仑区明州路 88 号 2 号门"));
    EXPECT_NE(note->customer.address, customersAddress);
}
