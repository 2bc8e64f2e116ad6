// Lists and reports exported to Excel and CSV: the workbook is opened again the way a
// spreadsheet program opens it, and each cell is checked for its type, value and format.
#include "TableExportService.h"
#include "TestDatabase.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace od;
using od::test::XlsxReader;

namespace {

QList<TableColumn> orderColumns()
{
    return {{QStringLiteral("订单号 Order"), TableColumnType::Text, 18},
            {QStringLiteral("客户 Customer"), TableColumnType::Text, 0},
            {QStringLiteral("Order date"), TableColumnType::Date, 0},
            {QStringLiteral("Lines"), TableColumnType::Integer, 0},
            {QStringLiteral("Quantity"), TableColumnType::Decimal, 0},
            {QStringLiteral("Total"), TableColumnType::Money, 0},
            {QStringLiteral("Changed"), TableColumnType::DateTime, 0}};
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString readText(const QString& path)
{
    return QString::fromUtf8(readBytes(path));
}

class TableExportTest : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager};
    QString file(const QString& name) const { return t.dir() + u'/' + name; }
};

} // namespace

TEST_F(TableExportTest, NumbersDatesAndMoneyAreTypedCellsWithTheirFormats)
{
    const QDateTime changed(QDate(2026, 3, 2), QTime(18, 0), Qt::LocalTime);
    const TableSheet sheet = tableOfRows(
        QStringLiteral("订单 Orders"), orderColumns(),
        {TableRow{QStringLiteral("SO-2026-000001"), QStringLiteral("上海申通阀门有限公司"),
                  QDate(2026, 1, 15), qint64(3), DecimalText{QStringLiteral("12.500")},
                  Money::fromMinor(123456789), changed},
         TableRow{QStringLiteral("SO-2026-000002"), QStringLiteral("R&D <Lab> \"A\""), QDate(1900, 3, 1),
                  qint64(-7), DecimalText{QStringLiteral("0.001")}, Money::fromMinor(-5), std::monostate{}}});
    const QString path = file(QStringLiteral("orders.xlsx"));
    auto report = TableExportService(t.session()).write(path, {sheet});
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_EQ(report->rowCount, 2);
    EXPECT_FALSE(report->cancelled);

    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_EQ(book.sheetNames(), QStringList{QStringLiteral("订单 Orders")});
    EXPECT_EQ(book.rowCount(0), 3);

    // Header: bold text, frozen below it, widths set.
    EXPECT_EQ(book.cell(0, QStringLiteral("A1")).value, QStringLiteral("订单号 Order"));
    EXPECT_EQ(book.cell(0, QStringLiteral("A1")).type, QStringLiteral("inlineStr"));
    EXPECT_TRUE(book.cell(0, QStringLiteral("F1")).bold);
    EXPECT_FALSE(book.cell(0, QStringLiteral("F2")).bold);
    EXPECT_EQ(book.frozenRows(0), QStringLiteral("1"));
    EXPECT_EQ(book.columnWidths(0).value(1), QStringLiteral("18"));
    EXPECT_EQ(book.columnWidths(0).size(), 7);

    // Chinese text comes back as it went in.
    EXPECT_EQ(book.cell(0, QStringLiteral("B2")).value, QStringLiteral("上海申通阀门有限公司"));
    EXPECT_EQ(book.cell(0, QStringLiteral("B2")).type, QStringLiteral("inlineStr"));
    // A date is Excel's day number with a date format: 2026-01-15 is day 46037.
    EXPECT_EQ(book.cell(0, QStringLiteral("C2")).type, QString());
    EXPECT_EQ(book.cell(0, QStringLiteral("C2")).value, QStringLiteral("46037"));
    EXPECT_EQ(book.cell(0, QStringLiteral("C2")).formatCode, QStringLiteral("yyyy-mm-dd"));
    EXPECT_EQ(book.cell(0, QStringLiteral("C3")).value, QStringLiteral("61"));
    // Whole numbers and exact decimals are numbers.
    EXPECT_EQ(book.cell(0, QStringLiteral("D2")).value, QStringLiteral("3"));
    EXPECT_EQ(book.cell(0, QStringLiteral("D3")).value, QStringLiteral("-7"));
    EXPECT_EQ(book.cell(0, QStringLiteral("E2")).type, QString());
    EXPECT_EQ(book.cell(0, QStringLiteral("E2")).value, QStringLiteral("12.500"));
    // Money: the exact decimal of its minor units, shown with two decimals and thousands separators.
    EXPECT_EQ(book.cell(0, QStringLiteral("F2")).value, QStringLiteral("1234567.89"));
    EXPECT_EQ(book.cell(0, QStringLiteral("F2")).formatCode, QStringLiteral("#,##0.00"));
    EXPECT_EQ(book.cell(0, QStringLiteral("F3")).value, QStringLiteral("-0.05"));
    // A moment: day number plus the fraction of the day (18:00 = 0.75), with a date-time format.
    EXPECT_EQ(book.cell(0, QStringLiteral("G2")).value, QStringLiteral("46083.75"));
    EXPECT_EQ(book.cell(0, QStringLiteral("G2")).formatCode, QStringLiteral("yyyy-mm-dd hh:mm"));
    // An empty cell is left out.
    EXPECT_EQ(book.cell(0, QStringLiteral("G3")).value, QString());
    // Markup characters are text, not XML.
    EXPECT_EQ(book.cell(0, QStringLiteral("B3")).value, QStringLiteral("R&D <Lab> \"A\""));
}

TEST_F(TableExportTest, TextThatLooksLikeAFormulaOrAnEscapeStaysTextAndControlCharactersAreDropped)
{
    const TableSheet sheet =
        tableOfRows(QStringLiteral("Notes"), {{QStringLiteral("Note")}},
                    {TableRow{QStringLiteral("=HYPERLINK(\"x\")")}, TableRow{QStringLiteral("part_x0041_no")},
                     TableRow{QStringLiteral("bell\x07 here\nnext line")}});
    const QString path = file(QStringLiteral("notes.xlsx"));
    ASSERT_TRUE(TableExportService(t.session()).write(path, {sheet}).has_value());
    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_EQ(book.cell(0, QStringLiteral("A2")).type, QStringLiteral("inlineStr"));
    EXPECT_EQ(book.cell(0, QStringLiteral("A2")).value, QStringLiteral("=HYPERLINK(\"x\")"));
    // Excel reads _x0041_ as "A"; the writer escapes the underscore so the text survives.
    EXPECT_EQ(book.cell(0, QStringLiteral("A3")).value, QStringLiteral("part_x005F_x0041_no"));
    EXPECT_EQ(book.cell(0, QStringLiteral("A4")).value, QStringLiteral("bell here\nnext line"));
}

TEST_F(TableExportTest, SeveralTablesBecomeSheetsInOrder)
{
    const QList<TableSheet> sheets{
        tableOfRows(QStringLiteral("看板 Figures"),
                    {{QStringLiteral("Figure")}, {QStringLiteral("Value"), TableColumnType::Money}},
                    {TableRow{QStringLiteral("Backlog"), Money::fromMinor(100)}}),
        tableOfRows(QStringLiteral("Ageing"), {{QStringLiteral("Bucket")}},
                    {TableRow{QStringLiteral("0-30")}})};
    const QString path = file(QStringLiteral("kpi.xlsx"));
    auto report = TableExportService(t.session()).write(path, sheets);
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_EQ(report->rowCount, 2);
    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_EQ(book.sheetNames(), (QStringList{QStringLiteral("看板 Figures"), QStringLiteral("Ageing")}));
    EXPECT_EQ(book.cell(0, QStringLiteral("B2")).value, QStringLiteral("1.00"));
    EXPECT_EQ(book.cell(1, QStringLiteral("A2")).value, QStringLiteral("0-30"));
}

TEST_F(TableExportTest, SheetNamesExcelWouldRefuseAreRefusedAndNoFileIsWritten)
{
    for (const QString& name :
         {QString(), QStringLiteral("a/b"), QStringLiteral("Q1?"), QStringLiteral("[x]"),
          QStringLiteral("'quoted'"), QStringLiteral("history"), QString(32, u'表')}) {
        const QString path = file(QStringLiteral("bad.xlsx"));
        auto report =
            TableExportService(t.session()).write(path, {tableOfRows(name, {{QStringLiteral("A")}}, {})});
        EXPECT_FALSE(report.has_value()) << name.toStdString();
        EXPECT_FALSE(QFile::exists(path)) << name.toStdString();
    }
    // 31 Chinese characters fit.
    EXPECT_TRUE(XlsxWriter::checkSheetName(QString(31, u'表')).has_value());
    // Two sheets of one name (Excel compares without case) are refused.
    const QList<TableSheet> twice{tableOfRows(QStringLiteral("Orders"), {{QStringLiteral("A")}}, {}),
                                  tableOfRows(QStringLiteral("ORDERS"), {{QStringLiteral("A")}}, {})};
    auto report = TableExportService(t.session()).write(file(QStringLiteral("twice.xlsx")), twice);
    ASSERT_FALSE(report.has_value());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("ORDERS")));
}

TEST_F(TableExportTest, TextLongerThanAnExcelCellIsRefusedForExcelButFitsInCsv)
{
    const QString longText(XlsxWriter::MaxCellText + 1, u'长');
    const TableSheet sheet = tableOfRows(QStringLiteral("Notes"), {{QStringLiteral("Note")}},
                                         {TableRow{QStringLiteral("short")}, TableRow{longText}});
    const QString xlsx = file(QStringLiteral("long.xlsx"));
    auto refused = TableExportService(t.session()).write(xlsx, {sheet});
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("32767")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CSV")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(xlsx));
    const QString csv = file(QStringLiteral("long.csv"));
    ASSERT_TRUE(TableExportService(t.session()).write(csv, {sheet}).has_value());
    EXPECT_TRUE(readText(csv).contains(longText));
}

TEST_F(TableExportTest, TheSameTableAsCsvHasExactValuesAndIsoDates)
{
    const TableSheet sheet = tableOfRows(
        QStringLiteral("Orders"), orderColumns(),
        {TableRow{QStringLiteral("SO-1"), QStringLiteral("北京远航, 贸易"), QDate(2026, 1, 15), qint64(3),
                  DecimalText{QStringLiteral("12.500")}, Money::fromMinor(123456789), std::monostate{}}});
    const QString path = file(QStringLiteral("orders.csv"));
    auto report = TableExportService(t.session()).write(path, {sheet});
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    const QString text = readText(path);
    EXPECT_TRUE(readBytes(path).startsWith("\xEF\xBB\xBF")); // Excel on Chinese Windows needs it
    EXPECT_TRUE(text.contains(QStringLiteral("SO-1,\"北京远航, 贸易\",2026-01-15,3,12.500,1234567.89,\r\n")))
        << text.toStdString();
}

TEST_F(TableExportTest, AnUnknownSuffixIsRefusedNamingTheFile)
{
    auto report = TableExportService(t.session())
                      .write(file(QStringLiteral("orders.xls")),
                             {tableOfRows(QStringLiteral("A"), {{QStringLiteral("A")}}, {})});
    ASSERT_FALSE(report.has_value());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("orders.xls")));
}

TEST_F(TableExportTest, ACancelledExportLeavesTheEarlierFileAsItWas)
{
    const QString path = file(QStringLiteral("big.xlsx"));
    {
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    TableSheet sheet;
    sheet.name = QStringLiteral("Big");
    sheet.columns = {{QStringLiteral("N"), TableColumnType::Integer}};
    sheet.expectedRows = 50'000;
    sheet.rows = [](const TableSheet::Visitor& visit) -> Status {
        for (qint64 i = 0; i < 50'000; ++i)
            if (!visit(TableRow{i}))
                break;
        return {};
    };
    int calls = 0;
    auto report = TableExportService(t.session()).write(path, {sheet}, [&](qint64 done, qint64) {
        ++calls;
        return done < 10'000;
    });
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_TRUE(report->cancelled);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(readText(path), QStringLiteral("earlier"));
}

TEST_F(TableExportTest, ALargeSheetIsWrittenCompleteWithEveryRowInPlace)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Rows");
    sheet.columns = {{QStringLiteral("N"), TableColumnType::Integer},
                     {QStringLiteral("Amount"), TableColumnType::Money}};
    sheet.expectedRows = 30'000;
    sheet.rows = [](const TableSheet::Visitor& visit) -> Status {
        for (qint64 i = 1; i <= 30'000; ++i)
            if (!visit(TableRow{i, Money::fromMinor(i * 101)}))
                break;
        return {};
    };
    const QString path = file(QStringLiteral("rows.xlsx"));
    auto report = TableExportService(t.session()).write(path, {sheet});
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    EXPECT_EQ(book.rowCount(0), 30'001);
    EXPECT_EQ(book.cell(0, QStringLiteral("A30001")).value, QStringLiteral("30000"));
    EXPECT_EQ(book.cell(0, QStringLiteral("B30001")).value, QStringLiteral("30300.00"));
    EXPECT_EQ(book.cell(0, QStringLiteral("B2")).value, QStringLiteral("1.01"));
}

TEST(ExcelSerial, DaysAndTimesFollowTheNineteenHundredDateSystem)
{
    EXPECT_EQ(XlsxWriter::excelSerial(QDate(1900, 3, 1)), 61);
    EXPECT_EQ(XlsxWriter::excelSerial(QDate(2026, 12, 5)), 46361);
    EXPECT_EQ(XlsxWriter::excelSerial(QDateTime(QDate(2026, 12, 5), QTime(6, 0))), QByteArray("46361.25"));
    EXPECT_EQ(XlsxWriter::excelSerial(QDateTime(QDate(2026, 12, 5), QTime(0, 0, 1))),
              QByteArray("46361.0000115741"));
}
