#include "Money.h"
#include "BasisPoints.h"
#include "LineCalculator.h"
#include "Quantity.h"
#include "UnitPrice.h"

#include <gtest/gtest.h>

using namespace od;

TEST(Money, ParsesExactDecimals)
{
    EXPECT_EQ(Money::parse(u"1234.56")->minor(), 123456);
    EXPECT_EQ(Money::parse(u"1,234.5")->minor(), 123450);
    EXPECT_EQ(Money::parse(u"-0.01")->minor(), -1);
    EXPECT_EQ(Money::parse(u" 7 ")->minor(), 700);
    EXPECT_EQ(Money::parse(u"0.10")->minor(), 10);
}

TEST(Money, RejectsWhatIsNotMoney)
{
    EXPECT_FALSE(Money::parse(u""));
    EXPECT_FALSE(Money::parse(u"abc"));
    EXPECT_FALSE(Money::parse(u"1.234")); // a third decimal is not silently rounded
    EXPECT_FALSE(Money::parse(u"1.2.3"));
    EXPECT_FALSE(Money::parse(u"1e5"));
    EXPECT_FALSE(Money::parse(u"-"));
    EXPECT_FALSE(Money::parse(u"99999999999999999999999"));
    EXPECT_FALSE(Money::parse(u"100000000000000")); // past 90 trillion yuan
}

TEST(Money, ACommaIsOnlyEverAThousandsSeparator)
{
    // A decimal comma ("2,5" as typed in much of Europe) or a stray comma is refused, never read
    // as a thousands separator that turns 2.5 into 25.
    for (const char16_t* text :
         {u"2,5", u"12,5", u"1,2,3", u"1234,567", u",123", u"1,", u"1,,234", u"1,2345", u"1.234,5", u"-1,23"})
        EXPECT_FALSE(Money::parse(text)) << QString::fromUtf16(text).toStdString();
    EXPECT_FALSE(Quantity::parse(u"2,5"));
    EXPECT_FALSE(UnitPrice::parse(u"12,5"));
    EXPECT_FALSE(BasisPoints::parsePercent(u"2,5"));
    EXPECT_EQ(Money::parse(u"1,234.50")->minor(), 123450);
    EXPECT_EQ(Money::parse(u"-1,234")->minor(), -123400);
    EXPECT_EQ(Money::parse(u"12,345,678.9")->minor(), 1234567890);
    EXPECT_EQ(Quantity::parse(u"1,000.5")->raw(), 1000500);
}

TEST(Money, FormatsAsExactDecimal)
{
    EXPECT_EQ(Money::fromMinor(123456).toDecimalString(), QStringLiteral("1234.56"));
    EXPECT_EQ(Money::fromMinor(5).toDecimalString(), QStringLiteral("0.05"));
    EXPECT_EQ(Money::fromMinor(-150).toDecimalString(), QStringLiteral("-1.50"));
    EXPECT_EQ(Money::fromMinor(0).toDecimalString(), QStringLiteral("0.00"));
}

TEST(Money, CheckedArithmeticRefusesOverflow)
{
    const Money big = Money::fromMinor(Money::MaxAbsMinor);
    EXPECT_FALSE(big.checkedAdd(Money::fromMinor(1)));
    EXPECT_EQ(big.checkedSub(Money::fromMinor(1))->minor(), Money::MaxAbsMinor - 1);
    EXPECT_THROW((void)(big + Money::fromMinor(1)), std::overflow_error);
}

TEST(UnitPriceAndQuantity, ParseWithTheirScales)
{
    EXPECT_EQ(UnitPrice::parse(u"0.0125")->raw(), 125);
    EXPECT_EQ(UnitPrice::parse(u"12.5")->raw(), 125000);
    EXPECT_FALSE(UnitPrice::parse(u"0.00001"));
    EXPECT_EQ(UnitPrice::fromRaw(125).toDecimalString(), QStringLiteral("0.0125"));
    EXPECT_EQ(UnitPrice::fromRaw(125000).toDecimalString(), QStringLiteral("12.50"));
    EXPECT_EQ(Quantity::parse(u"2.5")->raw(), 2500);
    EXPECT_FALSE(Quantity::parse(u"0.0001"));
    EXPECT_EQ(Quantity::fromRaw(3000).toDecimalString(), QStringLiteral("3"));
    EXPECT_EQ(Quantity::fromRaw(125).toDecimalString(), QStringLiteral("0.125"));
    EXPECT_EQ(BasisPoints::parsePercent(u"2.5")->raw(), 250);
    EXPECT_EQ(BasisPoints::parsePercent(u"15")->raw(), 1500);
    EXPECT_EQ(BasisPoints::fromRaw(250).toPercentString(), QStringLiteral("2.5"));
}

TEST(LineCalculator, MultipliesExactly)
{
    // 3 × 12.50 = 37.50
    EXPECT_EQ(LineCalculator::lineAmount(Quantity::fromUnits(3), *UnitPrice::parse(u"12.5"), BasisPoints())
                  ->minor(),
              3750);
    // 2.5 × 0.0125 = 0.03125 → 0.03
    EXPECT_EQ(
        LineCalculator::lineAmount(*Quantity::parse(u"2.5"), *UnitPrice::parse(u"0.0125"), BasisPoints())
            ->minor(),
        3);
}

TEST(LineCalculator, RoundsHalfCentAwayFromZero)
{
    // 1 × 0.005 = half a cent → 0.01
    EXPECT_EQ(LineCalculator::lineAmount(Quantity::fromUnits(1), *UnitPrice::parse(u"0.005"), BasisPoints())
                  ->minor(),
              1);
    // 1 × 0.0049 → 0.00
    EXPECT_EQ(LineCalculator::lineAmount(Quantity::fromUnits(1), *UnitPrice::parse(u"0.0049"), BasisPoints())
                  ->minor(),
              0);
    // 3 × 0.0150 with 50% discount = 0.0225 → 0.02; 5 × 0.0150 × 0.5 = 0.0375 → 0.04
    EXPECT_EQ(LineCalculator::lineAmount(Quantity::fromUnits(3), *UnitPrice::parse(u"0.015"),
                                         BasisPoints::fromRaw(5000))
                  ->minor(),
              2);
    EXPECT_EQ(LineCalculator::lineAmount(Quantity::fromUnits(5), *UnitPrice::parse(u"0.015"),
                                         BasisPoints::fromRaw(5000))
                  ->minor(),
              4);
    // Negative (a credit line) rounds away from zero too: −0.005 → −0.01
    EXPECT_EQ(LineCalculator::lineAmount(Quantity::fromUnits(-1), *UnitPrice::parse(u"0.005"), BasisPoints())
                  ->minor(),
              -1);
}

TEST(LineCalculator, AppliesDiscountBeforeRounding)
{
    // 7 × 19.99 × (1 − 12.5%) = 122.438750 → 122.44
    EXPECT_EQ(LineCalculator::lineAmount(Quantity::fromUnits(7), *UnitPrice::parse(u"19.99"),
                                         *BasisPoints::parsePercent(u"12.5"))
                  ->minor(),
              12244);
}

TEST(LineCalculator, TaxIsRoundedOncePerDocument)
{
    // 13% of 0.50 = 0.065 → 0.07 (half away from zero)
    EXPECT_EQ(LineCalculator::tax(Money::fromMinor(50), BasisPoints::fromRaw(1300))->minor(), 7);
    EXPECT_EQ(LineCalculator::tax(Money::fromMinor(100000), BasisPoints::fromRaw(1300))->minor(), 13000);
}

TEST(LineCalculator, AbsurdAmountsAreAnErrorNotAWrappedNumber)
{
    const auto qty = *Quantity::parse(u"999999999");
    const auto price = *UnitPrice::parse(u"99999999999");
    EXPECT_FALSE(LineCalculator::lineAmount(qty, price, BasisPoints()));
}
