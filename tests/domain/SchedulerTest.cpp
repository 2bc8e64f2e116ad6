// The finite-capacity scheduler on cases worked out by hand with a paper calendar. Unless a test
// says otherwise: Monday–Friday, the 2026 Spring Festival (Feb 15–23 off, Saturdays Feb 14 and
// Feb 28 worked), MCH and ASM 8 h a day, shipping takes one working day. 2026-03-02 is a Monday.
#include "Scheduler.h"
#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "Routing.h"
#include "WorkCalendar.h"

#include <gtest/gtest.h>

#include <memory>

using namespace od;

namespace {

Hours h(const char* text)
{
    return *Hours::parse(QString::fromLatin1(text));
}

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

WorkCentre centre(const char* code, const char* hoursPerShift = "8", int units = 1, int efficiencyBp = 10000)
{
    WorkCentre c;
    c.code = QString::fromLatin1(code);
    c.name = c.code;
    c.hoursPerShift = h(hoursPerShift);
    c.units = units;
    c.efficiency = BasisPoints::fromRaw(efficiencyBp);
    return c;
}

StepDemand work(int stepNo, const char* centreCode, const char* hours, int waitDays = 0)
{
    StepDemand s;
    s.stepNo = stepNo;
    s.name = QStringLiteral("%1-%2").arg(QString::fromLatin1(centreCode)).arg(stepNo);
    s.kind = StepKind::Work;
    s.workCentre = QString::fromLatin1(centreCode);
    s.hours = h(hours);
    s.waitDaysAfter = waitDays;
    return s;
}

StepDemand purchase(int stepNo, int days)
{
    StepDemand s;
    s.stepNo = stepNo;
    s.name = QStringLiteral("采购");
    s.kind = StepKind::Purchase;
    s.calendarDays = days;
    return s;
}

LineDemand line(int lineNo, QList<StepDemand> steps)
{
    LineDemand l;
    l.lineNo = lineNo;
    l.quantity = Quantity::fromUnits(1);
    l.steps = std::move(steps);
    return l;
}

OrderDemand order(const char* no, QList<LineDemand> lines, const char* requested = nullptr)
{
    OrderDemand o;
    o.orderNo = QString::fromLatin1(no);
    o.lines = std::move(lines);
    if (requested)
        o.requestedDate = day(requested);
    return o;
}

// The factory of the tests: a calendar, its centres, and a grid, load and scheduler from a start day.
struct Plant
{
    WorkCalendar calendar;
    QList<WorkCentre> centres{centre("MCH"), centre("ASM"), centre("PT")};
    Scheduler::Options options;
    std::unique_ptr<CapacityGrid> grid;
    std::unique_ptr<Scheduler> scheduler;
    CapacityLoad load;

    Plant()
    {
        calendar.set({0, day("2026-02-14"), CalendarDayKind::Workday, {}, {}});
        for (int d = 15; d <= 23; ++d)
            calendar.set({0, QDate(2026, 2, d), CalendarDayKind::Holiday, {}, {}});
        calendar.set({0, day("2026-02-28"), CalendarDayKind::Workday, {}, {}});
    }

    // (Re)builds the grid and an empty load from `start`, after the calendar and centres are set.
    void startOn(const char* start)
    {
        grid = std::make_unique<CapacityGrid>(calendar, centres, day(start), Scheduler::WindowDays);
        scheduler = std::make_unique<Scheduler>(*grid, options);
        load = CapacityLoad(*grid);
    }
    Scheduler::Outcome propose(const OrderDemand& o) const { return scheduler->propose(load, o); }
    Scheduler::Outcome commit(const OrderDemand& o) { return scheduler->scheduleInto(load, o); }

    qint64 totalLoad() const
    {
        qint64 sum = 0;
        for (int c = 0; c < load.centreCount(); ++c)
            for (int d = 0; d < load.days(); ++d)
                sum += load.rawAt(c, d);
        return sum;
    }
};

const ScheduledStep& step(const OrderSchedule& s, int lineNo, int stepNo)
{
    for (const ScheduledStep& st : s.steps)
        if (st.lineNo == lineNo && st.stepNo == stepNo)
            return st;
    ADD_FAILURE() << "no step " << lineNo << "/" << stepNo;
    return s.steps.first();
}

QList<QDate> daysOf(const ScheduledStep& st)
{
    QList<QDate> out;
    for (const DayHours& d : st.days)
        out << d.date;
    return out;
}

} // namespace

TEST(Scheduler, WorkSkipsTheWeekendAndShippingTakesTheNextWorkingDay)
{
    Plant p;
    p.startOn("2026-03-05"); // Thursday
    const auto plan = p.propose(order("SO-1", {line(1, {work(1, "MCH", "24")})}));
    ASSERT_TRUE(plan.has_value()) << plan.error().message.toStdString();
    const ScheduledStep& mch = step(*plan, 1, 1);
    EXPECT_EQ(daysOf(mch), (QList<QDate>{day("2026-03-05"), day("2026-03-06"), day("2026-03-09")}));
    EXPECT_EQ(mch.start, day("2026-03-05"));
    EXPECT_EQ(mch.finish, day("2026-03-09"));
    const ScheduledStep& shipping = plan->steps.last();
    EXPECT_EQ(shipping.kind, StepKind::Shipping);
    EXPECT_EQ(shipping.start, day("2026-03-10"));
    EXPECT_EQ(plan->completion, day("2026-03-10"));
}

TEST(Scheduler, SpringFestival2026WorksTheMakeUpSaturdaysAndNotTheHolidayWeek)
{
    Plant p;
    p.startOn("2026-02-13"); // Friday before the holiday
    const auto plan = p.propose(order("SO-2", {line(1, {work(1, "MCH", "56")})}));
    ASSERT_TRUE(plan.has_value());
    // Fri 13, Sat 14 (调休), then nothing until Tue 24; Sat 28 (调休) is the seventh day.
    EXPECT_EQ(daysOf(step(*plan, 1, 1)),
              (QList<QDate>{day("2026-02-13"), day("2026-02-14"), day("2026-02-24"), day("2026-02-25"),
                            day("2026-02-26"), day("2026-02-27"), day("2026-02-28")}));
    // Sunday Mar 1 is off again: shipping on Monday.
    EXPECT_EQ(plan->completion, day("2026-03-02"));
}

TEST(Scheduler, TwoOrdersCompetingForOneWorkCentre)
{
    Plant p;
    p.startOn("2026-03-02");
    const OrderDemand a = order("SO-A", {line(1, {work(1, "MCH", "12")})});
    const OrderDemand b = order("SO-B", {line(1, {work(1, "MCH", "12")})});
    // Before A is committed, B could have A's dates.
    EXPECT_EQ(p.propose(b)->completion, day("2026-03-04"));

    const auto planA = p.commit(a);
    ASSERT_TRUE(planA.has_value());
    EXPECT_EQ(step(*planA, 1, 1).finish, day("2026-03-03")); // Mon 8 h + Tue 4 h
    EXPECT_EQ(planA->completion, day("2026-03-04"));

    const auto planB = p.propose(b);
    ASSERT_TRUE(planB.has_value());
    const ScheduledStep& mch = step(*planB, 1, 1);
    ASSERT_EQ(mch.days.size(), 2);
    EXPECT_EQ(mch.days[0].date, day("2026-03-03"));
    EXPECT_EQ(mch.days[0].hours, h("4")); // what A left of Tuesday
    EXPECT_EQ(mch.days[1].date, day("2026-03-04"));
    EXPECT_EQ(mch.days[1].hours, h("8"));
    EXPECT_EQ(planB->completion, day("2026-03-05"));
    // A proposal changes nothing.
    EXPECT_EQ(p.totalLoad(), h("12").raw());
}

TEST(Scheduler, LinesRunInParallelAndClaimCapacityInLineOrder)
{
    Plant p;
    p.startOn("2026-03-02");
    // Given out of order: line 1 still claims first.
    const OrderDemand o =
        order("SO-3", {line(2, {work(1, "ASM", "16")}), line(1, {work(1, "MCH", "8"), work(2, "ASM", "8")})},
              "2026-03-06");
    const auto plan = p.propose(o);
    ASSERT_TRUE(plan.has_value());
    // Line 1: MCH Monday, ASM Tuesday (the day after).
    EXPECT_EQ(step(*plan, 1, 1).finish, day("2026-03-02"));
    EXPECT_EQ(step(*plan, 1, 2).start, day("2026-03-03"));
    EXPECT_EQ(step(*plan, 1, 2).finish, day("2026-03-03"));
    // Line 2 starts on Monday too, in parallel, but Tuesday's ASM hours went to line 1.
    EXPECT_EQ(daysOf(step(*plan, 2, 1)), (QList<QDate>{day("2026-03-02"), day("2026-03-04")}));
    EXPECT_EQ(plan->completion, day("2026-03-05"));
    EXPECT_EQ(plan->steps[0].lineNo, 1); // the plan lists line 1 first

    // Slack to Friday: one day for the order; line 1 is done a day before line 2.
    EXPECT_EQ(step(*plan, 1, 1).slackDays, 2);
    EXPECT_EQ(step(*plan, 1, 2).slackDays, 2);
    EXPECT_EQ(step(*plan, 2, 1).slackDays, 1);
    EXPECT_EQ(plan->steps.last().slackDays, 1);
    EXPECT_EQ(plan->daysLate(), 0);
}

TEST(Scheduler, SetupIsCountedOncePerBatch)
{
    Plant p;
    p.startOn("2026-03-02");
    Routing routing;
    routing.sku = QStringLiteral("Q41F-16C-DN50");
    routing.steps = {
        RoutingStep{0, 1, QStringLiteral("机加工"), QStringLiteral("MCH"), h("2"), h("0.5"), 0, 0}};
    auto one = line(1, *routing.demand(Quantity::fromUnits(10), 0));
    // 2 + 0.5 × 10 = 7 h: fits on Monday.
    const auto single = p.propose(order("SO-4", {one}));
    EXPECT_EQ(step(*single, 1, 1).hours, h("7"));
    EXPECT_EQ(step(*single, 1, 1).finish, day("2026-03-02"));
    // The same 10 units as two lines are two batches: 2 × (2 + 2.5) = 9 h, into Tuesday.
    const auto split = p.propose(order("SO-5", {line(1, *routing.demand(Quantity::fromUnits(5), 0)),
                                                line(2, *routing.demand(Quantity::fromUnits(5), 0))}));
    EXPECT_EQ(step(*split, 1, 1).hours, h("4.5"));
    EXPECT_EQ(step(*split, 2, 1).days.last().date, day("2026-03-03"));
    EXPECT_EQ(step(*split, 2, 1).days.last().hours, h("1"));
    EXPECT_EQ(split->totalHours(), h("9"));
}

TEST(Scheduler, WaitDaysAreCalendarDaysAfterTheStep)
{
    Plant p;
    p.startOn("2026-03-02");
    const auto plan = p.propose(
        order("SO-6", {line(1, {work(1, "MCH", "8", 2), work(2, "ASM", "8", 2), work(3, "PT", "8")})}));
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(step(*plan, 1, 1).finish, day("2026-03-02")); // Monday; waits Tue, Wed
    EXPECT_EQ(step(*plan, 1, 2).start, day("2026-03-05"));  // Thursday; waits Fri, Sat
    EXPECT_EQ(step(*plan, 1, 3).start, day("2026-03-09"));  // Sunday is no working day: Monday
    EXPECT_EQ(plan->completion, day("2026-03-10"));
}

TEST(Scheduler, PurchaseLeadTimesAndProductsWithoutRoutingAreCalendarDays)
{
    Plant p;
    p.startOn("2026-03-02");
    const auto plan = p.propose(order("SO-7", {line(1, {purchase(1, 10), work(2, "MCH", "8")})}));
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(step(*plan, 1, 1).start, day("2026-03-02"));
    EXPECT_EQ(step(*plan, 1, 1).finish, day("2026-03-11")); // ten days: Mar 2 … Mar 11
    EXPECT_TRUE(step(*plan, 1, 1).days.isEmpty());          // no capacity taken
    EXPECT_EQ(step(*plan, 1, 2).start, day("2026-03-12"));
    EXPECT_EQ(plan->completion, day("2026-03-13"));

    // A product without a routing: 15 days of lead time from Monday, shipped on Tuesday Mar 17.
    const auto lead = p.propose(order("SO-8", {line(1, *Routing().demand(Quantity::fromUnits(2), 15))}));
    ASSERT_TRUE(lead.has_value());
    EXPECT_EQ(lead->steps.first().kind, StepKind::LeadTime);
    EXPECT_EQ(lead->steps.first().finish, day("2026-03-16"));
    EXPECT_EQ(lead->completion, day("2026-03-17"));
}

TEST(Scheduler, EfficiencyOvertimeAndAWorkCentresDayOff)
{
    Plant p;
    p.centres = {centre("HALF", "8", 1, 5000), centre("MCH")};
    p.calendar.set(
        {0, day("2026-03-07"), CalendarDayKind::Overtime, QStringLiteral("MCH"), h("4")});       // Saturday
    p.calendar.set({0, day("2026-03-10"), CalendarDayKind::Holiday, QStringLiteral("MCH"), {}}); // Tuesday
    p.startOn("2026-03-02");
    // 8 h at 50% is 4 h a day: 12 h take Monday to Wednesday.
    const auto slow = p.propose(order("SO-9", {line(1, {work(1, "HALF", "12")})}));
    EXPECT_EQ(daysOf(step(*slow, 1, 1)),
              (QList<QDate>{day("2026-03-02"), day("2026-03-03"), day("2026-03-04")}));

    p.startOn("2026-03-06"); // Friday
    const auto overtime = p.propose(order("SO-10", {line(1, {work(1, "MCH", "12")})}));
    const ScheduledStep& mch = step(*overtime, 1, 1);
    EXPECT_EQ(mch.finish, day("2026-03-07")); // Friday 8 h + Saturday's 4 h of overtime
    EXPECT_EQ(mch.days.last().hours, h("4"));
    EXPECT_EQ(overtime->completion, day("2026-03-09")); // the company does not ship on Saturday

    p.startOn("2026-03-09"); // Monday; MCH is off on Tuesday
    const auto dayOff = p.propose(order("SO-11", {line(1, {work(1, "MCH", "16")})}));
    EXPECT_EQ(daysOf(step(*dayOff, 1, 1)), (QList<QDate>{day("2026-03-09"), day("2026-03-11")}));
}

TEST(Scheduler, AStepMovedLaterStartsOnItsDateAndItsPredecessorGainsSlack)
{
    Plant p;
    p.startOn("2026-03-02");
    OrderDemand o = order("SO-12", {line(1, {work(1, "MCH", "8"), work(2, "ASM", "8")})}, "2026-03-06");
    o.lines[0].steps[1].notBefore = day("2026-03-05");
    const auto plan = p.propose(o);
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(step(*plan, 1, 2).start, day("2026-03-05"));
    EXPECT_EQ(plan->completion, day("2026-03-06"));
    EXPECT_EQ(step(*plan, 1, 2).slackDays, 0);
    EXPECT_EQ(step(*plan, 1, 1).slackDays, 2); // could finish Wednesday instead of Monday

    // Requested for Wednesday: two days late, and every step says so.
    o.requestedDate = day("2026-03-04");
    const auto late = p.propose(o);
    EXPECT_EQ(late->daysLate(), 2);
    EXPECT_TRUE(step(*late, 1, 2).isLate());
    EXPECT_EQ(late->steps.last().slackDays, -2);
}

TEST(Scheduler, ShippingWorkingDaysAreConfigurable)
{
    Plant p;
    p.options.shippingWorkingDays = 2;
    p.startOn("2026-03-05"); // Thursday
    const auto plan = p.propose(order("SO-13", {line(1, {work(1, "MCH", "8")})}));
    EXPECT_EQ(plan->steps.last().start, day("2026-03-06"));
    EXPECT_EQ(plan->completion, day("2026-03-09")); // Friday and Monday

    p.options.shippingWorkingDays = 0;
    p.startOn("2026-03-05");
    const auto noShipping = p.propose(order("SO-14", {line(1, {work(1, "MCH", "8")})}));
    EXPECT_EQ(noShipping->steps.last().kind, StepKind::Work);
    EXPECT_EQ(noShipping->completion, day("2026-03-05"));
}

TEST(Scheduler, WhatCanNeverFitIsATypedErrorAndLeavesTheLoadAsItWas)
{
    Plant p;
    p.startOn("2026-03-02");
    // About 250 working days of 8 h in a year: 3,000 h cannot fit. The first line could.
    const OrderDemand tooBig =
        order("SO-15", {line(1, {work(1, "MCH", "16")}), line(2, {work(1, "MCH", "3000")})});
    const auto refused = p.commit(tooBig);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, SchedulingError::Code::CannotPlanWithinYear);
    EXPECT_EQ(refused.error().lineNo, 2);
    EXPECT_EQ(refused.error().workCentre, QStringLiteral("MCH"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("SO-15")));
    EXPECT_EQ(refused.error().toError().kind, Error::Kind::Conflict);
    EXPECT_EQ(p.totalLoad(), 0);

    // A billion hours is refused as quickly, not scanned for.
    EXPECT_EQ(p.propose(order("SO-16", {line(1, {work(1, "MCH", "1000000000")})})).error().code,
              SchedulingError::Code::CannotPlanWithinYear);
    EXPECT_EQ(p.propose(order("SO-17", {line(1, {purchase(1, 400)})})).error().code,
              SchedulingError::Code::CannotPlanWithinYear);
    OrderDemand farAway = order("SO-18", {line(1, {work(1, "MCH", "1")})});
    farAway.lines[0].steps[0].notBefore = day("2027-06-01");
    EXPECT_EQ(p.propose(farAway).error().code, SchedulingError::Code::CannotPlanWithinYear);
    EXPECT_EQ(p.propose(order("SO-19", {})).error().code, SchedulingError::Code::NoLines);
}

TEST(Scheduler, UnknownDeactivatedAndEmptyWorkCentresAreNamed)
{
    Plant p;
    WorkCentre retired = centre("OLD");
    retired.active = false;
    WorkCentre empty = centre("EMPTY");
    empty.units = 0; // never passes WorkCentre::check, but the scheduler must not trust that
    p.centres << retired << empty;
    p.startOn("2026-03-02");
    const auto unknown = p.propose(order("SO-20", {line(3, {work(1, "MCH", "1"), work(2, "XYZ", "1")})}));
    EXPECT_EQ(unknown.error().code, SchedulingError::Code::UnknownWorkCentre);
    EXPECT_EQ(unknown.error().lineNo, 3);
    EXPECT_EQ(unknown.error().stepNo, 2);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("XYZ")));
    EXPECT_EQ(p.propose(order("SO-21", {line(1, {work(1, "OLD", "1")})})).error().code,
              SchedulingError::Code::InactiveWorkCentre);
    EXPECT_EQ(p.propose(order("SO-22", {line(1, {work(1, "EMPTY", "1")})})).error().code,
              SchedulingError::Code::NoCapacity);
}

TEST(Scheduler, ACalendarWithoutAWorkingDayInTheNextYearIsRefused)
{
    Plant p;
    p.calendar = WorkCalendar(WorkingWeekdays::none());
    p.startOn("2026-03-02");
    const auto plan = p.propose(order("SO-23", {line(1, {purchase(1, 3)})}));
    ASSERT_FALSE(plan.has_value());
    EXPECT_EQ(plan.error().code, SchedulingError::Code::NoWorkingDay);

    // One make-up working day is enough for shipping a purchased item.
    p.calendar.set({0, day("2026-12-01"), CalendarDayKind::Workday, {}, {}});
    p.startOn("2026-03-02");
    EXPECT_EQ(p.propose(order("SO-24", {line(1, {purchase(1, 3)})}))->completion, day("2026-12-01"));
}

TEST(Scheduler, IsDeterministic)
{
    Plant p;
    p.startOn("2026-02-13");
    const OrderDemand o =
        order("SO-25",
              {line(2, {purchase(1, 3), work(2, "MCH", "13.333", 1), work(3, "ASM", "5")}),
               line(1, {work(1, "MCH", "20"), work(2, "PT", "3.5")}), line(3, {work(1, "ASM", "30")})},
              "2026-03-01");
    OrderDemand reordered = o;
    std::swap(reordered.lines[0], reordered.lines[2]);
    const auto a = p.propose(o);
    const auto b = p.propose(reordered);
    ASSERT_TRUE(a.has_value() && b.has_value());
    ASSERT_EQ(a->steps.size(), b->steps.size());
    for (qsizetype i = 0; i < a->steps.size(); ++i) {
        const ScheduledStep& x = a->steps[i];
        const ScheduledStep& y = b->steps[i];
        EXPECT_EQ(x.lineNo, y.lineNo);
        EXPECT_EQ(x.stepNo, y.stepNo);
        EXPECT_EQ(x.start, y.start);
        EXPECT_EQ(x.finish, y.finish);
        EXPECT_EQ(x.slackDays, y.slackDays);
        EXPECT_EQ(daysOf(x), daysOf(y));
    }
    EXPECT_EQ(a->completion, b->completion);
}

TEST(Scheduler, ReplanTakesOrdersByPromisedDateThenOrderDate)
{
    Plant p;
    p.startOn("2026-03-02");
    auto make = [](qint64 id, const char* no, const char* promised, const char* ordered) {
        OrderDemand o = order(no, {line(1, {work(1, "MCH", "8")})});
        o.orderId = id;
        if (promised)
            o.promisedDate = day(promised);
        o.orderDate = day(ordered);
        return o;
    };
    const QList<OrderDemand> orders{
        make(1, "Z", nullptr, "2026-01-01"), make(2, "Y", "2026-03-05", "2026-02-10"),
        make(3, "X", "2026-03-10", "2026-02-01"), make(4, "W", "2026-03-05", "2026-02-05")};
    QStringList visited;
    QList<QDate> completions;
    ASSERT_TRUE(
        p.scheduler->replan(p.load, orders, [&](const OrderDemand& o, const Scheduler::Outcome& outcome) {
            visited << o.orderNo;
            completions << outcome->completion;
            return true;
        }));
    EXPECT_EQ(visited, (QStringList{QStringLiteral("W"), QStringLiteral("Y"), QStringLiteral("X"),
                                    QStringLiteral("Z")}));
    // Each takes the next full day of MCH and ships the day after.
    EXPECT_EQ(completions,
              (QList<QDate>{day("2026-03-03"), day("2026-03-04"), day("2026-03-05"), day("2026-03-06")}));
    EXPECT_EQ(p.totalLoad(), h("32").raw());

    // Stopping after two leaves the load of those two.
    p.startOn("2026-03-02");
    int seen = 0;
    EXPECT_FALSE(p.scheduler->replan(
        p.load, orders, [&](const OrderDemand&, const Scheduler::Outcome&) { return ++seen < 2; }));
    EXPECT_EQ(seen, 2);
    EXPECT_EQ(p.totalLoad(), h("16").raw());
}

TEST(Scheduler, EarliestDeliveryIsTheCompletionOfThePlanThatGetsCommitted)
{
    Plant p;
    p.startOn("2026-02-13");
    const OrderDemand first = order("SO-26", {line(1, {work(1, "MCH", "30"), work(2, "ASM", "6", 1)}),
                                              line(2, {purchase(1, 5), work(2, "ASM", "12")})});
    ASSERT_TRUE(p.commit(first).has_value());
    const OrderDemand second = order(
        "SO-27", {line(1, {work(1, "MCH", "17.5"), work(2, "PT", "2")}), line(2, {work(1, "ASM", "9")})});
    const auto earliest = p.propose(second); // what intake shows
    ASSERT_TRUE(earliest.has_value());
    const CapacityLoad before = p.load;
    const qint64 totalBefore = p.totalLoad();
    const auto committed = p.commit(second);
    ASSERT_TRUE(committed.has_value());
    EXPECT_EQ(earliest->completion, committed->completion);
    // The commit added exactly the load the plan says it adds, day by day.
    qint64 added = 0;
    for (const LoadEntry& e : committed->addedLoad()) {
        const int d = int(p.grid->dayIndex(e.date));
        EXPECT_EQ(p.load.rawAt(e.centreIndex, d) - before.rawAt(e.centreIndex, d), e.hours.raw());
        added += e.hours.raw();
    }
    EXPECT_EQ(p.totalLoad() - totalBefore, added);
    EXPECT_EQ(added, h("28.5").raw());
}
