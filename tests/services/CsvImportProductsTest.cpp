#include "CsvImportService.h"
#include "CsvTestFiles.h"
#include "ProductRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace od;
using od::test::countRows;
using od::test::writeCsvFile;

namespace {

class CsvImportProductsTest : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager}; // importing is the manager's job
    CsvImportService service{t.session()};

    QString file(const QString& text) { return writeCsvFile(t.dir(), QStringLiteral("products.csv"), text); }
};

} // namespace

TEST_F(CsvImportProductsTest, ImportsPricesWithFourDecimalsExactly)
{
    auto report = service.importProducts(file("sku,name,spec,unit,unit_price,lead_time_days\n"
                                              "VLV-DN50,不锈钢球阀,\"DN50, PN16\",个,0.0125,30\n"
                                              "PMP-01,离心泵,,台,\"12,800.5\",\n"),
                                         false);
    ASSERT_TRUE(report && report->ok()) << report->formattedErrors().join('\n').toStdString();
    auto valve = ProductRepository(t.db()).bySku("VLV-DN50");
    ASSERT_TRUE(valve && valve->has_value());
    EXPECT_EQ((*valve)->name, "不锈钢球阀");
    EXPECT_EQ((*valve)->spec, "DN50, PN16");
    EXPECT_EQ((*valve)->unit, "个");
    EXPECT_EQ((*valve)->unitPrice.raw(), 125);
    EXPECT_EQ((*valve)->leadTimeDays, 30);
    auto pump = ProductRepository(t.db()).bySku("PMP-01");
    EXPECT_EQ((*pump)->unitPrice.raw(), 128'005'000);
    EXPECT_EQ((*pump)->leadTimeDays, 0);
}

TEST_F(CsvImportProductsTest, RowErrorsNameTheirLineAndImportNothing)
{
    t.addProduct("OLD-1", "旧产品", 10000);
    auto report = service.importProducts(file("sku,name,unit_price,lead_time_days\n"
                                              "A1,好,1.5,3\n"
                                              "A2,太精确,1.23456,3\n"
                                              "A3,天数,1,三十\n"
                                              "A1,重复,1,1\n"
                                              "OLD-1,已存在,1,1\n"
                                              "A6,负数,-1,1\n"),
                                         false);
    ASSERT_TRUE(report);
    ASSERT_EQ(report->errors.size(), 5);
    EXPECT_EQ(report->errors[0].line, 3);
    EXPECT_EQ(report->errors[0].message, "unit_price: \"1.23456\" has more than 4 decimal places.");
    EXPECT_EQ(report->errors[1].line, 4);
    EXPECT_EQ(report->errors[1].message, "lead_time_days: \"三十\" is not a whole number.");
    EXPECT_EQ(report->errors[2].message, "SKU A1 appears twice in the file (first on line 2).");
    EXPECT_EQ(report->errors[3].message, "SKU OLD-1 already exists.");
    EXPECT_EQ(report->errors[4].line, 7);
    EXPECT_TRUE(report->errors[4].message.startsWith("unit_price: "));
    EXPECT_EQ(countRows(t.db(), "products"), 1);
}
