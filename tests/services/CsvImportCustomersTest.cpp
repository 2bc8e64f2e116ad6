#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "CustomerRepository.h"
#include "TestDatabase.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace od;
using od::test::countRows;
using od::test::writeCsvFile;

namespace {

const QString kHeader =
    QStringLiteral("code,name,contact,phone,email,address,credit_limit,payment_terms_days\n");

class CsvImportCustomersTest : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager}; // importing is the manager's job
    CsvImportService service{t.session()};

    QString file(const QString& text) { return writeCsvFile(t.dir(), QStringLiteral("customers.csv"), text); }
    qint64 customerCount() { return countRows(t.db(), QStringLiteral("customers")); }
};

} // namespace

TEST_F(CsvImportCustomersTest, ImportsEveryFieldFromUtf8WithBom)
{
    const QString path = writeCsvFile(
        t.dir(), QStringLiteral("customers.csv"),
        QByteArray("\xEF\xBB\xBF") +
            (kHeader + QStringLiteral("C001,上海华东机械有限公司,张伟,021-5555 1234,zhang@huadong.cn,"
                                      "\"上海市浦东新区, 张江路 88 号\",50000.5,45\r\n"
                                      "C002,北京远航贸易,,,,,,\r\n"))
                .toUtf8());
    auto report = service.importCustomers(path, false);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join('\n').toStdString();
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->encoding, "UTF-8");
    EXPECT_EQ(report->recordCount, 2);
    EXPECT_EQ(report->header.first(), "code"); // the BOM is not glued to the first column name

    auto c = CustomerRepository(t.db()).byCode("C001");
    ASSERT_TRUE(c && c->has_value());
    EXPECT_EQ((*c)->name, "上海华东机械有限公司");
    EXPECT_EQ((*c)->contact, "张伟");
    EXPECT_EQ((*c)->phone, "021-5555 1234");
    EXPECT_EQ((*c)->email, "zhang@huadong.cn");
    EXPECT_EQ((*c)->address, "上海市浦东新区, 张江路 88 号");
    EXPECT_EQ((*c)->creditLimit.minor(), 5'000'050);
    EXPECT_EQ((*c)->paymentTermsDays, 45);

    auto defaults = CustomerRepository(t.db()).byCode("C002");
    ASSERT_TRUE(defaults && defaults->has_value());
    EXPECT_EQ((*defaults)->creditLimit.minor(), 0);
    EXPECT_EQ((*defaults)->paymentTermsDays, 30);
}

TEST_F(CsvImportCustomersTest, GbkFileFromExcelImportsWithCorrectChinese)
{
    // "C9,上海机械,王芳" with the Chinese in GBK bytes, exactly as Excel writes it on Chinese Windows:
    // 上 C9CF 海 BAA3 机 BBFA 械 D0B5 王 CDF5 芳 B7BC.
    const QByteArray gbk("code,name,contact\r\nC9,\xC9\xCF\xBA\xA3\xBB\xFA\xD0\xB5,\xCD\xF5\xB7\xBC\r\n");
    auto report = service.importCustomers(writeCsvFile(t.dir(), "gbk.csv", gbk), false);
    ASSERT_TRUE(report);
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join('\n').toStdString();
    EXPECT_EQ(report->encoding, "GB18030");
    auto c = CustomerRepository(t.db()).byCode("C9");
    ASSERT_TRUE(c && c->has_value());
    EXPECT_EQ((*c)->name, "上海机械");
    EXPECT_EQ((*c)->contact, "王芳");

    // Characters outside GBK (GB18030 four-byte sequences) come through too.
    QStringEncoder encoder("GB18030");
    const QByteArray gb18030 = encoder.encode(QStringLiteral("code,name\nC10,𠮷野家 餐饮\n"));
    report = service.importCustomers(writeCsvFile(t.dir(), "gb18030.csv", gb18030), false);
    ASSERT_TRUE(report && report->ok());
    EXPECT_EQ((*CustomerRepository(t.db()).byCode("C10"))->name, "𠮷野家 餐饮");
}

TEST_F(CsvImportCustomersTest, ColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut)
{
    auto report = service.importCustomers(file("Name,payment_terms_days,CODE\n南方电器,60,S1\n"), false);
    ASSERT_TRUE(report && report->ok()) << report->formattedErrors().join('\n').toStdString();
    auto c = CustomerRepository(t.db()).byCode("S1");
    ASSERT_TRUE(c && c->has_value());
    EXPECT_EQ((*c)->name, "南方电器");
    EXPECT_EQ((*c)->paymentTermsDays, 60);
}

TEST_F(CsvImportCustomersTest, UnknownAndMissingColumnsAreErrorsOnTheHeaderLine)
{
    auto report = service.importCustomers(file("code,fax\nC1,123\n"), false);
    ASSERT_TRUE(report);
    ASSERT_EQ(report->errors.size(), 2);
    EXPECT_EQ(report->errors[0].line, 1);
    EXPECT_TRUE(report->errors[0].message.contains("Unknown column \"fax\""));
    EXPECT_TRUE(report->errors[1].message.contains("Required column \"name\" is missing"));
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CsvImportCustomersTest, EveryBadRowIsListedAndNothingIsImported)
{
    t.addCustomer("OLD", "已有客户");
    const qint64 before = customerCount();
    const QString path = file(kHeader + "C1,好客户,,,,,100,30\n"      // line 2: fine
                                        "C2,金额错误,,,,,12.345,30\n" // line 3: too many decimals
                                        "C3,不是数字,,,,,abc,30\n"    // line 4: not a number
                                        "C1,重复,,,,,,\n"             // line 5: twice in the file
                                        "OLD,已存在,,,,,,\n"          // line 6: already in the database
                                        "C6,,,,,,,\n"                 // line 7: no name
                                        "C7,邮箱,,,not-an-email,,,\n" // line 8: customer rule
                                        "C8,多余,,,,,,,extra\n");     // line 9: more cells than columns
    auto report = service.importCustomers(path, false);
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_FALSE(report->committed);
    EXPECT_EQ(customerCount(), before);

    QList<int> lines;
    for (const CsvImportError& e : report->errors)
        lines << e.line;
    EXPECT_EQ(lines, QList<int>({3, 4, 5, 6, 7, 8, 9}));
    const QStringList formatted = report->formattedErrors();
    EXPECT_EQ(formatted[0], path + ":3: credit_limit: \"12.345\" has more than 2 decimal places.");
    EXPECT_EQ(formatted[1], path + ":4: credit_limit: \"abc\" is not a number.");
    EXPECT_EQ(formatted[2], path + ":5: Customer code C1 appears twice in the file (first on line 2).");
    EXPECT_EQ(formatted[3], path + ":6: Customer code OLD already exists.");
    EXPECT_TRUE(formatted[5].startsWith(path + ":8: email: "));
    EXPECT_EQ(report->rowCount, 8);
    EXPECT_EQ(report->previewRows.size(), 8);
    EXPECT_EQ(report->previewLines.first(), 2);
}

TEST_F(CsvImportCustomersTest, BadQuotingIsReportedWithItsLineAndImportsNothing)
{
    auto report = service.importCustomers(file("code,name\nC1,fine\nC2,\"bad\"quote\nC3,\"open\n"), false);
    ASSERT_TRUE(report);
    ASSERT_EQ(report->errors.size(), 2);
    EXPECT_EQ(report->errors[0].line, 3);
    EXPECT_EQ(report->errors[1].line, 4);
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CsvImportCustomersTest, EmptyFileAndHeaderOnlyFileAreErrors)
{
    auto empty = service.importCustomers(file(""), false);
    ASSERT_TRUE(empty);
    ASSERT_EQ(empty->errors.size(), 1);
    EXPECT_EQ(empty->formattedErrors().first(),
              t.dir() + "/customers.csv:1: The file is empty: the first line must name the columns.");

    auto headerOnly = service.importCustomers(file(kHeader), false);
    ASSERT_TRUE(headerOnly);
    ASSERT_EQ(headerOnly->errors.size(), 1);
    EXPECT_EQ(headerOnly->errors[0].line, 2);
}

TEST_F(CsvImportCustomersTest, MissingFileIsAnErrorResult)
{
    auto report = service.importCustomers(t.dir() + "/nowhere.csv", false);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().message.contains("nowhere.csv"));
}

TEST_F(CsvImportCustomersTest, DryRunReportsWhatWouldBeImportedAndChangesNothing)
{
    auto report = service.importCustomers(file(kHeader + "C1,甲,,,,,,\nC2,乙,,,,,,\nC3,丙,,,,,,\n"), true);
    ASSERT_TRUE(report && report->ok());
    EXPECT_TRUE(report->dryRun);
    EXPECT_FALSE(report->committed);
    EXPECT_EQ(report->recordCount, 3);
    EXPECT_EQ(customerCount(), 0);
    EXPECT_TRUE(report->summary().contains("would be imported"));
}

TEST_F(CsvImportCustomersTest, CancelRollsBackWhatWasAlreadyWritten)
{
    QString text = kHeader;
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("K%1,客户%1,,,,,,\n").arg(i, 4, 10, QLatin1Char('0'));
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    // Cancel in the writing half: some customers are already inserted when it happens.
    auto report = service.importCustomers(file(text), false, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return done < 1500;
    });
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->cancelled);
    EXPECT_FALSE(report->committed);
    EXPECT_GE(lastDone, 1500);
    EXPECT_LT(lastDone, lastTotal);
    EXPECT_EQ(customerCount(), 0);
    EXPECT_EQ(report->summary(), "Import cancelled; nothing was changed.");

    // Uncancelled, progress runs to the end and everything is there.
    report = service.importCustomers(file(text), false, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(report && report->ok());
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_EQ(customerCount(), 1000);
}
