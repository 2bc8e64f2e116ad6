// Progress on plan steps: who may report it, what it refuses, and the order's status following
// the shop floor (planned → in production → ready to ship).
#include "ProgressService.h"
#include "OrderEventText.h"
#include "OrderPlanRepository.h"
#include "OrderQueryService.h"
#include "PlanningFixture.h"
#include "PlanningService.h"

using namespace od;

namespace {

class Progress : public test::PlanningFixture
{
protected:
    qint64 order = 0;

    void SetUp() override
    {
        PlanningFixture::SetUp();
        order = confirmedOrder(8);
        PlanCommitRequest request;
        // 王芳 is responsible for 下料 (step 1); nobody has been given 机加工 (step 2).
        request.choices << StepChoice{1, 10, t.salespersonId, {}};
        ASSERT_TRUE(PlanningService(t.session()).commit(order, request).has_value());
    }

    OrderStatus status() { return OrderQueryService(t.session()).order(order)->status; }

    Result<OrderPlanStep> report(int stepNo, ProgressReport::Action action, int quantity = 0,
                                 const QString& note = {})
    {
        ProgressReport r;
        r.action = action;
        r.quantity = Quantity::fromUnits(quantity);
        r.note = note;
        return ProgressService(t.session()).report(order, stepNo, r);
    }
};

} // namespace

TEST_F(Progress, TheFirstStepStartedPutsTheOrderInProduction)
{
    t.actAs(t.salespersonId); // the step's owner
    auto started = report(1, ProgressReport::Action::Start, 0, QStringLiteral("毛坯到货"));
    ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
    EXPECT_EQ(started->status, PlanStepStatus::Started);
    EXPECT_EQ(started->actualStart, QDate(2026, 6, 1));
    t.actAs(t.managerId);
    EXPECT_EQ(status(), OrderStatus::InProduction);
    const auto timeline = *OrderQueryService(t.session()).timeline(order);
    bool progressNoted = false;
    for (const OrderEvent& e : timeline)
        progressNoted = progressNoted || (e.kind == QStringLiteral("progress") &&
                                          OrderEventText::describe(e).contains(QStringLiteral("毛坯到货")));
    EXPECT_TRUE(progressNoted);
    // Started twice is refused.
    t.actAs(t.salespersonId);
    EXPECT_FALSE(report(1, ProgressReport::Action::Start).has_value());
}

TEST_F(Progress, OnlyTheOwnerOrAManagerReportsAStep)
{
    t.actAs(t.salespersonId);
    auto notTheirs = report(2, ProgressReport::Action::Start);
    ASSERT_FALSE(notTheirs.has_value());
    EXPECT_EQ(notTheirs.error().kind, Error::Kind::Forbidden);
    t.actAs(t.financeId);
    EXPECT_FALSE(report(1, ProgressReport::Action::Start).has_value());
    t.actAs(t.managerId);
    EXPECT_TRUE(report(2, ProgressReport::Action::Start).has_value());
}

TEST_F(Progress, QuantityBeyondThePlannedQuantityIsRefused)
{
    ASSERT_TRUE(report(2, ProgressReport::Action::Done, 5).has_value());
    auto tooMany = report(2, ProgressReport::Action::Done, 4);
    ASSERT_FALSE(tooMany.has_value());
    EXPECT_EQ(tooMany.error().field, QStringLiteral("quantity"));
    EXPECT_TRUE(tooMany.error().message.contains(QStringLiteral("at most 3 more")))
        << tooMany.error().message.toStdString();
    EXPECT_FALSE(report(2, ProgressReport::Action::Done, 0).has_value());
    auto three = report(2, ProgressReport::Action::Done, 3);
    ASSERT_TRUE(three.has_value());
    EXPECT_EQ(three->quantityDone, Quantity::fromUnits(8));
    EXPECT_EQ(three->status, PlanStepStatus::Started);
    EXPECT_FALSE(report(9, ProgressReport::Action::Start).has_value());
    EXPECT_FALSE(report(3, ProgressReport::Action::Start).has_value()); // shipping
}

TEST_F(Progress, TheLastProductionStepFinishedMakesTheOrderReadyToShip)
{
    ASSERT_TRUE(report(1, ProgressReport::Action::Finish).has_value());
    EXPECT_EQ(status(), OrderStatus::InProduction);
    auto finished = report(2, ProgressReport::Action::Finish, 0, QStringLiteral("全部完工"));
    ASSERT_TRUE(finished.has_value()) << finished.error().message.toStdString();
    EXPECT_EQ(finished->quantityDone, Quantity::fromUnits(8));
    EXPECT_EQ(status(), OrderStatus::ReadyToShip);
    auto plan = *OrderPlanRepository(t.db()).committedForOrder(order);
    EXPECT_EQ(plan->steps[1].status, PlanStepStatus::Finished);
    EXPECT_EQ(plan->steps[1].actualFinish, QDate(2026, 6, 1));
    // Nothing more is reported on a finished step, nor on an order past production.
    EXPECT_FALSE(report(2, ProgressReport::Action::Done, 1).has_value());
}
