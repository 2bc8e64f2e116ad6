// Hours, work centre capacity, routings and the company calendar: the exact arithmetic and the
// date rules the scheduler stands on.
#include "CalendarDay.h"
#include "Hours.h"
#include "Routing.h"
#include "WorkCalendar.h"
#include "WorkCentre.h"
#include "WorkingWeekdays.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

Hours h(const char* text)
{
    return *Hours::parse(QString::fromLatin1(text));
}

WorkCentre centre(const char* code, const char* hoursPerShift, int shifts, int units, int efficiencyBp)
{
    WorkCentre c;
    c.code = QString::fromLatin1(code);
    c.name = c.code;
    c.hoursPerShift = h(hoursPerShift);
    c.shifts = shifts;
    c.units = units;
    c.efficiency = BasisPoints::fromRaw(efficiencyBp);
    return c;
}

CalendarDay entry(const char* date, CalendarDayKind kind, const char* centreCode = "",
                  const char* hours = "0")
{
    CalendarDay d;
    d.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    d.kind = kind;
    d.workCentre = QString::fromLatin1(centreCode);
    d.hours = h(hours);
    return d;
}

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The 2026 Spring Festival as the State Council announced it: Feb 15–23 off, Saturday Feb 14
// and Saturday Feb 28 worked instead.
WorkCalendar springFestival2026()
{
    WorkCalendar calendar(WorkingWeekdays::mondayToFriday());
    calendar.set(entry("2026-02-14", CalendarDayKind::Workday));
    for (int d = 15; d <= 23; ++d)
        calendar.set(entry(qPrintable(QStringLiteral("2026-02-%1").arg(d)), CalendarDayKind::Holiday));
    calendar.set(entry("2026-02-28", CalendarDayKind::Workday));
    return calendar;
}

} // namespace

TEST(Hours, ParsesAndFormatsExactlyAndRefusesWhatItCannotHold)
{
    EXPECT_EQ(h("12.5").raw(), 12'500);
    EXPECT_EQ(h("0.125").raw(), 125);
    EXPECT_EQ(h("8").toDecimalString(), QStringLiteral("8"));
    EXPECT_EQ(h("12.50").toDecimalString(), QStringLiteral("12.5"));
    EXPECT_EQ(Hours::fromRaw(1).toDecimalString(), QStringLiteral("0.001"));
    EXPECT_FALSE(Hours::parse(u"0.0005")); // more precise than a thousandth of an hour
    EXPECT_FALSE(Hours::parse(u"-1"));
    EXPECT_FALSE(Hours::parse(u"abc"));
    EXPECT_FALSE(Hours::parse(u"2000000000")); // past a billion hours
    EXPECT_FALSE(Hours::fromRaw(Hours::MaxRaw).checkedAdd(Hours::fromRaw(1)));
    EXPECT_EQ(*h("1.5").checkedAdd(h("2.25")), h("3.75"));
}

TEST(Hours, WorkPerUnitTimesQuantityIsRoundedUpCapacityDown)
{
    // 0.017 h × 3 units = 0.051 h exactly; × 2.5 units = 0.0425 h → 0.043 (never less work).
    EXPECT_EQ(*h("0.017").timesQuantityRoundedUp(Quantity::fromUnits(3)), h("0.051"));
    EXPECT_EQ(*h("0.017").timesQuantityRoundedUp(*Quantity::parse(u"2.5")), h("0.043"));
    // 19.69875 h of capacity → 19.698 (never more capacity than there is).
    EXPECT_EQ(*h("22.5").timesBasisPointsRoundedDown(8755), h("19.698"));
    EXPECT_FALSE(h("1000").timesQuantityRoundedUp(Quantity::fromRaw(Quantity::MaxRaw)));
}

TEST(WorkCentre, CapacityIsHoursPerShiftTimesShiftsUnitsAndEfficiency)
{
    EXPECT_EQ(centre("MCH", "8", 2, 3, 8500).regularHours(), h("40.8"));
    EXPECT_EQ(centre("ASM", "7.5", 1, 3, 8755).regularHours(), h("19.698"));
    const WorkCentre c = centre("PT", "8", 1, 2, 9000);
    EXPECT_EQ(c.availableHours(false, Hours()), Hours());
    // Overtime is worked by every unit at the centre's efficiency: 2 h × 2 × 90% = 3.6 h.
    EXPECT_EQ(c.availableHours(true, h("2")), h("18"));
    EXPECT_EQ(c.availableHours(false, h("2")), h("3.6"));
}

TEST(WorkCentre, ACentreWithoutCapacityIsRefusedWithTheColumnToFix)
{
    EXPECT_TRUE(centre("CUT", "8", 2, 2, 9000).check().has_value());
    EXPECT_EQ(centre("CUT", "0", 1, 1, 10000).check().error().field, QStringLiteral("hours_per_shift"));
    EXPECT_EQ(centre("CUT", "8", 0, 1, 10000).check().error().field, QStringLiteral("shifts"));
    EXPECT_EQ(centre("CUT", "8", 1, 0, 10000).check().error().field, QStringLiteral("units"));
    EXPECT_EQ(centre("CUT", "8", 1, 1, 0).check().error().field, QStringLiteral("efficiency_percent"));
    EXPECT_EQ(centre("CUT", "8", 4, 1, 10000).check().error().field, QStringLiteral("shifts")); // 32 h a day
    EXPECT_EQ(centre("C U T", "8", 1, 1, 10000).check().error().field, QStringLiteral("code"));
}

TEST(WorkCentre, ANameWithAControlCharacterIsRefused)
{
    // An escape sequence from an imported file would retitle or clear the terminal it is shown in.
    WorkCentre c = centre("CUT", "8", 1, 1, 10000);
    c.name = QStringLiteral("切割\x1b]0;pwned\x07");
    ASSERT_FALSE(c.check().has_value());
    EXPECT_EQ(c.check().error().field, QStringLiteral("name"));
    EXPECT_TRUE(c.check().error().message.contains(QLatin1String("control character")));
}

TEST(WorkingWeekdays, ParseAndFormatIsoWeekdayDigits)
{
    EXPECT_EQ(WorkingWeekdays::parse(u"12345"), WorkingWeekdays::mondayToFriday());
    EXPECT_EQ(WorkingWeekdays::parse(u"123456"), WorkingWeekdays::mondayToSaturday());
    EXPECT_EQ(WorkingWeekdays::mondayToSaturday().toString(), QStringLiteral("123456"));
    EXPECT_TRUE(WorkingWeekdays::parse(u"")->isEmpty());
    EXPECT_FALSE(WorkingWeekdays::parse(u"1123"));
    EXPECT_FALSE(WorkingWeekdays::parse(u"08"));
    EXPECT_TRUE(WorkingWeekdays::mondayToSaturday().works(day("2026-02-07"))); // a Saturday
    EXPECT_FALSE(WorkingWeekdays::mondayToFriday().works(day("2026-02-07")));
}

TEST(WorkCalendar, SpringFestival2026WithItsMakeUpSaturdays)
{
    const WorkCalendar calendar = springFestival2026();
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-02-13")));  // Friday
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-02-14")));  // Saturday, 调休
    EXPECT_FALSE(calendar.isCompanyWorkingDay(day("2026-02-16"))); // Monday, holiday
    EXPECT_FALSE(calendar.isCompanyWorkingDay(day("2026-02-23"))); // Monday, holiday
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-02-24")));  // Tuesday
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-02-28")));  // Saturday, 调休
    EXPECT_FALSE(calendar.isCompanyWorkingDay(day("2026-03-01"))); // Sunday
    EXPECT_FALSE(calendar.isCompanyWorkingDay(day("2026-03-07"))); // an ordinary Saturday

    // Monday–Saturday makes every Saturday a working day, but not the holidays.
    WorkCalendar sixDays = calendar;
    sixDays.setWorkingWeekdays(WorkingWeekdays::mondayToSaturday());
    EXPECT_TRUE(sixDays.isCompanyWorkingDay(day("2026-03-07")));
    EXPECT_FALSE(sixDays.isCompanyWorkingDay(day("2026-02-21")));
}

TEST(WorkCalendar, AWorkCentresOwnDaysOffWorkdaysAndOvertime)
{
    WorkCalendar calendar = springFestival2026();
    const WorkCentre pt = centre("PT", "8", 1, 2, 10000);
    calendar.set(entry("2026-03-04", CalendarDayKind::Holiday, "PT"));       // maintenance, Wednesday
    calendar.set(entry("2026-03-07", CalendarDayKind::Workday, "PT"));       // a Saturday for PT only
    calendar.set(entry("2026-03-08", CalendarDayKind::Overtime, "PT", "4")); // Sunday: 4 h overtime
    calendar.set(entry("2026-02-18", CalendarDayKind::Overtime, "PT", "3")); // during the holiday
    calendar.set(entry("2026-03-05", CalendarDayKind::Overtime, "", "2"));   // company overtime, Thursday

    EXPECT_EQ(calendar.availableHours(pt, day("2026-03-03")), h("16"));
    EXPECT_EQ(calendar.availableHours(pt, day("2026-03-04")), Hours());
    EXPECT_TRUE(calendar.isCompanyWorkingDay(day("2026-03-04")));       // the rest of the company works
    EXPECT_EQ(calendar.availableHours(pt, day("2026-03-05")), h("20")); // (8 + 2) × 2
    EXPECT_EQ(calendar.availableHours(pt, day("2026-03-07")), h("16"));
    EXPECT_EQ(calendar.availableHours(pt, day("2026-03-08")), h("8")); // 4 h × 2 units
    EXPECT_EQ(calendar.availableHours(pt, day("2026-02-18")), h("6"));
    // Another centre keeps the company's days.
    const WorkCentre asm_ = centre("ASM", "8", 1, 1, 10000);
    EXPECT_EQ(calendar.availableHours(asm_, day("2026-03-04")), h("8"));
    EXPECT_EQ(calendar.availableHours(asm_, day("2026-03-07")), Hours());
    EXPECT_EQ(calendar.availableHours(asm_, day("2026-03-05")), h("10"));

    // A later entry for the same date and centre replaces the earlier one.
    calendar.set(entry("2026-03-04", CalendarDayKind::Overtime, "PT", "1"));
    EXPECT_EQ(calendar.availableHours(pt, day("2026-03-04")), h("18"));
    calendar.remove(day("2026-03-04"), QStringLiteral("PT"));
    EXPECT_EQ(calendar.availableHours(pt, day("2026-03-04")), h("16"));
}

TEST(CalendarDay, OnlyOvertimeHasHoursAndKindsReadAsTheCsvWritesThem)
{
    EXPECT_TRUE(entry("2026-03-08", CalendarDayKind::Overtime, "PT", "4").check().has_value());
    EXPECT_EQ(entry("2026-03-08", CalendarDayKind::Overtime, "PT", "0").check().error().field,
              QStringLiteral("hours"));
    EXPECT_EQ(entry("2026-03-08", CalendarDayKind::Overtime, "PT", "25").check().error().field,
              QStringLiteral("hours"));
    EXPECT_EQ(entry("2026-03-08", CalendarDayKind::Holiday, "", "8").check().error().field,
              QStringLiteral("hours"));
    EXPECT_EQ(CalendarDay::kindFromKey(u" Workday "), CalendarDayKind::Workday);
    EXPECT_FALSE(CalendarDay::kindFromKey(u"vacation"));
    EXPECT_EQ(CalendarDay::kindKey(CalendarDayKind::Overtime), QStringLiteral("overtime"));
}

TEST(Routing, SetupOncePerBatchRunHoursPerUnitAndALeadTimeStepWithoutRouting)
{
    Routing routing;
    routing.sku = QStringLiteral("Z41H-16C-DN100");
    RoutingStep casting{0, 1, QStringLiteral("铸件采购"), {}, {}, {}, 0, 12};
    RoutingStep machining{0, 2, QStringLiteral("机加工"), QStringLiteral("MCH"), h("1.5"), h("0.75"), 1, 0};
    routing.steps = {machining, casting}; // out of order on purpose
    ASSERT_TRUE(routing.check().has_value());
    const auto demand = routing.demand(Quantity::fromUnits(10), 15);
    ASSERT_TRUE(demand.has_value());
    ASSERT_EQ(demand->size(), 2);
    EXPECT_EQ((*demand)[0].kind, StepKind::Purchase);
    EXPECT_EQ((*demand)[0].calendarDays, 12);
    EXPECT_EQ((*demand)[1].kind, StepKind::Work);
    EXPECT_EQ((*demand)[1].hours, h("9")); // 1.5 + 0.75 × 10, not 10 setups
    EXPECT_EQ((*demand)[1].waitDaysAfter, 1);

    const auto noRouting = Routing().demand(Quantity::fromUnits(3), 15);
    ASSERT_EQ(noRouting->size(), 1);
    EXPECT_EQ(noRouting->first().kind, StepKind::LeadTime);
    EXPECT_EQ(noRouting->first().calendarDays, 15);

    // 1,000 h per unit × a billion units is past what any plan can hold: an error, not a wrapped number.
    Routing heavy;
    heavy.steps = {RoutingStep{0, 1, QStringLiteral("装配"), QStringLiteral("ASM"), {}, h("1000"), 0, 0}};
    const auto absurd = heavy.demand(Quantity::fromRaw(Quantity::MaxRaw), 0);
    ASSERT_FALSE(absurd.has_value());
    EXPECT_EQ(absurd.error().field, QStringLiteral("quantity"));
}

TEST(Routing, BadStepsAreRefused)
{
    Routing routing;
    routing.sku = QStringLiteral("P1");
    RoutingStep a{0, 1, QStringLiteral("机加工"), QStringLiteral("MCH"), h("1"), h("0.5"), 0, 0};
    routing.steps = {a, a};
    EXPECT_EQ(routing.check().error().field, QStringLiteral("step_no"));
    RoutingStep nothing{0, 1, QStringLiteral("检验"), QStringLiteral("MCH"), {}, {}, 0, 0};
    EXPECT_EQ(nothing.check().error().field, QStringLiteral("run_hours_per_unit"));
    RoutingStep both{0, 1, QStringLiteral("外协"), QStringLiteral("MCH"), h("1"), {}, 0, 5};
    EXPECT_EQ(both.check().error().field, QStringLiteral("purchase_lead_days"));
    RoutingStep purchaseWithHours{0, 1, QStringLiteral("采购"), {}, h("1"), {}, 0, 5};
    EXPECT_EQ(purchaseWithHours.check().error().field, QStringLiteral("work_centre"));
    RoutingStep neither{0, 1, QStringLiteral("采购"), {}, {}, {}, 0, 0};
    EXPECT_EQ(neither.check().error().field, QStringLiteral("purchase_lead_days"));
    RoutingStep longWait{0, 1, QStringLiteral("固化"), QStringLiteral("PNT"), h("1"), {}, 400, 0};
    EXPECT_EQ(longWait.check().error().field, QStringLiteral("wait_days"));
}
