#include "OvertimeScenario.h"

#include "CalendarRepository.h"
#include "ConfirmationService.h"
#include "OrderIntakeService.h"
#include "PlanningService.h"
#include "RoutingRepository.h"
#include "WorkCentreRepository.h"

#include <gtest/gtest.h>

namespace od::test {

namespace {

qint64 confirmedOrder(TestDatabase& db, qint64 customer, qint64 product, int units, QDate requested)
{
    const QDate today = db.session().today();
    OrderIntakeService intake(db.session());
    Order o = intake.newDraft();
    o.customerId = customer;
    o.orderDate = today.addDays(-12);
    o.requestedDate = requested;
    OrderLine l;
    l.productId = product;
    l.quantity = Quantity::fromUnits(units);
    l.unitPrice = UnitPrice::fromRaw(12'800'000);
    o.lines << l;
    auto sent = intake.submitForConfirmation(o, true);
    EXPECT_TRUE(sent.has_value() && sent->saved) << (sent ? "" : sent.error().message.toStdString());
    Confirmation c;
    c.contactName = QStringLiteral("陈经理");
    c.confirmedAt = QDateTime(today.addDays(-2), QTime(10, 0), Qt::UTC);
    auto confirmed = ConfirmationService(db.session()).record(o.id, o.revision, c);
    EXPECT_TRUE(confirmed.has_value()) << (confirmed ? "" : confirmed.error().message.toStdString());
    auto planned = PlanningService(db.session()).commit(o.id, {});
    EXPECT_TRUE(planned.has_value()) << (planned ? "" : planned.error().message.toStdString());
    return o.id;
}

} // namespace

OvertimeScenario OvertimeScenario::build(TestDatabase& db, QDate today)
{
    OvertimeScenario s;
    s.today = today;
    db.workEveryDayFrom(today);
    const qint64 customer = db.addCustomer(QStringLiteral("S001"), QStringLiteral("宁波港信阀门有限公司"));
    const qint64 valve = s.valveId =
        db.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("铸钢法兰闸阀"), 12'800'000, 30);
    const qint64 pump = db.addProduct(QStringLiteral("IS80-65"), QStringLiteral("离心泵"), 12'800'000, 30);
    WorkCentre machining;
    machining.code = QStringLiteral("JG");
    machining.name = QStringLiteral("机加工");
    s.machiningId = *WorkCentreRepository(db.db()).insert(machining);
    WorkCentre assembly;
    assembly.code = QStringLiteral("ZP");
    assembly.name = QStringLiteral("装配");
    EXPECT_TRUE(WorkCentreRepository(db.db()).insert(assembly).has_value());
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
    EXPECT_TRUE(RoutingRepository(db.db()).replace(valve, {cut, machine}).has_value());
    RoutingStep assemble;
    assemble.stepNo = 10;
    assemble.name = QStringLiteral("装配");
    assemble.workCentre = QStringLiteral("ZP");
    assemble.runHoursPerUnit = Hours::fromWhole(1);
    EXPECT_TRUE(RoutingRepository(db.db()).replace(pump, {assemble}).has_value());

    s.orderA = confirmedOrder(db, customer, valve, 24, today.addDays(4));
    s.orderB = confirmedOrder(db, customer, pump, 1, today.addDays(29));
    if (auto plan = PlanningService(db.session()).committedPlan(s.orderA); plan && *plan)
        EXPECT_EQ((*plan)->promisedDate, today.addDays(4));
    else
        ADD_FAILURE() << "order A has no committed plan";
    s.orderNoA = PlanningService(db.session()).propose(s.orderA)->orderNo;

    CalendarDay down;
    down.date = today.addDays(1);
    down.kind = CalendarDayKind::Holiday;
    EXPECT_TRUE(CalendarRepository(db.db()).save(down, s.machiningId).has_value());
    return s;
}

void OvertimeScenario::addLathe(TestDatabase& db)
{
    WorkCentre lathe;
    lathe.code = QStringLiteral("SK");
    lathe.name = QStringLiteral("数控");
    latheId = *WorkCentreRepository(db.db()).insert(lathe);
    auto routing = RoutingRepository(db.db()).forProduct(valveId);
    ASSERT_TRUE(routing.has_value() && routing->steps.size() == 2);
    routing->steps[1].alternatives = {QStringLiteral("SK")};
    ASSERT_TRUE(RoutingRepository(db.db()).replace(valveId, routing->steps).has_value());
}

} // namespace od::test
