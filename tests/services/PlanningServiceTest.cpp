// Planning an order on real capacity: the waiting list, a proposal that saves nothing, a commit
// that plans the order with its audit and timeline, dates past capacity, re-planning, the load.
#include "PlanningService.h"
#include "AuditFilter.h"
#include "AuditRepository.h"
#include "CalendarRepository.h"
#include "OrderQueryService.h"
#include "OrderStatusService.h"
#include "PlanningFixture.h"

using namespace od;

namespace {

class Planning : public test::PlanningFixture
{
protected:
    PlanningService planning{t.session()};

    Hours plannedOn(const QDate& day)
    {
        auto rows = planning.load(day, day, QStringLiteral("JG"));
        EXPECT_TRUE(rows.has_value());
        return rows && !rows->isEmpty() ? rows->at(0).planned : Hours::fromWhole(-1);
    }
};

} // namespace

TEST_F(Planning, TheWaitingListHoldsConfirmedOrdersOldestFirst)
{
    const qint64 newer = confirmedOrder(2, QDate(2026, 6, 10), QDate(2026, 5, 25));
    const qint64 older = confirmedOrder(2, QDate(2026, 6, 10), QDate(2026, 5, 2));
    auto waiting = planning.waitingList();
    ASSERT_TRUE(waiting.has_value()) << waiting.error().message.toStdString();
    ASSERT_EQ(waiting->size(), 2);
    EXPECT_EQ(waiting->at(0).id, older);
    EXPECT_EQ(waiting->at(1).id, newer);
    ASSERT_TRUE(planning.commit(older, {}).has_value());
    waiting = planning.waitingList();
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_EQ(waiting->at(0).id, newer);
}

TEST_F(Planning, AProposalSchedulesEveryStepOnFreeCapacityAndSavesNothing)
{
    const qint64 id = confirmedOrder(8);
    auto p = planning.propose(id);
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    ASSERT_EQ(p->plan.steps.size(), 3);
    // 下料 2 h on Monday, 机加工 8 h on Tuesday, shipping on Wednesday.
    EXPECT_EQ(p->plan.steps[0].name, QStringLiteral("下料"));
    EXPECT_EQ(p->plan.steps[0].hours, Hours::fromWhole(2));
    EXPECT_EQ(p->plan.steps[0].plannedStart, QDate(2026, 6, 1));
    EXPECT_EQ(p->plan.steps[1].hours, Hours::fromWhole(8));
    EXPECT_EQ(p->plan.steps[1].plannedStart, QDate(2026, 6, 2));
    EXPECT_EQ(p->plan.steps[1].plannedFinish, QDate(2026, 6, 2));
    EXPECT_EQ(p->plan.steps[2].kind, StepKind::Shipping);
    EXPECT_EQ(p->earliestCompletion(), QDate(2026, 6, 3));
    EXPECT_EQ(p->daysLate(), 0);
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours());
    EXPECT_EQ(OrderQueryService(t.session()).order(id)->status, OrderStatus::Confirmed);
}

TEST_F(Planning, CommittingPlansTheOrderWithItsPromisedDateTimelineAndAudit)
{
    const qint64 id = confirmedOrder(8);
    auto committed = planning.commit(id, {});
    ASSERT_TRUE(committed.has_value()) << committed.error().message.toStdString();
    auto order = OrderQueryService(t.session()).order(id);
    EXPECT_EQ(order->status, OrderStatus::Planned);
    EXPECT_EQ(order->promisedDate, QDate(2026, 6, 3));
    EXPECT_EQ(plannedOn(QDate(2026, 6, 1)), Hours::fromWhole(2));
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours::fromWhole(8));
    const auto timeline = *OrderQueryService(t.session()).timeline(id);
    EXPECT_EQ(timeline.last().kind, QStringLiteral("planned"));
    AuditFilter filter;
    auto audit = AuditRepository(t.db()).list(filter, 5);
    ASSERT_TRUE(audit.has_value());
    EXPECT_EQ(audit->at(0).action, QStringLiteral("order.plan"));
    // Committed: its plan is what Planning shows now.
    auto shown = planning.propose(id);
    ASSERT_TRUE(shown.has_value());
    EXPECT_TRUE(shown->committed);
    EXPECT_EQ(shown->promisedDate, QDate(2026, 6, 3));
}

TEST_F(Planning, TheNextOrderIsPlannedAfterTheLoadAlreadyCommitted)
{
    const qint64 first = confirmedOrder(8);
    const qint64 second = confirmedOrder(8);
    EXPECT_EQ(planning.propose(second)->earliestCompletion(), QDate(2026, 6, 3));
    ASSERT_TRUE(planning.commit(first, {}).has_value());
    // Monday has 6 h left for 下料; Tuesday is full, so 机加工 runs on Wednesday.
    auto p = planning.propose(second);
    EXPECT_EQ(p->plan.steps[0].plannedStart, QDate(2026, 6, 1));
    EXPECT_EQ(p->plan.steps[1].plannedStart, QDate(2026, 6, 3));
    EXPECT_EQ(p->earliestCompletion(), QDate(2026, 6, 4));
}

TEST_F(Planning, TheEarliestPossibleDeliveryIsTheCompletionOfThePlanCommitted)
{
    const qint64 first = confirmedOrder(8);
    ASSERT_TRUE(planning.commit(first, {}).has_value());
    auto promise = planning.earliestDelivery({PromiseLine{valve, Quantity::fromUnits(8), {}}});
    ASSERT_TRUE(promise.has_value()) << promise.error().message.toStdString();
    const qint64 second = confirmedOrder(8);
    auto committed = planning.commit(second, {});
    ASSERT_TRUE(committed.has_value());
    EXPECT_EQ(*promise, committed->plan.earliestCompletion);
    EXPECT_EQ(*promise, QDate(2026, 6, 4));
    EXPECT_FALSE(planning.earliestDelivery({}).has_value());
}

TEST_F(Planning, PlanningIsTheManagersAndADatePastCapacityNeedsAReason)
{
    const qint64 id = confirmedOrder(8);
    t.actAs(t.salespersonId);
    auto refused = planning.commit(id, {});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    EXPECT_FALSE(planning.waitingList().has_value());
    t.actAs(t.financeId);
    EXPECT_FALSE(planning.propose(id).has_value());

    t.actAs(t.managerId);
    PlanCommitRequest early;
    early.promisedDate = QDate(2026, 6, 2); // capacity allows 6-3
    auto noReason = planning.commit(id, early);
    ASSERT_FALSE(noReason.has_value());
    EXPECT_EQ(noReason.error().field, QStringLiteral("override_reason"));
    EXPECT_TRUE(noReason.error().message.contains(QStringLiteral("2026-06-03")));
    EXPECT_EQ(OrderQueryService(t.session()).order(id)->status, OrderStatus::Confirmed);
    early.overrideReason = QStringLiteral("客户加急，周末加班");
    auto overridden = planning.commit(id, early);
    ASSERT_TRUE(overridden.has_value()) << overridden.error().message.toStdString();
    EXPECT_EQ(OrderQueryService(t.session()).order(id)->promisedDate, QDate(2026, 6, 2));
    auto audit = AuditRepository(t.db()).list(AuditFilter(), 1);
    bool reasonAudited = false;
    for (const FieldChange& c : audit->at(0).changes)
        reasonAudited = reasonAudited || (c.field == QStringLiteral("override_reason") &&
                                          c.after == QStringLiteral("客户加急，周末加班"));
    EXPECT_TRUE(reasonAudited);
}

TEST_F(Planning, TwoPlannersCommittingForTheSameCentreCannotBothHaveTheSameDays)
{
    const qint64 a = confirmedOrder(8);
    const qint64 b = confirmedOrder(8);
    auto seenA = planning.propose(a);
    auto seenB = planning.propose(b);
    ASSERT_EQ(seenB->earliestCompletion(), QDate(2026, 6, 3));
    PlanCommitRequest requestA;
    requestA.expectedVersion = seenA->version;
    requestA.promisedDate = seenA->earliestCompletion();
    ASSERT_TRUE(planning.commit(a, requestA).has_value());
    // B saw Tuesday free; it is not any more, so its date is refused and the new one named.
    PlanCommitRequest requestB;
    requestB.expectedVersion = seenB->version;
    requestB.promisedDate = seenB->earliestCompletion();
    auto refused = planning.commit(b, requestB);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2026-06-04")))
        << refused.error().message.toStdString();
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours::fromWhole(8));
    // An order changed since it was proposed is refused as well.
    PlanCommitRequest stale;
    stale.expectedVersion = seenA->version;
    auto conflict = planning.commit(a, stale);
    ASSERT_FALSE(conflict.has_value());
    EXPECT_EQ(conflict.error().kind, Error::Kind::Conflict);
}

TEST_F(Planning, AnOrderBecomesPlannedOnlyThroughACommittedPlan)
{
    const qint64 id = confirmedOrder(2);
    auto moved = OrderStatusService(t.session()).transition(id, OrderStatus::Planned);
    ASSERT_FALSE(moved.has_value());
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("committed in Planning")));
    EXPECT_EQ(OrderQueryService(t.session()).order(id)->status, OrderStatus::Confirmed);
}

TEST_F(Planning, TheOwnerAndALaterStartAreThePlannersChoice)
{
    const qint64 id = confirmedOrder(8);
    PlanCommitRequest request;
    request.choices << StepChoice{1, 20, t.salespersonId, QDate(2026, 6, 8)};
    request.promisedDate = QDate(2026, 6, 12);
    auto committed = planning.commit(id, request);
    ASSERT_TRUE(committed.has_value()) << committed.error().message.toStdString();
    const OrderPlanStep& machining = committed->plan.steps[1];
    EXPECT_EQ(machining.ownerUserId, t.salespersonId);
    EXPECT_EQ(machining.plannedStart, QDate(2026, 6, 8));
    EXPECT_EQ(committed->ownerNames.value(t.salespersonId), QStringLiteral("王芳"));
    EXPECT_EQ(committed->plan.earliestCompletion, QDate(2026, 6, 9));
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours());
    EXPECT_EQ(plannedOn(QDate(2026, 6, 8)), Hours::fromWhole(8));
    PlanCommitRequest past;
    past.choices << StepChoice{1, 20, 0, QDate(2026, 5, 1)};
    EXPECT_FALSE(planning.commit(confirmedOrder(1), past).has_value());
}

TEST_F(Planning, ReplanningListsTheOrdersAHolidayWeekMakesLate)
{
    const qint64 first = confirmedOrder(8, QDate(2026, 6, 3));
    const qint64 second = confirmedOrder(8, QDate(2026, 6, 30));
    ASSERT_TRUE(planning.commit(first, {}).has_value());
    ASSERT_TRUE(planning.commit(second, {}).has_value());
    auto before = planning.replanAll();
    ASSERT_TRUE(before.has_value()) << before.error().message.toStdString();
    EXPECT_EQ(before->ordersPlanned, 2);
    EXPECT_TRUE(before->late.isEmpty());
    // The machines are down all of the first week.
    for (int d = 1; d <= 5; ++d) {
        CalendarDay off;
        off.date = QDate(2026, 6, d);
        off.kind = CalendarDayKind::Holiday;
        ASSERT_TRUE(CalendarRepository(t.db()).save(off, machiningId).has_value());
    }
    auto after = planning.replanAll();
    ASSERT_TRUE(after.has_value());
    ASSERT_EQ(after->late.size(), 2);
    // The first: 下料 Mon 6-8, 机加工 Tue 6-9, ships Wed 6-10, promised 6-3: 7 days late.
    const auto byNo = [&](qint64 id) {
        for (const LateOrder& l : after->late)
            if (l.orderId == id)
                return l;
        return LateOrder();
    };
    EXPECT_EQ(byNo(first).forecast, QDate(2026, 6, 10));
    EXPECT_EQ(byNo(first).daysLate, 7);
    EXPECT_EQ(byNo(second).forecast, QDate(2026, 6, 11));
    EXPECT_EQ(byNo(second).daysLate, 7);
    auto cancelled = planning.replanAll([](qint64, qint64) { return false; });
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_TRUE(cancelled->cancelled);
}

TEST_F(Planning, TheLoadHasEveryCalendarDayWithHoursAvailableAndPlanned)
{
    ASSERT_TRUE(planning.commit(confirmedOrder(8), {}).has_value());
    auto rows = planning.load(QDate(2026, 6, 1), QDate(2026, 6, 7));
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 7);
    EXPECT_EQ(rows->at(1).available, Hours::fromWhole(8));
    EXPECT_EQ(rows->at(1).planned, Hours::fromWhole(8));
    EXPECT_EQ(rows->at(5).date, QDate(2026, 6, 6));
    EXPECT_EQ(rows->at(5).available, Hours()); // Saturday
    auto steps = planning.stepsOnDay(QStringLiteral("JG"), QDate(2026, 6, 2));
    ASSERT_TRUE(steps.has_value());
    ASSERT_EQ(steps->size(), 1);
    EXPECT_EQ(steps->at(0).name, QStringLiteral("机加工"));
    EXPECT_EQ(steps->at(0).hours, Hours::fromWhole(8));
    EXPECT_FALSE(planning.load(QDate(2026, 6, 7), QDate(2026, 6, 1)).has_value());
    EXPECT_EQ(planning.load(QDate(2026, 6, 1), QDate(2026, 6, 7), QStringLiteral("XX")).error().kind,
              Error::Kind::NotFound);
}

TEST_F(Planning, AnOrderThatCanNeverFitIsCannotBePlannedWithinAYear)
{
    const qint64 id = confirmedOrder(3000); // 3,000 h on a centre of 8 h a day
    auto p = planning.propose(id);
    ASSERT_FALSE(p.has_value());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("within a year")))
        << p.error().message.toStdString();
    WorkCentre centre = **WorkCentreRepository(t.db()).byCode(QStringLiteral("JG"));
    centre.active = false;
    ASSERT_TRUE(WorkCentreRepository(t.db()).update(centre).has_value());
    auto inactive = planning.propose(confirmedOrder(1));
    ASSERT_FALSE(inactive.has_value());
    EXPECT_TRUE(inactive.error().message.contains(QStringLiteral("JG")))
        << inactive.error().message.toStdString();
}

TEST_F(Planning, CancellingAPlannedOrderGivesItsHoursBack)
{
    const qint64 id = confirmedOrder(8);
    ASSERT_TRUE(planning.commit(id, {}).has_value());
    ASSERT_EQ(plannedOn(QDate(2026, 6, 2)), Hours::fromWhole(8));
    ASSERT_TRUE(OrderStatusService(t.session()).transition(id, OrderStatus::Cancelled).has_value());
    EXPECT_EQ(plannedOn(QDate(2026, 6, 2)), Hours());
    // The next order gets Tuesday.
    EXPECT_EQ(planning.propose(confirmedOrder(8))->earliestCompletion(), QDate(2026, 6, 3));
}
