// Changing a committed plan: a step given to someone else, a step not started moved later with
// the steps after it and shipping following, the load and the promise with them.
#include "AuditRepository.h"
#include "OrderPlanRepository.h"
#include "OrderQueryService.h"
#include "PlanningFixture.h"
#include "PlanningService.h"
#include "ProgressService.h"

using namespace od;

namespace {

class PlanChange : public test::PlanningFixture
{
protected:
    qint64 order = 0;

    void SetUp() override
    {
        PlanningFixture::SetUp();
        // 下料 2 h on Monday 2026-06-01, 机加工 8 h on Tuesday, shipped on Wednesday the 3rd.
        order = confirmedOrder(8);
        auto committed = PlanningService(t.session()).commit(order, PlanCommitRequest{});
        ASSERT_TRUE(committed.has_value()) << committed.error().message.toStdString();
        ASSERT_EQ(committed->plan.steps.size(), 3);
        ASSERT_EQ(committed->plan.steps[1].plannedStart, QDate(2026, 6, 2));
        ASSERT_EQ(committed->promisedDate, QDate(2026, 6, 3));
    }

    Hours plannedOn(const QDate& day)
    {
        auto rows = PlanningService(t.session()).load(day, day);
        EXPECT_TRUE(rows.has_value() && rows->size() == 1);
        return rows && !rows->isEmpty() ? rows->first().planned : Hours();
    }
};

} // namespace

TEST_F(PlanChange, AStepMovedLaterTakesTheStepsAfterItAndTheLoadAlong)
{
    PlanStepChange change;
    change.stepNo = 2;
    change.notBefore = QDate(2026, 6, 8);
    // Shipping would follow on the 9th, after the promised 3rd: refused unless the promise moves.
    auto refused = PlanningService(t.session()).changeCommitted(order, change);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours::fromWhole(8)); // nothing changed

    change.movePromise = true;
    auto moved = PlanningService(t.session()).changeCommitted(order, change);
    ASSERT_TRUE(moved.has_value()) << moved.error().message.toStdString();
    EXPECT_EQ(moved->plan.steps[1].plannedStart, QDate(2026, 6, 8));
    EXPECT_EQ(moved->plan.steps[1].plannedFinish, QDate(2026, 6, 8));
    EXPECT_EQ(moved->plan.steps[2].plannedFinish, QDate(2026, 6, 9));
    EXPECT_EQ(moved->promisedDate, QDate(2026, 6, 9));
    EXPECT_EQ(moved->earliestCompletion(), QDate(2026, 6, 9));
    EXPECT_EQ(OrderQueryService(t.session()).order(order)->promisedDate, QDate(2026, 6, 9));
    // The first step stays; the load moved from Tuesday to the next Monday.
    EXPECT_EQ(moved->plan.steps[0].plannedStart, QDate(2026, 6, 1));
    EXPECT_EQ(plannedOn(QDate(2026, 6, 1)), Hours::fromWhole(2));
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours());
    EXPECT_EQ(plannedOn(QDate(2026, 6, 8)), Hours::fromWhole(8));
    // Stored as shown, on the timeline and in the audit trail.
    auto stored = OrderPlanRepository(t.db()).committedForOrder(order);
    ASSERT_TRUE(stored.has_value() && stored->has_value());
    EXPECT_EQ((*stored)->steps[1].plannedStart, QDate(2026, 6, 8));
    EXPECT_EQ((*stored)->promisedDate, QDate(2026, 6, 9));
    bool noted = false;
    const auto timeline = OrderQueryService(t.session()).timeline(order);
    ASSERT_TRUE(timeline.has_value());
    for (const OrderEvent& e : *timeline)
        noted = noted || e.kind == OrderEventKind::PlanChanged;
    EXPECT_TRUE(noted);
    bool audited = false;
    const auto audit = AuditRepository(t.db()).history(QStringLiteral("order"));
    ASSERT_TRUE(audit.has_value());
    for (const AuditEntry& e : *audit)
        audited = audited || (e.action == QLatin1String("order.plan_change") && e.entityId == order);
    EXPECT_TRUE(audited);
}

TEST_F(PlanChange, AnOwnerIsChangedOnlyByThoseWhoCommitPlans)
{
    PlanStepChange change;
    change.stepNo = 1;
    change.ownerUserId = t.salespersonId;
    t.actAs(t.salespersonId);
    auto refused = PlanningService(t.session()).changeCommitted(order, change);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    t.actAs(t.managerId);
    auto given = PlanningService(t.session()).changeCommitted(order, change);
    ASSERT_TRUE(given.has_value()) << given.error().message.toStdString();
    EXPECT_EQ(given->plan.steps[0].ownerUserId, t.salespersonId);
    EXPECT_EQ(given->promisedDate, QDate(2026, 6, 3));
    // The new owner may now report on it.
    t.actAs(t.salespersonId);
    ProgressReport start;
    start.action = ProgressReport::Action::Start;
    EXPECT_TRUE(ProgressService(t.session()).report(order, 1, start).has_value());
}

TEST_F(PlanChange, AStartedStepShippingAndDaysNotLaterAreRefused)
{
    ProgressReport start;
    start.action = ProgressReport::Action::Start;
    ASSERT_TRUE(ProgressService(t.session()).report(order, 1, start).has_value());
    PlanStepChange change;
    change.stepNo = 1;
    change.notBefore = QDate(2026, 6, 5);
    change.movePromise = true;
    EXPECT_EQ(PlanningService(t.session()).changeCommitted(order, change).error().kind,
              Error::Kind::Conflict);
    change.stepNo = 3;
    EXPECT_EQ(PlanningService(t.session()).changeCommitted(order, change).error().field,
              QStringLiteral("not_before"));
    change.stepNo = 2;
    change.notBefore = QDate(2026, 6, 2);
    EXPECT_EQ(PlanningService(t.session()).changeCommitted(order, change).error().field,
              QStringLiteral("not_before"));
    change.stepNo = 9;
    change.notBefore = QDate(2026, 6, 8);
    EXPECT_EQ(PlanningService(t.session()).changeCommitted(order, change).error().kind,
              Error::Kind::NotFound);
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours::fromWhole(8));
}
