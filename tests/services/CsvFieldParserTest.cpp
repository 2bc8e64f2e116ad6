#include "CsvFieldParser.h"

#include <gtest/gtest.h>

using namespace od;

TEST(CsvFieldParserTest, ReadsExactDecimals)
{
    EXPECT_EQ(CsvFieldParser::money("credit_limit", "1234.5")->minor(), 123450);
    EXPECT_EQ(CsvFieldParser::unitPrice("unit_price", "0.0125")->raw(), 125);
    EXPECT_EQ(CsvFieldParser::quantity("quantity", "2.5")->raw(), 2500);
    EXPECT_EQ(CsvFieldParser::percent("discount_percent", "2.5")->raw(), 250);
    EXPECT_EQ(CsvFieldParser::percent("discount_percent", "15%")->raw(), 1500);
}

TEST(CsvFieldParserTest, SaysWhyANumberIsRefused)
{
    auto tooPrecise = CsvFieldParser::money("credit_limit", "12.345");
    ASSERT_FALSE(tooPrecise);
    EXPECT_EQ(tooPrecise.error().message, "credit_limit: \"12.345\" has more than 2 decimal places.");

    auto price = CsvFieldParser::unitPrice("unit_price", "0.00001");
    ASSERT_FALSE(price);
    EXPECT_TRUE(price.error().message.contains("more than 4 decimal places"));

    auto word = CsvFieldParser::quantity("quantity", "ten");
    ASSERT_FALSE(word);
    EXPECT_EQ(word.error().message, "quantity: \"ten\" is not a number.");

    auto huge = CsvFieldParser::money("credit_limit", "99999999999999999999");
    ASSERT_FALSE(huge);
    EXPECT_TRUE(huge.error().message.contains("too large"));
}

TEST(CsvFieldParserTest, DatesMustBeRealAndIso)
{
    EXPECT_EQ(*CsvFieldParser::date("order_date", "2026-03-05"), QDate(2026, 3, 5));
    // Excel on Chinese Windows writes dates back as 2026/3/5.
    EXPECT_EQ(*CsvFieldParser::date("order_date", "2026/3/5"), QDate(2026, 3, 5));

    auto impossible = CsvFieldParser::date("order_date", "2026-02-30");
    ASSERT_FALSE(impossible);
    EXPECT_EQ(impossible.error().message, "order_date: 2026-02-30 is not a real date.");

    auto american = CsvFieldParser::date("order_date", "03/05/2026");
    ASSERT_FALSE(american);
    EXPECT_TRUE(american.error().message.contains("YYYY-MM-DD"));
}
