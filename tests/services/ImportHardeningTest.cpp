// What the import refuses since the outside probe: decimal commas, malformed or case-twin order
// numbers, huge texts and control characters, and a dry run without the import permission; and
// `show` by number answering a colleague's order like a missing one.
#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "OrderIntakeService.h"
#include "OrderRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;
using od::test::countRows;
using od::test::writeCsvFile;

namespace {

const QString kHeader = QStringLiteral("order_no,customer_code,order_date,requested_date,status,line_no,sku,"
                                       "description,quantity,unit_price,discount_percent\n");
const QString kLine = QStringLiteral(",C001,2026-06-01,2026-07-01,draft,1,VLV-50,,1,,\n");

class ImportHardeningTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.addCustomer("C001", "上海华东机械有限公司");
        t.addProduct("VLV-50", "不锈钢球阀", 1'250'000);
    }

    CsvImportReport import(const QString& kind, const QString& text, bool dryRun = false)
    {
        const QString path = writeCsvFile(t.dir(), kind + QStringLiteral(".csv"), text);
        auto report = kind == QLatin1String("orders")      ? service.importOrders(path, dryRun)
                      : kind == QLatin1String("customers") ? service.importCustomers(path, dryRun)
                                                           : service.importProducts(path, dryRun);
        EXPECT_TRUE(report.has_value()) << report.error().message.toStdString();
        return report.value_or(CsvImportReport());
    }
    static QString errorsOf(const CsvImportReport& report) { return report.formattedErrors().join(u'\n'); }
    static QList<int> linesOf(const CsvImportReport& report)
    {
        QList<int> lines;
        for (const CsvImportError& e : report.errors)
            lines << e.line;
        return lines;
    }

    test::TestDatabase t{Role::Manager};
    CsvImportService service{t.session()};
};

} // namespace

TEST_F(ImportHardeningTest, ADecimalCommaIsAnErrorOnItsLineNotAThousandsSeparator)
{
    const auto customers =
        import(QStringLiteral("customers"),
               QStringLiteral("code,name,credit_limit\nC101,甲,\"12,5\"\nC102,乙,\"1,2,3\"\n"
                              "C103,丙,\"1,234.50\"\n"));
    EXPECT_EQ(linesOf(customers), (QList<int>{2, 3})) << errorsOf(customers).toStdString();
    EXPECT_TRUE(errorsOf(customers).contains(QLatin1String("a comma may only separate thousands")));
    EXPECT_EQ(countRows(t.db(), QStringLiteral("customers")), 1);

    const auto orders =
        import(QStringLiteral("orders"),
               kHeader + QStringLiteral(",C001,2026-06-01,2026-07-01,draft,1,VLV-50,,\"2,5\",,\n"
                                        ",C001,2026-06-01,2026-07-01,draft,2,VLV-50,,1,\"1,25.5\",\n"));
    EXPECT_EQ(linesOf(orders), (QList<int>{2, 3})) << errorsOf(orders).toStdString();
    EXPECT_EQ(countRows(t.db(), QStringLiteral("orders")), 0);
}

TEST_F(ImportHardeningTest, OrderNumbersHaveAFormAndALengthAndAreUniqueWhateverTheirCase)
{
    ASSERT_TRUE(import(QStringLiteral("orders"), kHeader + QStringLiteral("SO-2026-000466") + kLine).ok());
    QString text = kHeader;
    text += QString(1 << 20, u'A') + kLine;           // 2: a megabyte
    text += QStringLiteral("=1+1") + kLine;           // 3: a formula
    text += QStringLiteral("SO 2026 1") + kLine;      // 4: spaces
    text += QStringLiteral("so-2026-000466") + kLine; // 5: the existing order in other letters
    text += QStringLiteral("ab-1") + kLine;           // 6: fine on its own ...
    text += QStringLiteral("AB-1") + kLine;           // 7: ... but this is the same number
    text += QStringLiteral("OLD/2019.7_b") + kLine;   // 8: an older system's number: fine
    const auto report = import(QStringLiteral("orders"), text);
    EXPECT_EQ(linesOf(report), (QList<int>{2, 3, 4, 5, 7})) << errorsOf(report).left(3000).toStdString();
    EXPECT_TRUE(errorsOf(report).contains(QLatin1String("already exists as SO-2026-000466")))
        << errorsOf(report).left(3000).toStdString();
    EXPECT_LT(errorsOf(report).size(), 5000) << "the megabyte is not quoted back";
    EXPECT_EQ(countRows(t.db(), QStringLiteral("orders")), 1);
}

TEST_F(ImportHardeningTest, TextsHaveTheCapsAndNoControlCharacters)
{
    const auto orders = import(
        QStringLiteral("orders"),
        kHeader +
            QStringLiteral("SO-1,C001,2026-06-01,2026-07-01,draft,1,VLV-50,%1,1,,\n")
                .arg(QString(2001, u'x')) +
            QStringLiteral("SO-2,C001,2026-06-01,2026-07-01,draft,1,VLV-50,\"DN50\x1b]0;owned\x07\",1,,\n") +
            QStringLiteral("SO-3,C001,2026-06-01,2026-07-01,draft,1,VLV-50,\"两行\n的规格\",1,,\n"));
    EXPECT_EQ(linesOf(orders), (QList<int>{2, 3})) << errorsOf(orders).toStdString();
    EXPECT_FALSE(errorsOf(orders).contains(QChar(0x1b)));

    const auto customers =
        import(QStringLiteral("customers"),
               QStringLiteral("code,name,address\nC201,\"Evil\x1b[2J Ltd\",\nC202,\"\u202Etxt.exe\",\n"
                              "C203,正常公司,\"上海市\n浦东新区\"\n"));
    EXPECT_EQ(linesOf(customers), (QList<int>{2, 3})) << errorsOf(customers).toStdString();
    EXPECT_TRUE(errorsOf(customers).contains(QLatin1String("control character")));
}

TEST_F(ImportHardeningTest, ADryRunNeedsTheImportPermissionToo)
{
    t.actAs(t.salespersonId);
    const QString path =
        writeCsvFile(t.dir(), QStringLiteral("probe.csv"), kHeader + QStringLiteral("SO-1") + kLine);
    auto dryRun = service.importOrders(path, true);
    ASSERT_FALSE(dryRun.has_value());
    EXPECT_EQ(dryRun.error().kind, Error::Kind::Forbidden);
}

TEST_F(ImportHardeningTest, AnOrderTheUserMayNotSeeAnswersLikeOneThatDoesNotExist)
{
    ASSERT_TRUE(import(QStringLiteral("orders"), kHeader + QStringLiteral("SO-2026-000010") + kLine).ok());
    t.actAs(t.salespersonId); // the manager imported it: it is not the salesperson's
    OrderIntakeService intake(t.session());
    auto colleagues = intake.loadByNumber(QStringLiteral("SO-2026-000010"));
    auto missing = intake.loadByNumber(QStringLiteral("SO-2026-000011"));
    ASSERT_FALSE(colleagues.has_value());
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(colleagues.error().kind, missing.error().kind);
    EXPECT_EQ(colleagues.error().message.replace(QLatin1String("000010"), QLatin1String("000011")),
              missing.error().message);
    t.actAs(t.managerId);
    EXPECT_TRUE(OrderIntakeService(t.session()).loadByNumber(QStringLiteral("SO-2026-000010")).has_value());
}
