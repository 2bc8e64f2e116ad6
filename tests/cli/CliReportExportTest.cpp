// orderdesk-cli report export: lists and the dashboard written to Excel and CSV and read back,
// exactly the rows the user may see for the period asked, and clear refusals.
#include "CliRunner.h"
#include "XlsxReader.h"

#include <QDate>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;
using od::test::XlsxReader;

namespace {

struct ReportExportCli : ::testing::Test
{
    CliRunner cli;
    QString db;

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("admin-demo"));
        db = cli.database(QStringLiteral("export.orderdesk"));
        const CliRun demo =
            cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                     QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"),
                     QStringLiteral("--today"), QStringLiteral("2026-06-01")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun exportAs(const QString& user, const QString& password, const QStringList& arguments)
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), password);
        return cli.run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                   QStringLiteral("report"), QStringLiteral("export")} +
                       arguments);
    }

    QString file(const QString& name) const { return cli.dir() + u'/' + name; }
};

QDate excelDate(const QString& serial)
{
    return QDate(1899, 12, 30).addDays(serial.toLongLong());
}

} // namespace

TEST_F(ReportExportCli, OrdersOfAPeriodAsAWorkbookWithDatesAndMoney)
{
    const QString path = file(QStringLiteral("orders.xlsx"));
    const CliRun run =
        exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                 {QStringLiteral("orders"), path, QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                  QStringLiteral("--to"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    const int rows = book.rowCount(0) - 1;
    ASSERT_GT(rows, 5);
    EXPECT_TRUE(run.out.contains(QString::number(rows))) << run.out.toStdString();
    for (int r = 2; r <= rows + 1; ++r) {
        const auto date = book.cell(0, QStringLiteral("E%1").arg(r));
        ASSERT_EQ(date.formatCode, QStringLiteral("yyyy-mm-dd"));
        const QDate day = excelDate(date.value);
        EXPECT_GE(day, QDate(2026, 3, 1));
        EXPECT_LE(day, QDate(2026, 3, 31));
        EXPECT_EQ(book.cell(0, QStringLiteral("H%1").arg(r)).formatCode, QStringLiteral("#,##0.00"));
        EXPECT_TRUE(book.cell(0, QStringLiteral("A%1").arg(r)).value.startsWith(QStringLiteral("SO-2026-")));
    }
}

TEST_F(ReportExportCli, ASalespersonExportsTheirOwnOrdersOnly)
{
    const QString all = file(QStringLiteral("all.csv"));
    const QString own = file(QStringLiteral("own.xlsx"));
    ASSERT_EQ(exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"), {QStringLiteral("orders"), all})
                  .exitCode,
              0);
    const CliRun run =
        exportAs(QStringLiteral("wang"), QStringLiteral("wang-demo-2026"), {QStringLiteral("orders"), own});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    XlsxReader book(own);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    QSet<QString> salespeople;
    for (int r = 2; r <= book.rowCount(0); ++r)
        salespeople << book.cell(0, QStringLiteral("C%1").arg(r)).value;
    EXPECT_EQ(salespeople.size(), 1);
    QFile csv(all);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const qsizetype allRows = csv.readAll().count("\r\n") - 1;
    EXPECT_EQ(allRows, 400);
    EXPECT_LT(book.rowCount(0) - 1, allRows);
    EXPECT_GT(book.rowCount(0) - 1, 0);

    // Receivables are not a salesperson's to see: refused, and no file.
    const QString receivables = file(QStringLiteral("receivables.xlsx"));
    EXPECT_NE(exportAs(QStringLiteral("wang"), QStringLiteral("wang-demo-2026"),
                       {QStringLiteral("receivables"), receivables})
                  .exitCode,
              0);
    EXPECT_FALSE(QFile::exists(receivables));
}

TEST_F(ReportExportCli, TheDashboardBecomesOneSheetPerTable)
{
    const QString path = file(QStringLiteral("kpi.xlsx"));
    const CliRun run =
        exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                 {QStringLiteral("kpi"), path, QStringLiteral("--to"), QStringLiteral("2026-05-31")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_GE(book.sheetNames().size(), 4);
    EXPECT_EQ(book.rowCount(1), 13); // header + the 12 months of intake
    EXPECT_EQ(book.cell(1, QStringLiteral("A13")).value, QStringLiteral("2026-05"));
    EXPECT_EQ(book.cell(1, QStringLiteral("C13")).formatCode, QStringLiteral("#,##0.00"));
}

TEST_F(ReportExportCli, WrongKindsSuffixesAndDatesAreRefusedWithTheirCause)
{
    const CliRun kind = exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                 {QStringLiteral("customers"), file(QStringLiteral("c.xlsx"))});
    EXPECT_NE(kind.exitCode, 0);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("customers"))) << kind.err.toStdString();
    const CliRun suffix = exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                   {QStringLiteral("orders"), file(QStringLiteral("o.xls"))});
    EXPECT_NE(suffix.exitCode, 0);
    EXPECT_TRUE(suffix.err.contains(QStringLiteral(".xlsx"))) << suffix.err.toStdString();
    const CliRun pdf = exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                {QStringLiteral("orders"), file(QStringLiteral("o.pdf"))});
    EXPECT_NE(pdf.exitCode, 0);
    EXPECT_TRUE(pdf.err.contains(QStringLiteral("kpi"))) << pdf.err.toStdString();
    const CliRun date = exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                 {QStringLiteral("orders"), file(QStringLiteral("o.xlsx")),
                                  QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    EXPECT_NE(date.exitCode, 0);
    EXPECT_TRUE(date.err.contains(QStringLiteral("2026-13-01"))) << date.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("o.xlsx"))));
}

TEST_F(ReportExportCli, TheDashboardAsAPdfPage)
{
    const QString path = file(QStringLiteral("dashboard.pdf"));
    const CliRun run =
        exportAs(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                 {QStringLiteral("kpi"), path, QStringLiteral("--to"), QStringLiteral("2026-05-31")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/FontFile")) << "fonts must be embedded";
    // A salesperson may not see the dashboard of everyone: their own only, still a page.
    const QString own = file(QStringLiteral("own.pdf"));
    const CliRun wang =
        exportAs(QStringLiteral("wang"), QStringLiteral("wang-demo-2026"), {QStringLiteral("kpi"), own});
    ASSERT_EQ(wang.exitCode, 0) << wang.err.toStdString();
    EXPECT_TRUE(QFile::exists(own));
    // Finance has no dashboard.
    const QString refused = file(QStringLiteral("zhao.pdf"));
    EXPECT_NE(
        exportAs(QStringLiteral("zhao"), QStringLiteral("zhao-demo-2026"), {QStringLiteral("kpi"), refused})
            .exitCode,
        0);
    EXPECT_FALSE(QFile::exists(refused));
}

TEST(ReportExportCliProgress, ALargeExportSaysHowFarItIsOnStderr)
{
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("admin-demo"));
    const QString db = cli.database(QStringLiteral("large.orderdesk"));
    const CliRun demo =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                 QStringLiteral("12000"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--today"), QStringLiteral("2026-06-01")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QStringLiteral("li-demo-2026"));
    const QString path = cli.dir() + QStringLiteral("/all.xlsx");
    const CliRun run =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("li"),
                 QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("orders"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Nine lines, one every tenth of the way, then the result on stdout.
    EXPECT_GE(run.err.count(QStringLiteral("12000")), 5) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("12000"))) << run.out.toStdString();
    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_EQ(book.rowCount(0), 12001);
}
