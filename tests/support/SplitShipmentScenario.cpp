#include "SplitShipmentScenario.h"

#include "CalendarRepository.h"
#include "ConfirmationService.h"
#include "OrderIntakeService.h"
#include "PlanningService.h"
#include "ProgressService.h"
#include "RoutingRepository.h"
#include "WorkCentreRepository.h"

#include <gtest/gtest.h>

namespace od::test {

namespace {

qint64 centre(TestDatabase& db, const QString& code, const QString& name)
{
    WorkCentre c;
    c.code = code;
    c.name = name;
    auto id = WorkCentreRepository(db.db()).insert(c);
    EXPECT_TRUE(id.has_value());
    return id ? *id : 0;
}

void routing(TestDatabase& db, qint64 product, const QString& name, const QString& centreCode)
{
    RoutingStep step;
    step.stepNo = 10;
    step.name = name;
    step.workCentre = centreCode;
    step.runHoursPerUnit = Hours::fromWhole(1);
    EXPECT_TRUE(RoutingRepository(db.db()).replace(product, {step}).has_value());
}

OrderLine line(qint64 product, int units)
{
    OrderLine l;
    l.productId = product;
    l.quantity = Quantity::fromUnits(units);
    l.unitPrice = UnitPrice::fromRaw(12'800'000);
    return l;
}

} // namespace

SplitShipmentScenario SplitShipmentScenario::build(TestDatabase& db, QDate today)
{
    SplitShipmentScenario s;
    s.today = today;
    db.workEveryDayFrom(today);
    s.customerId = db.addCustomer(QStringLiteral("S002"), QStringLiteral("温州华东泵业有限公司"));
    const qint64 pump = db.addProduct(QStringLiteral("IS80-65"), QStringLiteral("离心泵"), 12'800'000, 30);
    const qint64 valve =
        db.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("铸钢法兰闸阀"), 12'800'000, 30);
    centre(db, QStringLiteral("ZP"), QStringLiteral("装配"));
    const qint64 machining = centre(db, QStringLiteral("JG"), QStringLiteral("机加工"));
    routing(db, pump, QStringLiteral("装配"), QStringLiteral("ZP"));
    routing(db, valve, QStringLiteral("机加工"), QStringLiteral("JG"));

    OrderIntakeService intake(db.session());
    Order o = intake.newDraft();
    o.customerId = s.customerId;
    o.orderDate = today.addDays(-12);
    o.requestedDate = today.addDays(6);
    o.lines << line(pump, 2) << line(valve, 40);
    auto sent = intake.submitForConfirmation(o, true);
    EXPECT_TRUE(sent.has_value() && sent->saved) << (sent ? "" : sent.error().message.toStdString());
    Confirmation c;
    c.contactName = QStringLiteral("周经理");
    c.confirmedAt = QDateTime(today.addDays(-2), QTime(10, 0), Qt::UTC);
    auto confirmed = ConfirmationService(db.session()).record(o.id, o.revision, c);
    EXPECT_TRUE(confirmed.has_value()) << (confirmed ? "" : confirmed.error().message.toStdString());
    PlanningService planning(db.session());
    auto planned = planning.commit(o.id, {});
    EXPECT_TRUE(planned.has_value()) << (planned ? "" : planned.error().message.toStdString());
    s.orderId = o.id;
    auto plan = planning.committedPlan(o.id);
    EXPECT_TRUE(plan && *plan);
    if (plan && *plan) {
        EXPECT_EQ((*plan)->promisedDate, today.addDays(5));
        for (int i = 0; i < (*plan)->steps.size(); ++i) {
            if ((*plan)->steps[i].lineNo == 1)
                s.pumpStep = i + 1;
            if ((*plan)->steps[i].lineNo == 2)
                s.valveStep = i + 1;
        }
    }
    s.orderNo = planning.propose(o.id)->orderNo;

    for (int d = 1; d <= 3; ++d) {
        CalendarDay down;
        down.date = today.addDays(d);
        down.kind = CalendarDayKind::Holiday;
        EXPECT_TRUE(CalendarRepository(db.db()).save(down, machining).has_value());
    }
    ProgressReport finish;
    finish.action = ProgressReport::Action::Finish;
    auto done = ProgressService(db.session()).report(s.orderId, s.pumpStep, finish);
    EXPECT_TRUE(done.has_value()) << (done ? "" : done.error().message.toStdString());
    return s;
}

} // namespace od::test
