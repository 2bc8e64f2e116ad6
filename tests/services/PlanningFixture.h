#pragma once
// A small shop floor for the planning services' tests: one machining centre of 8 hours a day
// (Monday–Friday), a valve made in two steps on it, and confirmed orders of it. Today is
// Monday 2026-06-01.
#include "ConfirmationService.h"
#include "OrderIntakeService.h"
#include "RoutingRepository.h"
#include "TestDatabase.h"
#include "WorkCentreRepository.h"

#include <gtest/gtest.h>

namespace od::test {

class PlanningFixture : public ::testing::Test
{
protected:
    TestDatabase t{Role::Manager};
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve =
        t.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("铸钢法兰闸阀"), 12'800'000, 30);
    qint64 machiningId = 0;

    void SetUp() override
    {
        WorkCentre centre;
        centre.code = QStringLiteral("JG");
        centre.name = QStringLiteral("机加工");
        centre.hoursPerShift = Hours::fromWhole(8);
        machiningId = *WorkCentreRepository(t.db()).insert(centre);
        // 下料 setup 2 h, then 机加工 1 h per unit: 8 units = 2 h + 8 h on the same centre.
        RoutingStep cut;
        cut.stepNo = 10;
        cut.name = QStringLiteral("下料");
        cut.workCentre = QStringLiteral("JG");
        cut.setupHours = Hours::fromWhole(2);
        RoutingStep machine;
        machine.stepNo = 20;
        machine.name = QStringLiteral("机加工");
        machine.workCentre = QStringLiteral("JG");
        machine.runHoursPerUnit = Hours::fromWhole(1);
        ASSERT_TRUE(RoutingRepository(t.db()).replace(valve, {cut, machine}).has_value());
    }

    // A confirmed order of `units` valves, entered on `orderDate`, asked for on `requested`.
    qint64 confirmedOrder(int units, QDate requested = QDate(2026, 6, 10),
                          QDate orderDate = QDate(2026, 5, 20))
    {
        OrderIntakeService intake(t.session());
        Order o = intake.newDraft();
        o.customerId = customer;
        o.orderDate = orderDate;
        o.requestedDate = requested;
        OrderLine l;
        l.productId = valve;
        l.quantity = Quantity::fromUnits(units);
        l.unitPrice = UnitPrice::fromRaw(12'800'000);
        o.lines << l;
        auto sent = intake.submitForConfirmation(o, true);
        EXPECT_TRUE(sent.has_value() && sent->saved) << (sent ? "" : sent.error().message.toStdString());
        Confirmation c;
        c.contactName = QStringLiteral("陈经理");
        c.confirmedAt = QDateTime(QDate(2026, 5, 30), QTime(10, 0), Qt::UTC);
        auto confirmed = ConfirmationService(t.session()).record(o.id, o.revision, c);
        EXPECT_TRUE(confirmed.has_value()) << confirmed.error().message.toStdString();
        return o.id;
    }
};

} // namespace od::test
