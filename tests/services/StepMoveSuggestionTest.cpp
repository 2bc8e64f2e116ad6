#include "OvertimeScenario.h"

#include "AuditRepository.h"
#include "PlanningService.h"
#include "SuggestionService.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

// Moving a late order's step to an alternative work centre (the allocation suggestions' second
// kind), on the overtime scenario with 数控 SK as an alternative of the valve's 机加工 step.

namespace od::test {

namespace {

// The hours of work_centre_load on the centre, in thousandths.
qint64 loadOn(TestDatabase& t, qint64 centreId)
{
    QSqlQuery q(t.db().sql());
    q.prepare(
        QStringLiteral("SELECT coalesce(sum(hours), 0) FROM work_centre_load WHERE work_centre_id = ?"));
    q.addBindValue(centreId);
    EXPECT_TRUE(q.exec() && q.next());
    return q.value(0).toLongLong();
}

int planChanges(TestDatabase& t)
{
    QSqlQuery q(t.db().sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.plan_change'")) &&
                q.next());
    return q.value(0).toInt();
}

} // namespace

class StepMoveSuggestionTest : public ::testing::Test
{
protected:
    void SetUp() override { s.addLathe(t); }
    TestDatabase t{Role::Manager};
    OvertimeScenario s = OvertimeScenario::build(t);
    SuggestionService service{t.session()};
};

TEST_F(StepMoveSuggestionTest, MovingTheMachiningStepToTheLatheSavesExactlyTheLateOrder)
{
    auto report = service.report();
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_EQ(report->late.size(), 1);
    ASSERT_EQ(report->suggestions.size(), 2);
    // Both save A by a day; the move sorts first by its key.
    const Suggestion& m = report->suggestions[0];
    EXPECT_EQ(m.kind, SuggestionKind::MoveStep);
    EXPECT_EQ(m.key, s.expectedMoveKey());
    EXPECT_EQ(m.orderId, s.orderA);
    EXPECT_EQ(m.lineNo, 1);
    EXPECT_EQ(m.stepNo, 20);
    EXPECT_EQ(m.workCentre, QStringLiteral("JG"));
    EXPECT_EQ(m.toCentre, QStringLiteral("SK"));
    ASSERT_EQ(m.saved.size(), 1);
    EXPECT_EQ(m.saved[0].orderId, s.orderA);
    EXPECT_EQ(m.saved[0].forecastBefore, QDate(2026, 6, 6));
    EXPECT_EQ(m.saved[0].forecastAfter, QDate(2026, 6, 5));
    EXPECT_EQ(m.daysGained, 1);
    EXPECT_EQ(m.ordersLater, 0);
    EXPECT_EQ(
        SuggestionService::describe(m),
        QStringLiteral("Move step 20 (机加工) of %1, line 1, from 机加工 (JG) to 数控 (SK)").arg(s.orderNoA));
    EXPECT_EQ(SuggestionService::kindKey(m.kind), QStringLiteral("move_step"));
    EXPECT_EQ(report->suggestions[1].kind, SuggestionKind::Overtime);
    EXPECT_EQ(report->suggestions[1].key, s.expectedKey());
}

TEST_F(StepMoveSuggestionTest, ApplyingMovesThePlanStepAndItsLoadWithAnAuditEntry)
{
    // 下料 2 h and 机加工 24 h on JG as committed; nothing on SK.
    EXPECT_EQ(loadOn(t, s.machiningId), 26'000);
    EXPECT_EQ(loadOn(t, s.latheId), 0);
    auto shown = service.report();
    ASSERT_TRUE(shown.has_value() && !shown->suggestions.isEmpty());
    auto applied = service.apply(shown->suggestions[0].key, shown->suggestions[0].basis);
    ASSERT_TRUE(applied.has_value()) << applied.error().message.toStdString();
    EXPECT_EQ(applied->key, s.expectedMoveKey());

    auto plan = PlanningService(t.session()).committedPlan(s.orderA);
    ASSERT_TRUE(plan.has_value() && *plan);
    ASSERT_EQ((*plan)->steps.size(), 3);
    const OrderPlanStep& machining = (*plan)->steps[1];
    EXPECT_EQ(machining.stepNo, 20);
    EXPECT_EQ(machining.workCentre, QStringLiteral("SK"));
    EXPECT_EQ(machining.workCentreId, s.latheId);
    EXPECT_EQ(machining.plannedStart, QDate(2026, 6, 2));
    EXPECT_EQ(machining.plannedFinish, QDate(2026, 6, 4));
    EXPECT_EQ((*plan)->earliestCompletion, QDate(2026, 6, 5));
    EXPECT_EQ((*plan)->promisedDate, QDate(2026, 6, 5));
    EXPECT_EQ(loadOn(t, s.machiningId), 2'000);
    EXPECT_EQ(loadOn(t, s.latheId), 24'000);

    EXPECT_EQ(planChanges(t), 1);
    AuditFilter orders;
    orders.actionPrefix = QStringLiteral("order.plan_change");
    auto audit = AuditRepository(t.db()).list(orders, 5);
    ASSERT_TRUE(audit.has_value() && audit->size() == 1);
    EXPECT_TRUE(audit->first().changes.contains(
        FieldChange{QStringLiteral("step_2.work_centre"), QStringLiteral("JG"), QStringLiteral("SK")}));
    // The entry names the suggestion applied and the order it saves.
    bool named = false;
    for (const FieldChange& c : audit->first().changes)
        if (c.field == QLatin1String("reason"))
            named = c.after.startsWith(QStringLiteral("suggestion ") + s.expectedMoveKey() +
                                       QStringLiteral(", saves "));
    EXPECT_TRUE(named);

    // Nothing is late any more; the same key again is out of date and changes nothing.
    auto after = service.report();
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->late.isEmpty());
    EXPECT_TRUE(after->suggestions.isEmpty());
    auto again = service.apply(s.expectedMoveKey());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("out of date")));
    EXPECT_EQ(planChanges(t), 1);
}

TEST_F(StepMoveSuggestionTest, AWrongBasisIsRefusedAndThePlanStaysOnItsCentre)
{
    auto refused = service.apply(s.expectedMoveKey(), QStringLiteral("0123456789ab"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    auto plan = PlanningService(t.session()).committedPlan(s.orderA);
    ASSERT_TRUE(plan.has_value() && *plan);
    EXPECT_EQ((*plan)->steps[1].workCentre, QStringLiteral("JG"));
    EXPECT_EQ(loadOn(t, s.latheId), 0);
    EXPECT_EQ(planChanges(t), 0);
}

TEST_F(StepMoveSuggestionTest, ASalespersonMayNotApplyAMove)
{
    t.actAs(t.salespersonId);
    auto applied = service.apply(s.expectedMoveKey());
    ASSERT_FALSE(applied.has_value());
    EXPECT_EQ(applied.error().kind, Error::Kind::Forbidden);
    EXPECT_EQ(loadOn(t, s.latheId), 0);
}

TEST_F(StepMoveSuggestionTest, APlannerCannotMoveAStepToACentreThatIsNoAlternative)
{
    PlanStepChange change;
    change.stepNo = 1; // 下料 has no alternative
    change.workCentre = QStringLiteral("SK");
    auto refused = PlanningService(t.session()).changeCommitted(s.orderA, change);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Invalid);
    EXPECT_EQ(refused.error().field, QStringLiteral("work_centre"));
    EXPECT_EQ(loadOn(t, s.latheId), 0);
}

} // namespace od::test
