// The early warning on hand-made orders. Unless a test says otherwise: Monday–Friday, shipping
// takes one working day, an at-risk margin of 3 days, confirmation pending 3 days; today is
// Wednesday 2026-03-04 (2026-03-02 is a Monday).
#include "RiskRules.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QDate kToday = day("2026-03-04");

// A work step planned on the working days from `start` to `finish`, one entry per day.
OrderPlanStep work(int lineNo, int stepNo, const char* name, const char* centre, const char* start,
                   const char* finish, PlanStepStatus status = PlanStepStatus::Pending)
{
    OrderPlanStep s;
    s.lineNo = lineNo;
    s.stepNo = stepNo;
    s.name = QString::fromUtf8(name);
    s.kind = StepKind::Work;
    s.workCentre = QString::fromLatin1(centre);
    s.plannedStart = day(start);
    s.plannedFinish = day(finish);
    for (QDate d = s.plannedStart; d <= s.plannedFinish; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            s.days.append({d, Hours::fromRaw(8000)});
    s.quantity = Quantity::fromRaw(10000);
    s.status = status;
    return s;
}

OrderPlanStep shipping(const char* start, const char* finish)
{
    OrderPlanStep s;
    s.lineNo = 0;
    s.stepNo = 0;
    s.name = QStringLiteral("Shipping");
    s.kind = StepKind::Shipping;
    s.plannedStart = day(start);
    s.plannedFinish = day(finish);
    return s;
}

OrderPlanStep finished(OrderPlanStep s, const char* on)
{
    s.status = PlanStepStatus::Finished;
    s.actualFinish = day(on);
    s.quantityDone = s.quantity;
    return s;
}

OrderPlanStep started(OrderPlanStep s, qint64 doneThousandths)
{
    s.status = PlanStepStatus::Started;
    s.actualStart = s.plannedStart;
    s.quantityDone = Quantity::fromRaw(doneThousandths);
    return s;
}

RiskFacts order(OrderStatus status, const char* promised)
{
    RiskFacts f;
    f.orderId = 7;
    f.status = status;
    f.promisedDate = day(promised);
    return f;
}

class RiskRulesTest : public ::testing::Test
{
protected:
    RiskAssessment assess(const RiskFacts& facts, const QDate& today = kToday) const
    {
        return RiskRules(m_calendar, m_settings, m_shippingDays).assess(facts, today);
    }
    QList<RiskReasonKind> kinds(const RiskAssessment& a) const
    {
        QList<RiskReasonKind> out;
        for (const RiskReason& r : a.reasons)
            out << r.kind;
        return out;
    }

    WorkCalendar m_calendar;
    RiskSettings m_settings;
    int m_shippingDays = 1;
};

TEST_F(RiskRulesTest, PlanOnScheduleIsOnTrackWithThePlannedCompletionAsForecast)
{
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-09");
    f.steps = {finished(work(1, 1, "下料", "CUT", "2026-03-02", "2026-03-03"), "2026-03-03"),
               work(1, 2, "焊接", "WELD", "2026-03-04", "2026-03-06"), shipping("2026-03-09", "2026-03-09")};
    const RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::OnTrack);
    EXPECT_TRUE(a.reasons.isEmpty());
    EXPECT_EQ(a.forecastDate, day("2026-03-09"));
}

TEST_F(RiskRulesTest, PromisedDatePassedAloneIsLateWithACallToTheCustomer)
{
    const RiskAssessment a = assess(order(OrderStatus::Confirmed, "2026-03-01"));
    EXPECT_EQ(a.level, RiskLevel::Late);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::PastPromise});
    EXPECT_EQ(a.reasons[0].days, 3);
    EXPECT_EQ(a.reasons[0].date, day("2026-03-01"));
    EXPECT_EQ(a.reasons[0].action, RiskAction::CallCustomer);
    EXPECT_FALSE(a.forecastDate.isValid());
}

TEST_F(RiskRulesTest, AStepThatCannotStartOnTimePushesTheForecastPastThePromise)
{
    // Welding was to run Tue–Thu and has not started: from today it takes Wed–Fri, shipping Monday.
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-06");
    f.steps = {work(1, 1, "焊接", "WELD", "2026-03-03", "2026-03-05"), shipping("2026-03-06", "2026-03-06")};
    const RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    EXPECT_EQ(a.forecastDate, day("2026-03-09"));
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::ForecastAfterPromise});
    const RiskReason& r = a.reasons[0];
    EXPECT_EQ(r.days, 3);
    EXPECT_EQ(r.date, day("2026-03-09"));
    EXPECT_EQ(r.stepName, QStringLiteral("焊接"));
    EXPECT_EQ(r.lineNo, 1);
    EXPECT_EQ(r.workCentre, QStringLiteral("WELD"));
    EXPECT_EQ(r.action, RiskAction::AddOvertime);
    EXPECT_TRUE(r.actionText().contains(QStringLiteral("WELD")));
}

TEST_F(RiskRulesTest, TheWorkCentresOwnDayOffMovesTheForecast)
{
    CalendarDay off;
    off.date = day("2026-03-05");
    off.kind = CalendarDayKind::Holiday;
    off.workCentre = QStringLiteral("WELD");
    m_calendar.set(off);
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-06");
    f.steps = {work(1, 1, "焊接", "WELD", "2026-03-03", "2026-03-05"), shipping("2026-03-06", "2026-03-06")};
    // Wed, (Thu off), Fri, Mon; shipping Tuesday.
    EXPECT_EQ(assess(f).forecastDate, day("2026-03-10"));
}

TEST_F(RiskRulesTest, AnOverdueStepWithSlackLeftIsAtRiskForThatStepAlone)
{
    // Cutting should have finished yesterday; 90 % is done, so it needs today only.
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-20");
    f.steps = {started(work(1, 1, "下料", "CUT", "2026-03-02", "2026-03-03"), 9000),
               work(1, 2, "焊接", "WELD", "2026-03-04", "2026-03-06"), shipping("2026-03-09", "2026-03-09")};
    const RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::StepOverdue});
    EXPECT_EQ(a.reasons[0].days, 1);
    EXPECT_EQ(a.reasons[0].stepName, QStringLiteral("下料"));
    EXPECT_EQ(a.reasons[0].workCentre, QStringLiteral("CUT"));
    EXPECT_EQ(a.reasons[0].action, RiskAction::AddOvertime);
    // Cutting today, welding Thu, Fri, Mon, shipping Tuesday.
    EXPECT_EQ(a.forecastDate, day("2026-03-10"));
}

TEST_F(RiskRulesTest, AStartedStepKeepsTheShareOfDaysItsUnfinishedQuantityNeeds)
{
    // Four planned days, a quarter done: three days from today.
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-31");
    f.steps = {started(work(1, 1, "机加工", "MCH", "2026-02-26", "2026-03-03"), 2500)};
    EXPECT_EQ(assess(f).forecastDate, day("2026-03-06"));
}

TEST_F(RiskRulesTest, AnOverduePurchaseIsChasedWithItsOwner)
{
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-31");
    OrderPlanStep purchase;
    purchase.lineNo = 1;
    purchase.stepNo = 1;
    purchase.name = QStringLiteral("法兰采购");
    purchase.kind = StepKind::Purchase;
    purchase.plannedStart = day("2026-02-20");
    purchase.plannedFinish = day("2026-03-02");
    f.steps = {purchase};
    const RiskAssessment a = assess(f);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::StepOverdue});
    EXPECT_EQ(a.reasons[0].days, 2);
    EXPECT_TRUE(a.reasons[0].workCentre.isEmpty());
    EXPECT_EQ(a.reasons[0].action, RiskAction::ChaseStep);
}

TEST_F(RiskRulesTest, PromisedWithinTheMarginWithoutAPlanIsAtRiskAndTheMarginIsASetting)
{
    const RiskFacts f = order(OrderStatus::Confirmed, "2026-03-06");
    RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::DueSoonNotReady});
    EXPECT_EQ(a.reasons[0].days, 2);
    m_settings.atRiskMarginDays = 1;
    EXPECT_EQ(assess(f).level, RiskLevel::OnTrack);
    EXPECT_EQ(assess(order(OrderStatus::Confirmed, "2026-03-04")).level, RiskLevel::AtRisk);
}

TEST_F(RiskRulesTest, ConfirmationPendingTooLongIsChasedAndTheDaysAreASetting)
{
    RiskFacts f = order(OrderStatus::AwaitingConfirmation, "2026-04-30");
    f.sentOn = day("2026-03-01");
    RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::ConfirmationPending});
    EXPECT_EQ(a.reasons[0].days, 3);
    EXPECT_EQ(a.reasons[0].date, day("2026-03-01"));
    EXPECT_EQ(a.reasons[0].action, RiskAction::ChaseConfirmation);
    m_settings.confirmationPendingDays = 4;
    EXPECT_EQ(assess(f).level, RiskLevel::OnTrack);
}

TEST_F(RiskRulesTest, ReadyButNotShippedByTheShippingStepsStartIsAtRisk)
{
    RiskFacts f = order(OrderStatus::ReadyToShip, "2026-03-06");
    f.steps = {finished(work(1, 1, "焊接", "WELD", "2026-02-24", "2026-02-27"), "2026-02-27"),
               shipping("2026-03-02", "2026-03-02")};
    const RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::NotShippedByShipBy});
    EXPECT_EQ(a.reasons[0].days, 2);
    EXPECT_EQ(a.reasons[0].date, day("2026-03-02"));
    EXPECT_EQ(a.reasons[0].action, RiskAction::ShipNow);
    EXPECT_EQ(a.forecastDate, day("2026-03-04")); // shipped today, still before the promise
}

TEST_F(RiskRulesTest, WithoutAPlanTheShipByDateIsThePromiseLessTheShippingWorkingDays)
{
    m_shippingDays = 2;
    const RiskFacts f = order(OrderStatus::ReadyToShip, "2026-03-09"); // Monday: leave Friday
    EXPECT_EQ(assess(f, day("2026-03-06")).level, RiskLevel::OnTrack);
    const RiskAssessment a = assess(f, day("2026-03-07"));
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::NotShippedByShipBy});
    EXPECT_EQ(a.reasons[0].date, day("2026-03-06"));
    EXPECT_EQ(a.reasons[0].days, 1);
}

TEST_F(RiskRulesTest, OnlyAnOpenExceptionOfHighSeverityRaisesTheRisk)
{
    RiskFacts f = order(OrderStatus::Confirmed, "2026-04-30");
    f.openExceptions = {{QStringLiteral("EXC-2026-000003"), ExceptionSeverity::Medium, day("2026-03-02")}};
    EXPECT_EQ(assess(f).level, RiskLevel::OnTrack);
    f.openExceptions << RiskException{QStringLiteral("EXC-2026-000004"), ExceptionSeverity::High,
                                      day("2026-03-02")};
    const RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::HighSeverityException});
    EXPECT_EQ(a.reasons[0].exceptionNo, QStringLiteral("EXC-2026-000004"));
    EXPECT_EQ(a.reasons[0].days, 2);
    EXPECT_TRUE(a.reasons[0].text().contains(QStringLiteral("EXC-2026-000004")));
}

TEST_F(RiskRulesTest, EveryReasonTogetherIsLateWithThePassedPromiseFirst)
{
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-03");
    f.steps = {started(work(1, 1, "下料", "CUT", "2026-02-26", "2026-03-02"), 5000),
               work(1, 2, "焊接", "WELD", "2026-03-03", "2026-03-03"), shipping("2026-03-03", "2026-03-03")};
    f.openExceptions = {{QStringLiteral("EXC-2026-000009"), ExceptionSeverity::High, day("2026-03-03")}};
    const RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::Late);
    EXPECT_EQ(kinds(a),
              (QList<RiskReasonKind>{RiskReasonKind::PastPromise, RiskReasonKind::ForecastAfterPromise,
                                     RiskReasonKind::StepOverdue, RiskReasonKind::StepOverdue,
                                     RiskReasonKind::HighSeverityException}));
    // Cutting: 3 planned days, half done → 2 days (Wed, Thu); welding Fri; shipping Monday.
    EXPECT_EQ(a.forecastDate, day("2026-03-09"));
    EXPECT_EQ(a.reasons[1].stepName, QStringLiteral("下料"));
    EXPECT_EQ(a.reasons[2].stepName, QStringLiteral("下料")); // two days overdue before one
    EXPECT_EQ(a.reasons[2].days, 2);
    EXPECT_EQ(a.reasons[3].stepName, QStringLiteral("焊接"));
}

TEST_F(RiskRulesTest, ALateLineNextToAFinishedOneSuggestsSplittingTheShipment)
{
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-06");
    f.steps = {finished(work(1, 1, "焊接", "WELD", "2026-03-02", "2026-03-03"), "2026-03-03"),
               work(2, 1, "机加工", "MCH", "2026-03-03", "2026-03-05"), shipping("2026-03-06", "2026-03-06")};
    const RiskAssessment a = assess(f);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::ForecastAfterPromise});
    EXPECT_EQ(a.reasons[0].lineNo, 2);
    EXPECT_EQ(a.reasons[0].workCentre, QStringLiteral("MCH"));
    EXPECT_EQ(a.reasons[0].action, RiskAction::SplitShipment);
}

TEST_F(RiskRulesTest, OrdersNotOpenOrAlreadyDeliveredAreNotLookedAt)
{
    for (OrderStatus s :
         {OrderStatus::Draft, OrderStatus::Delivered, OrderStatus::Completed, OrderStatus::Cancelled}) {
        EXPECT_FALSE(RiskRules::applies(s, std::nullopt));
        const RiskAssessment a = assess(order(s, "2026-01-01"));
        EXPECT_EQ(a.level, RiskLevel::OnTrack);
        EXPECT_TRUE(a.reasons.isEmpty());
    }
    RiskFacts held = order(OrderStatus::OnHold, "2026-03-01");
    held.heldFrom = OrderStatus::InProduction;
    EXPECT_TRUE(RiskRules::applies(held.status, held.heldFrom));
    EXPECT_EQ(assess(held).level, RiskLevel::Late);
}

TEST_F(RiskRulesTest, AShipmentNotSignedForWithinTheTransitDaysIsTrackedAndTheDaysAreASetting)
{
    // Shipped in full on Friday 2026-02-27, due on 2026-03-10: in transit 5 days today.
    RiskFacts f = order(OrderStatus::Shipped, "2026-03-10");
    EXPECT_TRUE(RiskRules::applies(f.status, std::nullopt));
    EXPECT_EQ(assess(f).level, RiskLevel::OnTrack) << "nothing in transit: delivered or never recorded";
    f.inTransitSince = day("2026-02-27");
    RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    ASSERT_EQ(kinds(a), QList<RiskReasonKind>{RiskReasonKind::InTransitTooLong});
    EXPECT_EQ(a.reasons[0].days, 5);
    EXPECT_EQ(a.reasons[0].date, day("2026-02-27"));
    EXPECT_EQ(a.reasons[0].action, RiskAction::TrackShipment);
    EXPECT_TRUE(a.reasons[0].text().contains(QStringLiteral("2026-02-27")));
    // Past the due date the customer is waiting: late, and "not shipped" is never said.
    EXPECT_EQ(assess(f, day("2026-03-11")).level, RiskLevel::Late);
    EXPECT_EQ(kinds(assess(f, day("2026-03-11"))), QList<RiskReasonKind>{RiskReasonKind::InTransitTooLong});
    m_settings.transitDays = 6;
    EXPECT_EQ(assess(f).level, RiskLevel::OnTrack);
}

TEST_F(RiskRulesTest, APartShippedLongAgoIsTrackedBesideTheRestStillInProduction)
{
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-20");
    f.inTransitSince = day("2026-02-20");
    const RiskAssessment a = assess(f);
    EXPECT_EQ(a.level, RiskLevel::AtRisk);
    EXPECT_TRUE(kinds(a).contains(RiskReasonKind::InTransitTooLong));
}

TEST_F(RiskRulesTest, ReasonsSurviveTheirStoredTextWithEveryFact)
{
    RiskFacts f = order(OrderStatus::InProduction, "2026-03-03");
    f.steps = {started(work(1, 1, "下料", "CUT", "2026-02-26", "2026-03-02"), 5000)};
    f.openExceptions = {{QStringLiteral("EXC-2026-000009"), ExceptionSeverity::High, day("2026-03-03")}};
    const QList<RiskReason> reasons = assess(f).reasons;
    ASSERT_FALSE(reasons.isEmpty());
    EXPECT_EQ(RiskReason::listFromText(RiskReason::listToText(reasons)), reasons);
    EXPECT_TRUE(RiskReason::listFromText(QStringLiteral("not json")).isEmpty());
    EXPECT_TRUE(reasons[1].text().contains(QStringLiteral("CUT")));
}

} // namespace
