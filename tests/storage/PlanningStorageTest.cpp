// Work centres, the company calendar (seeded with China's official 2025–2026 holidays), routings
// and order plans in the database, and the per-centre-per-day load kept in step with the plans.
#include "CalendarRepository.h"
#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "DatabaseCheckService.h"
#include "OrderPlanRepository.h"
#include "OrderRepository.h"
#include "PlanningSettingsRepository.h"
#include "RoutingRepository.h"
#include "Scheduler.h"
#include "TestDatabase.h"
#include "WorkCentreLoadRepository.h"
#include "WorkCentreRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

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

WorkCentre centre(const char* code, const char* name, int units = 1)
{
    WorkCentre c;
    c.code = QString::fromLatin1(code);
    c.name = QString::fromUtf8(name);
    c.department = QStringLiteral("生产部");
    c.hoursPerShift = h("8");
    c.units = units;
    return c;
}

class PlanningStorage : public ::testing::Test
{
protected:
    test::TestDatabase t;
    WorkCentreRepository centres{t.db()};
    qint64 mch = *centres.insert(centre("MCH", "机加工", 2));
    qint64 asm_ = *centres.insert(centre("ASM", "装配"));
    qint64 valve = t.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("闸阀"), 12'800'000, 15);

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        q.next();
        return q.value(0).toLongLong();
    }

    qint64 addOrder(const char* no)
    {
        Order o;
        o.orderNo = QString::fromLatin1(no);
        o.customerId =
            t.addCustomer(QStringLiteral("C-%1").arg(QString::fromLatin1(no)), QStringLiteral("客户"));
        o.salespersonId = t.salespersonId;
        o.status = OrderStatus::Confirmed;
        o.orderDate = day("2026-03-01");
        o.requestedDate = day("2026-03-20");
        EXPECT_TRUE(OrderRepository(t.db()).insert(o).has_value());
        return o.id;
    }

    // A plan of the order proposed by the scheduler from Monday 2026-03-02 on the stored load.
    OrderPlan proposedPlan(qint64 orderId, const char* hoursOnMch, const char* hoursOnAsm)
    {
        const WorkCalendar calendar = *CalendarRepository(t.db()).calendar(
            PlanningSettingsRepository(t.db()).settings()->workingWeekdays);
        const CapacityGrid grid(calendar, *centres.all(), day("2026-03-02"), Scheduler::WindowDays);
        CapacityLoad load(grid);
        EXPECT_TRUE(WorkCentreLoadRepository(t.db()).addTo(load, grid).has_value());
        OrderDemand demand;
        demand.orderId = orderId;
        LineDemand line;
        line.lineNo = 1;
        line.quantity = Quantity::fromUnits(4);
        StepDemand machining{
            1, QStringLiteral("机加工"), StepKind::Work, QStringLiteral("MCH"), h(hoursOnMch), 0, 0, {}};
        StepDemand assembly{
            2, QStringLiteral("装配"), StepKind::Work, QStringLiteral("ASM"), h(hoursOnAsm), 0, 0, {}};
        line.steps = {machining, assembly};
        demand.lines << line;
        const auto schedule = Scheduler(grid).propose(load, demand);
        EXPECT_TRUE(schedule.has_value());
        return OrderPlan::fromSchedule(*schedule, demand, 1, grid);
    }

    void expectKeptLoadMatchesPlans()
    {
        WorkCentreLoadRepository load(t.db());
        EXPECT_EQ(*load.between(day("2026-01-01"), day("2027-12-31")),
                  *load.summedFromPlans(day("2026-01-01"), day("2027-12-31")));
    }
};

} // namespace

TEST_F(PlanningStorage, ANewDatabaseHasTheOfficial2025And2026HolidaysAndNothingOf2027)
{
    CalendarRepository calendarDays(t.db());
    const QList<CalendarDay> all = *calendarDays.all();
    EXPECT_EQ(all.size(), 72);
    EXPECT_TRUE(calendarDays.between(day("2027-01-01"), day("2027-12-31"))->isEmpty());
    const PlanningSettings settings = *PlanningSettingsRepository(t.db()).settings();
    EXPECT_EQ(settings.workingWeekdays, WorkingWeekdays::mondayToFriday());
    EXPECT_EQ(settings.shippingWorkingDays, 1);

    const WorkCalendar calendar = *calendarDays.calendar(settings.workingWeekdays);
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-02-14"))); // Saturday, 调休
    for (int d = 15; d <= 23; ++d)
        EXPECT_FALSE(calendar.isCompanyWorkingDay(QDate(2026, 2, d))) << d;
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-02-28"))); // Saturday, 调休
    EXPECT_FALSE(calendar.isCompanyWorkingDay(day("2026-10-07")));
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-10-10"))); // Saturday, 调休
    EXPECT_FALSE(calendar.isCompanyWorkingDay(day("2025-01-28")));
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2025-01-26")));  // Sunday, 调休
    EXPECT_FALSE(calendar.isCompanyWorkingDay(day("2027-02-06"))); // just a Saturday: 2027 is not known
    EXPECT_TRUE(
        calendar.isCompanyWorkingDay(day("2027-02-08"))); // a Monday, whatever 2027's holidays will be
}

TEST_F(PlanningStorage, WorkCentresAreSavedExactlyAndAWorkCentreWithoutCapacityIsRefusedByTheSchema)
{
    WorkCentre painting = centre("PNT", "喷漆");
    painting.hoursPerShift = h("7.5");
    painting.shifts = 2;
    painting.efficiency = BasisPoints::fromRaw(8755);
    const qint64 id = *centres.insert(painting);
    auto stored = **centres.byCode(QStringLiteral("PNT"));
    EXPECT_EQ(stored.id, id);
    EXPECT_EQ(stored.name, QStringLiteral("喷漆"));
    EXPECT_EQ(stored.hoursPerShift, h("7.5"));
    EXPECT_EQ(stored.regularHours(), h("13.132")); // 15 h × 87.55% = 13.1325, rounded down
    stored.units = 3;
    stored.active = false;
    ASSERT_TRUE(centres.update(stored).has_value());
    EXPECT_EQ((*centres.byId(id))->units, 3);
    EXPECT_FALSE((*centres.byId(id))->active);
    QStringList codes;
    const QList<WorkCentre> all = *centres.all();
    for (const WorkCentre& c : all)
        codes << c.code;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("ASM"), QStringLiteral("MCH"), QStringLiteral("PNT")}));

    WorkCentre broken = centre("ZERO", "无产能");
    broken.hoursPerShift = Hours();
    EXPECT_FALSE(centres.insert(broken).has_value());
}

TEST_F(PlanningStorage, OneCalendarEntryPerDateAndWorkCentre)
{
    CalendarRepository calendarDays(t.db());
    CalendarDay maintenance{0, day("2026-03-04"), CalendarDayKind::Holiday, QStringLiteral("MCH"), {}};
    CalendarDay overtime{0, day("2026-03-04"), CalendarDayKind::Overtime, QStringLiteral("ASM"), h("2.5")};
    CalendarDay companyDay{0, day("2026-03-04"), CalendarDayKind::Holiday, {}, {}};
    ASSERT_TRUE(calendarDays.save(maintenance, mch).has_value());
    ASSERT_TRUE(calendarDays.save(overtime, asm_).has_value());
    ASSERT_TRUE(calendarDays.save(companyDay, 0).has_value());
    EXPECT_EQ(calendarDays.between(day("2026-03-04"), day("2026-03-04"))->size(), 3);

    // Saving the same date and centre again replaces the entry.
    overtime.hours = h("3");
    ASSERT_TRUE(calendarDays.save(overtime, asm_).has_value());
    const auto found = *calendarDays.find(day("2026-03-04"), asm_);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->hours, h("3"));
    EXPECT_EQ(found->workCentre, QStringLiteral("ASM"));
    EXPECT_EQ(calendarDays.between(day("2026-03-04"), day("2026-03-04"))->size(), 3);
    EXPECT_EQ((*calendarDays.between(day("2026-03-04"), day("2026-03-04"))).first().workCentre, QString());

    // A seeded holiday turned into a working day for the whole company.
    ASSERT_TRUE(calendarDays.save({0, day("2026-10-07"), CalendarDayKind::Workday, {}, {}}, 0).has_value());
    EXPECT_EQ((*calendarDays.find(day("2026-10-07"), 0))->kind, CalendarDayKind::Workday);
    EXPECT_EQ(calendarDays.all()->size(), 72 + 3);

    ASSERT_TRUE(calendarDays.remove(day("2026-03-04"), 0).has_value());
    EXPECT_FALSE(calendarDays.find(day("2026-03-04"), 0)->has_value());
    EXPECT_TRUE(calendarDays.find(day("2026-03-04"), mch)->has_value());

    // The schema refuses overtime without hours and a holiday with hours.
    EXPECT_FALSE(calendarDays.save({0, day("2026-03-05"), CalendarDayKind::Overtime, {}, {}}, 0).has_value());
    EXPECT_FALSE(
        calendarDays.save({0, day("2026-03-06"), CalendarDayKind::Holiday, {}, h("1")}, 0).has_value());
}

TEST_F(PlanningStorage, RoutingsAreReplacedWholeAndAnUnknownWorkCentreIsAnError)
{
    RoutingRepository routings(t.db());
    EXPECT_TRUE(routings.forProduct(valve)->isEmpty());
    QList<RoutingStep> steps{
        RoutingStep{0, 2, QStringLiteral("机加工"), QStringLiteral("MCH"), h("1.5"), h("0.75"), 0, 0},
        RoutingStep{0, 1, QStringLiteral("铸件采购"), {}, {}, {}, 0, 12},
        RoutingStep{0, 3, QStringLiteral("装配"), QStringLiteral("ASM"), h("0.5"), h("0.4"), 1, 0},
    };
    ASSERT_TRUE(routings.replace(valve, steps).has_value());
    const Routing stored = *routings.forProduct(valve);
    ASSERT_EQ(stored.steps.size(), 3);
    EXPECT_EQ(stored.sku, QStringLiteral("Z41H-16C-DN100"));
    EXPECT_EQ(stored.steps[0].name, QStringLiteral("铸件采购"));
    EXPECT_TRUE(stored.steps[0].isPurchase());
    EXPECT_EQ(stored.steps[0].purchaseLeadDays, 12);
    EXPECT_EQ(stored.steps[1].workCentre, QStringLiteral("MCH"));
    EXPECT_EQ(stored.steps[1].runHoursPerUnit, h("0.75"));
    EXPECT_EQ(stored.steps[2].waitDays, 1);

    ASSERT_TRUE(routings.replace(valve, {steps[0]}).has_value());
    EXPECT_EQ(routings.forProduct(valve)->steps.size(), 1);
    const qint64 flange = t.addProduct(QStringLiteral("FL-DN100"), QStringLiteral("法兰"), 855'000, 3);
    EXPECT_EQ(routings.forProducts({valve, flange})->size(), 1); // the flange has none

    {
        Transaction tx(t.db());
        const auto unknown = routings.replace(
            valve, {RoutingStep{0, 1, QStringLiteral("热处理"), QStringLiteral("HT"), h("1"), {}, 0, 0}});
        ASSERT_FALSE(unknown.has_value());
        EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("HT")));
    } // rolled back
    EXPECT_EQ(routings.forProduct(valve)->steps.first().workCentre, QStringLiteral("MCH"));
}

TEST_F(PlanningStorage, ACommittedPlanAddsItsHoursToTheLoadAndReleasingItTakesThemOut)
{
    const qint64 first = addOrder("SO-2026-000001");
    OrderPlan plan = proposedPlan(first, "24", "4"); // MCH 16 h a day: Mon 16 h, Tue 8 h
    plan.committedBy = t.managerId;
    plan.promisedDate = day("2026-03-06");
    const qint64 planId = *OrderPlanRepository(t.db()).insert(plan);

    WorkCentreLoadRepository load(t.db());
    EXPECT_EQ(*load.between(day("2026-03-01"), day("2026-03-31")),
              (QList<WorkCentreDayLoad>{{mch, day("2026-03-02"), h("16")},
                                        {mch, day("2026-03-03"), h("8")},
                                        {asm_, day("2026-03-04"), h("4")}}));
    expectKeptLoadMatchesPlans();

    // The next order is planned after the first, on what is left.
    const qint64 second = addOrder("SO-2026-000002");
    const OrderPlan next = proposedPlan(second, "12", "6");
    EXPECT_EQ(next.steps[0].days.first().date, day("2026-03-03"));
    EXPECT_EQ(next.steps[0].days.first().hours, h("8"));
    ASSERT_TRUE(OrderPlanRepository(t.db()).insert(next).has_value());
    EXPECT_EQ(load.between(day("2026-03-03"), day("2026-03-03"))->first().hours, h("16"));
    expectKeptLoadMatchesPlans();

    // Read back whole.
    const OrderPlan stored = **OrderPlanRepository(t.db()).committedForOrder(first);
    EXPECT_EQ(stored.id, planId);
    EXPECT_EQ(stored.promisedDate, day("2026-03-06"));
    EXPECT_EQ(stored.committedBy, t.managerId);
    ASSERT_EQ(stored.steps.size(), 3); // two steps and shipping
    EXPECT_EQ(stored.steps[0].workCentre, QStringLiteral("MCH"));
    EXPECT_EQ(stored.steps[0].hours, h("24"));
    EXPECT_EQ(stored.steps[0].quantity, Quantity::fromUnits(4));
    EXPECT_EQ(stored.steps[0].days.size(), 2);
    EXPECT_EQ(stored.steps[2].kind, StepKind::Shipping);
    EXPECT_EQ(stored.steps[2].lineNo, 0);
    EXPECT_EQ(stored.earliestCompletion, day("2026-03-05"));

    // Released: the hours leave the load, the plan stays for the record.
    ASSERT_TRUE(OrderPlanRepository(t.db()).release(planId, QDateTime::currentDateTimeUtc()).has_value());
    EXPECT_FALSE(OrderPlanRepository(t.db()).committedForOrder(first)->has_value());
    EXPECT_FALSE((*OrderPlanRepository(t.db()).forRevision(first, 1))->committed);
    EXPECT_EQ(*load.between(day("2026-03-02"), day("2026-03-02")), QList<WorkCentreDayLoad>());
    expectKeptLoadMatchesPlans();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM work_centre_load WHERE hours = 0")), 0);
    // Releasing twice takes nothing out twice.
    ASSERT_TRUE(OrderPlanRepository(t.db()).release(planId, QDateTime::currentDateTimeUtc()).has_value());
    expectKeptLoadMatchesPlans();

    const auto secondPlan = *OrderPlanRepository(t.db()).committedForOrder(second);
    ASSERT_TRUE(secondPlan.has_value());
    ASSERT_TRUE(OrderPlanRepository(t.db()).remove(secondPlan->id).has_value());
    EXPECT_TRUE(load.between(day("2026-01-01"), day("2026-12-31"))->isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM order_plan_step_days")), 3); // the released plan's
}

TEST_F(PlanningStorage, ProgressOfAStepIsSaved)
{
    const qint64 orderId = addOrder("SO-2026-000003");
    const qint64 planId = *OrderPlanRepository(t.db()).insert(proposedPlan(orderId, "8", "8"));
    OrderPlanStep step = (*OrderPlanRepository(t.db()).byId(planId))->steps.first();
    step.ownerUserId = t.salespersonId;
    step.status = PlanStepStatus::Started;
    step.actualStart = day("2026-03-02");
    step.quantityDone = *Quantity::parse(u"2.5");
    step.notBefore = day("2026-03-03");
    ASSERT_TRUE(OrderPlanRepository(t.db()).updateStep(step).has_value());
    const OrderPlanStep saved = (*OrderPlanRepository(t.db()).byId(planId))->steps.first();
    EXPECT_EQ(saved.ownerUserId, t.salespersonId);
    EXPECT_EQ(saved.status, PlanStepStatus::Started);
    EXPECT_EQ(saved.actualStart, day("2026-03-02"));
    EXPECT_FALSE(saved.actualFinish.isValid());
    EXPECT_EQ(saved.quantityDone, *Quantity::parse(u"2.5"));
    EXPECT_EQ(saved.notBefore, day("2026-03-03"));
    EXPECT_EQ(saved.plannedStart, step.plannedStart); // planned dates change only with a new plan
}

TEST_F(PlanningStorage, TheKeptLoadCanBeRebuiltFromThePlansAndFillsTheSchedulersLoad)
{
    for (const char* no : {"SO-2026-000010", "SO-2026-000011", "SO-2026-000012"})
        ASSERT_TRUE(OrderPlanRepository(t.db()).insert(proposedPlan(addOrder(no), "20", "5")).has_value());
    WorkCentreLoadRepository load(t.db());
    const QList<WorkCentreDayLoad> kept = *load.between(day("2026-01-01"), day("2026-12-31"));
    EXPECT_TRUE(load.mismatches(10)->isEmpty());
    ASSERT_TRUE(t.db().exec(QStringLiteral("UPDATE work_centre_load SET hours = 1")).has_value());
    const QList<WorkCentreLoadMismatch> wrong = *load.mismatches(10);
    ASSERT_FALSE(wrong.isEmpty());
    EXPECT_EQ(wrong.first().workCentre, QStringLiteral("ASM"));
    EXPECT_EQ(wrong.first().kept, h("0.001"));
    // `orderdesk-cli check` reports it.
    bool reported = false;
    const QList<DatabaseProblem> problems = *DatabaseCheckService(t.session()).run();
    for (const DatabaseProblem& problem : problems)
        reported = reported || (problem.check == QStringLiteral("planned_load") &&
                                problem.message.contains(QStringLiteral("the planned load says 0.001")));
    EXPECT_TRUE(reported);
    ASSERT_TRUE(load.rebuild().has_value());
    EXPECT_TRUE(load.mismatches(10)->isEmpty());
    EXPECT_EQ(*load.between(day("2026-01-01"), day("2026-12-31")), kept);

    const CapacityGrid grid(WorkCalendar(), *centres.all(), day("2026-03-02"), Scheduler::WindowDays);
    CapacityLoad filled(grid);
    ASSERT_TRUE(load.addTo(filled, grid).has_value());
    qint64 sum = 0;
    for (int c = 0; c < filled.centreCount(); ++c)
        for (int d = 0; d < filled.days(); ++d)
            sum += filled.rawAt(c, d);
    EXPECT_EQ(sum, 3 * h("25").raw());
    EXPECT_EQ(filled.at(grid.indexOf(QStringLiteral("MCH")), 0), h("16")); // Monday is full
}
