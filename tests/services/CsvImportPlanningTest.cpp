// Work centres, routings and calendar days through CSV: the formats of docs/CSV.md, all or
// nothing, FILE:LINE messages, dry runs, and export files that import back the same.
#include "BadInputSupport.h"
#include "CalendarRepository.h"
#include "CsvExportService.h"
#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "RoutingRepository.h"
#include "TestDatabase.h"
#include "WorkCentreRepository.h"

#include <gtest/gtest.h>

using namespace od;
using od::test::databaseFigures;
using od::test::describe;
using od::test::writeCsvFile;
using Kind = CsvImportReport::Kind;

namespace {

const QByteArray kCentres = "code,name,department,hours_per_shift,shifts,units,efficiency_percent\n";
const QByteArray kRoutings =
    "sku,step_no,name,work_centre,setup_hours,run_hours_per_unit,wait_days,purchase_lead_days\n";
const QByteArray kCalendar = "date,kind,work_centre,hours\n";

Hours h(const char* text)
{
    return *Hours::parse(QString::fromLatin1(text));
}

class CsvPlanningTest : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager};
    qint64 valve =
        t.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("铸钢法兰闸阀"), 12'800'000, 15);
    qint64 flange = t.addProduct(QStringLiteral("PL-DN100-PN16"), QStringLiteral("板式平焊法兰"), 682'500, 5);

    Result<CsvImportReport> import(Kind kind, const QByteArray& bytes, bool dryRun = false)
    {
        const QString path = writeCsvFile(t.dir(), QStringLiteral("planning.csv"), bytes);
        return CsvImportService(t.session()).import(kind, path, dryRun);
    }

    void importOk(Kind kind, const QByteArray& bytes)
    {
        auto report = import(kind, bytes);
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
        ASSERT_TRUE(report->ok()) << report->formattedErrors().join(u'\n').toStdString();
        ASSERT_TRUE(report->committed);
    }

    // The file is refused, checked or for real, with a message on `line` containing `expected`,
    // and nothing in the database changes.
    void expectRefused(Kind kind, const QByteArray& bytes, int line, const QString& expected)
    {
        const auto before = databaseFigures(t.db());
        const auto centresBefore = *WorkCentreRepository(t.db()).all();
        for (bool dryRun : {true, false}) {
            SCOPED_TRACE(dryRun ? "dry run" : "import");
            auto report = import(kind, bytes, dryRun);
            ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
            EXPECT_FALSE(report->committed);
            bool seen = false;
            for (const QString& message : report->formattedErrors())
                seen = seen || (message.contains(QStringLiteral("planning.csv:%1: ").arg(line)) &&
                                message.contains(expected));
            EXPECT_TRUE(seen) << "wanted line " << line << " with \"" << expected.toStdString()
                              << "\"; got:\n"
                              << report->formattedErrors().join(u'\n').toStdString();
        }
        EXPECT_EQ(before, databaseFigures(t.db())) << describe(databaseFigures(t.db()));
        const auto centresAfter = *WorkCentreRepository(t.db()).all();
        ASSERT_EQ(centresBefore.size(), centresAfter.size());
        for (qsizetype i = 0; i < centresBefore.size(); ++i) {
            EXPECT_EQ(centresBefore[i].hoursPerShift, centresAfter[i].hoursPerShift);
            EXPECT_EQ(centresBefore[i].units, centresAfter[i].units);
        }
    }

    void importCentres()
    {
        importOk(Kind::WorkCentres, kCentres + "MCH,机加工,机加工车间,8,2,6,85\n"
                                               "ASM,装配,装配车间,8,1,8,95\n"
                                               "PT,试压,质检部,7.5,1,2,90\n");
    }
};

} // namespace

TEST_F(CsvPlanningTest, WorkCentresAreImportedAndAnExistingCodeIsUpdated)
{
    auto dry = import(Kind::WorkCentres, kCentres + "MCH,机加工,机加工车间,8,2,6,85\n", true);
    ASSERT_TRUE(dry.has_value());
    EXPECT_TRUE(dry->ok());
    EXPECT_EQ(dry->recordCount, 1);
    EXPECT_TRUE(WorkCentreRepository(t.db()).all()->isEmpty()); // a dry run changes nothing

    importCentres();
    const WorkCentre mch = **WorkCentreRepository(t.db()).byCode(QStringLiteral("MCH"));
    EXPECT_EQ(mch.name, QStringLiteral("机加工"));
    EXPECT_EQ(mch.department, QStringLiteral("机加工车间"));
    EXPECT_EQ(mch.regularHours(), h("81.6")); // 8 × 2 × 6 × 85%
    EXPECT_EQ((*WorkCentreRepository(t.db()).byCode(QStringLiteral("PT")))->hoursPerShift, h("7.5"));

    // Columns left out take their defaults: 1 shift, 1 unit, 100%.
    importOk(Kind::WorkCentres, "code,name,hours_per_shift\nPCK,包装,8\nMCH,机加工,8\n");
    EXPECT_EQ((*WorkCentreRepository(t.db()).byCode(QStringLiteral("PCK")))->regularHours(), h("8"));
    const WorkCentre updated = **WorkCentreRepository(t.db()).byCode(QStringLiteral("MCH"));
    EXPECT_EQ(updated.id, mch.id);
    EXPECT_EQ(updated.regularHours(), h("8"));
    EXPECT_EQ(WorkCentreRepository(t.db()).all()->size(), 4);
}

TEST_F(CsvPlanningTest, AStepsAlternativeWorkCentresAreImportedCheckedAndExported)
{
    importCentres();
    const QByteArray header = "sku,step_no,name,work_centre,run_hours_per_unit,alternatives\n";
    importOk(Kind::Routings, header + "Z41H-16C-DN100,10,机加工,MCH,1,\n"
                                      "Z41H-16C-DN100,20,装配,ASM,1,PT; MCH\n");
    const Routing routing = *RoutingRepository(t.db()).forProduct(valve);
    ASSERT_EQ(routing.steps.size(), 2);
    EXPECT_TRUE(routing.steps[0].alternatives.isEmpty());
    EXPECT_EQ(routing.steps[1].alternatives, (QStringList{QStringLiteral("MCH"), QStringLiteral("PT")}));

    expectRefused(Kind::Routings, header + "PL-DN100-PN16,10,机加工,MCH,1,MCH\n", 2,
                  QStringLiteral("alternatives: MCH is the step's own work centre"));
    expectRefused(Kind::Routings, header + "PL-DN100-PN16,10,机加工,MCH,1,XX\n", 2,
                  QStringLiteral("alternatives: there is no work centre XX."));
    expectRefused(Kind::Routings, header + "PL-DN100-PN16,10,机加工,MCH,1,ASM ASM\n", 2,
                  QStringLiteral("alternatives: The alternative work centre ASM is listed twice."));

    const QString file = t.dir() + QStringLiteral("/routings.csv");
    ASSERT_EQ(CsvExportService(t.session()).exportRoutings(file)->rowCount, 2);
    EXPECT_TRUE(test::readCsvFile(file).contains("Z41H-16C-DN100,20,装配,ASM,0,1,0,,MCH PT\r\n"))
        << test::readCsvFile(file).toStdString();
}

TEST_F(CsvPlanningTest, BadWorkCentresAreRefusedWithTheirLine)
{
    importCentres();
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,下料车间,8,2,2,90\nWLD,焊接,焊接车间,0,1,2,90\n", 3,
                  QStringLiteral("hours_per_shift: A work centre with no hours per shift has no capacity"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,8,0,2,90\n", 2, QStringLiteral("shifts:"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,8,1,0,90\n", 2, QStringLiteral("units:"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,8,1,1,0\n", 2,
                  QStringLiteral("efficiency_percent:"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,8,4,1,90\n", 2, QStringLiteral("24 hours"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,-8,1,1,90\n", 2,
                  QStringLiteral("hours_per_shift: hours cannot be negative"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,8.0005,1,1,90\n", 2,
                  QStringLiteral("more than 3 decimal places"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,8,two,1,90\n", 2,
                  QStringLiteral("not a whole number"));
    expectRefused(Kind::WorkCentres, kCentres + "CUT,下料,,8,1,1,90\nCUT,切割,,8,1,1,90\n", 3,
                  QStringLiteral("Work centre CUT appears twice in the file (first on line 2)"));
    expectRefused(Kind::WorkCentres, kCentres + ",下料,,8,1,1,90\n", 2, QStringLiteral("code:"));
    expectRefused(Kind::WorkCentres, "code,name,shifts\nCUT,下料,1\n", 1, QStringLiteral("hours_per_shift"));
}

TEST_F(CsvPlanningTest, RoutingsReplaceTheRoutingOfEachSkuInTheFile)
{
    importCentres();
    importOk(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,铸件采购,,,,0,12\n"
                                         "Z41H-16C-DN100,3,试压,PT,0.3,0.25,0,\n"
                                         "Z41H-16C-DN100,2,机加工,MCH,1.5,0.8,1,\n"
                                         "PL-DN100-PN16,1,机加工,MCH,0.5,0.12,,\n");
    Routing routing = *RoutingRepository(t.db()).forProduct(valve);
    ASSERT_EQ(routing.steps.size(), 3);
    EXPECT_TRUE(routing.steps[0].isPurchase());
    EXPECT_EQ(routing.steps[0].purchaseLeadDays, 12);
    EXPECT_EQ(routing.steps[1].workCentre, QStringLiteral("MCH"));
    EXPECT_EQ(routing.steps[1].waitDays, 1);
    EXPECT_EQ(routing.steps[2].runHoursPerUnit, h("0.25"));

    // A file with only the valve: its routing is replaced, the flange keeps its own.
    auto report = import(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,装配,ASM,1,1,,\n");
    ASSERT_TRUE(report.has_value() && report->ok());
    EXPECT_EQ(report->recordCount, 1);
    EXPECT_EQ(RoutingRepository(t.db()).forProduct(valve)->steps.size(), 1);
    EXPECT_EQ(RoutingRepository(t.db()).forProduct(flange)->steps.size(), 1);
}

TEST_F(CsvPlanningTest, BadRoutingsAreRefusedWithTheirLine)
{
    importCentres();
    WorkCentre pt = **WorkCentreRepository(t.db()).byCode(QStringLiteral("PT"));
    pt.active = false;
    ASSERT_TRUE(WorkCentreRepository(t.db()).update(pt).has_value());
    const QByteArray good = "Z41H-16C-DN100,1,机加工,MCH,1.5,0.8,,\n";
    expectRefused(Kind::Routings, kRoutings + good + "Z41H-16C-DN100,2,热处理,HT,1,0.5,,\n", 3,
                  QStringLiteral("there is no work centre HT"));
    expectRefused(Kind::Routings, kRoutings + good + "Z41H-16C-DN100,2,试压,PT,0.3,0.25,,\n", 3,
                  QStringLiteral("work centre PT is deactivated"));
    expectRefused(Kind::Routings, kRoutings + good + "NOPE,1,机加工,MCH,1,1,,\n", 3,
                  QStringLiteral("there is no product with SKU NOPE"));
    expectRefused(Kind::Routings, kRoutings + good + "Z41H-16C-DN100,1,装配,ASM,1,1,,\n", 3,
                  QStringLiteral("Step 1 of Z41H-16C-DN100 appears twice in the file (first on line 2)"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,铸件采购,,1,,,12\n", 2,
                  QStringLiteral("work_centre:"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,铸件采购,,,,,\n", 2,
                  QStringLiteral("purchase_lead_days:"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,外协,MCH,1,,,5\n", 2,
                  QStringLiteral("purchase_lead_days:"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,检验,MCH,,,,\n", 2,
                  QStringLiteral("takes no time"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,0,机加工,MCH,1,1,,\n", 2,
                  QStringLiteral("step_no"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,机加工,MCH,1,-1,,\n", 2,
                  QStringLiteral("cannot be negative"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,固化,MCH,1,1,400,\n", 2,
                  QStringLiteral("wait_days:"));
    expectRefused(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,,MCH,1,1,,\n", 2, QStringLiteral("name:"));
}

TEST_F(CsvPlanningTest, CalendarDaysAreAddedOrReplaceTheEntryOfTheirDateAndWorkCentre)
{
    importCentres();
    const qint64 before = CalendarRepository(t.db()).all()->size();
    // What a company enters once 2027 is announced, and a centre's own days.
    importOk(Kind::Calendar, kCalendar + "2027-01-01,holiday,,\n"
                                         "2026/10/10,holiday,,\n" // Excel's way of writing a date
                                         "2026-03-04,holiday,MCH,\n"
                                         "2026-03-07,overtime,PT,4\n"
                                         "2026-03-08,WORKDAY,ASM,\n");
    CalendarRepository calendarDays(t.db());
    EXPECT_EQ(calendarDays.all()->size(), before + 4); // Oct 10 was there: replaced
    EXPECT_EQ((*calendarDays.find(QDate(2026, 10, 10), 0))->kind, CalendarDayKind::Holiday);
    const qint64 pt = (*WorkCentreRepository(t.db()).byCode(QStringLiteral("PT")))->id;
    EXPECT_EQ((*calendarDays.find(QDate(2026, 3, 7), pt))->hours, h("4"));
    const WorkCalendar calendar = *calendarDays.calendar(WorkingWeekdays::mondayToFriday());
    EXPECT_FALSE(calendar.isCompanyWorkingDay(QDate(2027, 1, 1)));
    EXPECT_FALSE(calendar.isWorkingDay(QStringLiteral("MCH"), QDate(2026, 3, 4)));
    EXPECT_TRUE(calendar.isWorkingDay(QStringLiteral("ASM"), QDate(2026, 3, 8)));
}

TEST_F(CsvPlanningTest, BadCalendarDaysAreRefusedWithTheirLine)
{
    importCentres();
    expectRefused(Kind::Calendar, kCalendar + "2027-01-01,holiday,,\n2026-02-30,holiday,,\n", 3,
                  QStringLiteral("2026-02-30 is not a real date"));
    expectRefused(Kind::Calendar, kCalendar + "tomorrow,holiday,,\n", 2, QStringLiteral("YYYY-MM-DD"));
    expectRefused(Kind::Calendar, kCalendar + "2026/13/01,holiday,,\n", 2, QStringLiteral("not a real date"));
    expectRefused(Kind::Calendar, kCalendar + ",holiday,,\n", 2, QStringLiteral("date is empty"));
    expectRefused(Kind::Calendar, kCalendar + "2027-01-01,vacation,,\n", 2,
                  QStringLiteral("kind: \"vacation\" is not a kind of day"));
    expectRefused(Kind::Calendar, kCalendar + "2027-01-01,holiday,HT,\n", 2,
                  QStringLiteral("no work centre HT"));
    expectRefused(Kind::Calendar, kCalendar + "2027-01-02,overtime,MCH,\n", 2, QStringLiteral("hours:"));
    expectRefused(Kind::Calendar, kCalendar + "2027-01-02,overtime,MCH,30\n", 2, QStringLiteral("hours:"));
    expectRefused(Kind::Calendar, kCalendar + "2027-01-01,holiday,,8\n", 2,
                  QStringLiteral("Only overtime has hours"));
    expectRefused(Kind::Calendar, kCalendar + "2027-01-01,holiday,,\n2027-01-01,workday,,\n", 3,
                  QStringLiteral("appears twice in the file for the whole company (first on line 2)"));
    expectRefused(Kind::Calendar, kCalendar + "2027-01-04,holiday,MCH,\n2027-01-04,overtime,MCH,2\n", 3,
                  QStringLiteral("for work centre MCH (first on line 2)"));
}

TEST_F(CsvPlanningTest, ASalespersonCannotImportPlanningData)
{
    t.actAs(t.salespersonId);
    const QString path =
        writeCsvFile(t.dir(), QStringLiteral("planning.csv"), kCentres + "CUT,下料,,8,1,1,90\n");
    auto report = CsvImportService(t.session()).importWorkCentres(path, false);
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().kind, Error::Kind::Forbidden);
    EXPECT_TRUE(WorkCentreRepository(t.db()).all()->isEmpty());
}

TEST_F(CsvPlanningTest, ExportedPlanningDataImportsBackTheSame)
{
    importCentres();
    importOk(Kind::Routings, kRoutings + "Z41H-16C-DN100,1,铸件采购,,,,0,12\n"
                                         "Z41H-16C-DN100,2,机加工,MCH,1.5,0.8,1,\n"
                                         "PL-DN100-PN16,1,\"机加工, 钻孔\",MCH,0.5,0.125,,\n");
    importOk(Kind::Calendar, kCalendar + "2026-03-07,overtime,PT,2.5\n2026-03-04,holiday,MCH,\n");
    CsvExportService exporter(t.session());
    const QString centresFile = t.dir() + QStringLiteral("/centres.csv");
    const QString routingsFile = t.dir() + QStringLiteral("/routings.csv");
    const QString calendarFile = t.dir() + QStringLiteral("/calendar.csv");
    ASSERT_EQ(exporter.exportWorkCentres(centresFile)->rowCount, 3);
    ASSERT_EQ(exporter.exportRoutings(routingsFile)->rowCount, 3);
    ASSERT_EQ(exporter.exportCalendar(calendarFile)->rowCount, 72 + 2);
    const QByteArray routingsText = test::readCsvFile(routingsFile);
    EXPECT_TRUE(routingsText.contains("Z41H-16C-DN100,1,铸件采购,,,,0,12,\r\n"))
        << routingsText.toStdString();
    EXPECT_TRUE(routingsText.contains("PL-DN100-PN16,1,\"机加工, 钻孔\",MCH,0.5,0.125,0,,\r\n"));

    test::TestDatabase fresh{Role::Manager};
    fresh.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("铸钢法兰闸阀"), 12'800'000, 15);
    fresh.addProduct(QStringLiteral("PL-DN100-PN16"), QStringLiteral("板式平焊法兰"), 682'500, 5);
    CsvImportService importer(fresh.session());
    for (auto [kind, path] : {std::pair{Kind::WorkCentres, centresFile},
                              {Kind::Routings, routingsFile},
                              {Kind::Calendar, calendarFile}}) {
        auto report = importer.import(kind, path, false);
        ASSERT_TRUE(report.has_value() && report->ok())
            << report->formattedErrors().join(u'\n').toStdString();
    }
    const auto a = *WorkCentreRepository(t.db()).all();
    const auto b = *WorkCentreRepository(fresh.db()).all();
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].code, b[i].code);
        EXPECT_EQ(a[i].name, b[i].name);
        EXPECT_EQ(a[i].department, b[i].department);
        EXPECT_EQ(a[i].regularHours(), b[i].regularHours());
        EXPECT_EQ(a[i].efficiency, b[i].efficiency);
    }
    const auto ra = *RoutingRepository(t.db()).all();
    const auto rb = *RoutingRepository(fresh.db()).all();
    ASSERT_EQ(ra.size(), rb.size());
    for (qsizetype i = 0; i < ra.size(); ++i) {
        ASSERT_EQ(ra[i].steps.size(), rb[i].steps.size());
        for (qsizetype s = 0; s < ra[i].steps.size(); ++s) {
            const RoutingStep& x = ra[i].steps[s];
            const RoutingStep& y = rb[i].steps[s];
            EXPECT_EQ(std::tie(x.stepNo, x.name, x.workCentre, x.setupHours, x.runHoursPerUnit, x.waitDays,
                               x.purchaseLeadDays),
                      std::tie(y.stepNo, y.name, y.workCentre, y.setupHours, y.runHoursPerUnit, y.waitDays,
                               y.purchaseLeadDays));
        }
    }
    const auto ca = *CalendarRepository(t.db()).all();
    const auto cb = *CalendarRepository(fresh.db()).all();
    ASSERT_EQ(ca.size(), cb.size());
    for (qsizetype i = 0; i < ca.size(); ++i)
        EXPECT_EQ(std::tie(ca[i].date, ca[i].kind, ca[i].workCentre, ca[i].hours),
                  std::tie(cb[i].date, cb[i].kind, cb[i].workCentre, cb[i].hours));
}
