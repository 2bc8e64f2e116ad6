#include "ChineseAmount.h"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

namespace od {
namespace {

struct AmountCase
{
    const char* figures;
    const char* words;
};

Money money(const char* figures)
{
    const auto parsed = Money::parse(QString::fromLatin1(figures));
    if (!parsed)
        throw std::invalid_argument(figures);
    return *parsed;
}

class ChineseAmountTable : public ::testing::TestWithParam<AmountCase>
{
};

TEST_P(ChineseAmountTable, WritesTheAmountAsBanksDo)
{
    const AmountCase& c = GetParam();
    EXPECT_EQ(ChineseAmount::inWords(money(c.figures)).toStdString(), std::string(c.words)) << c.figures;
}

const AmountCase Cases[] = {
    // Whole yuan take 整.
    {"0.00", "零元整"},
    {"1.00", "壹元整"},
    {"9", "玖元整"},
    {"10", "壹拾元整"}, // a leading ten is written 壹拾, never bare 拾
    {"15", "壹拾伍元整"},
    {"20", "贰拾元整"},
    {"100", "壹佰元整"},
    {"110", "壹佰壹拾元整"},
    {"1004.00", "壹仟零肆元整"},
    {"1010", "壹仟零壹拾元整"},
    {"1100", "壹仟壹佰元整"},
    {"10000", "壹万元整"},
    {"100000.00", "壹拾万元整"},
    {"1000000", "壹佰万元整"},
    {"1000010", "壹佰万零壹拾元整"},
    {"1001000", "壹佰万壹仟元整"},
    {"10001000", "壹仟万壹仟元整"},
    {"10000001", "壹仟万零壹元整"},
    {"100000000", "壹亿元整"},
    {"100000001", "壹亿零壹元整"},
    {"100010000", "壹亿零壹万元整"},
    {"100100000", "壹亿零壹拾万元整"},
    {"110000000", "壹亿壹仟万元整"},
    {"10000000000", "壹佰亿元整"},
    {"1000000000000", "壹万亿元整"},
    {"2000100000000", "贰万零壹亿元整"},
    {"90000000000000", "玖拾万亿元整"},
    // Jiao and fen: no 整 after 角 or 分, and a zero 角 between 元 and 分 is written 零.
    {"10.50", "壹拾元伍角"},
    {"100.05", "壹佰元零伍分"},
    {"1001.01", "壹仟零壹元零壹分"},
    {"1680.32", "壹仟陆佰捌拾元叁角贰分"},
    {"107000.53", "壹拾万柒仟元伍角叁分"},
    {"200000.10", "贰拾万元壹角"},
    {"1010101.01", "壹佰零壹万零壹佰零壹元零壹分"},
    {"123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"},
    // Less than one yuan: no 元 at all.
    {"0.50", "伍角"},
    {"0.05", "伍分"},
    {"0.55", "伍角伍分"},
    // Negative amounts (credit notes, refunds).
    {"-0.01", "负壹分"},
    {"-1234.56", "负壹仟贰佰叁拾肆元伍角陆分"},
    {"-100000000", "负壹亿元整"},
};

// Test names show the figures: "minus1234_56" for -1234.56.
std::string caseName(const ::testing::TestParamInfo<AmountCase>& info)
{
    std::string name;
    for (const char* c = info.param.figures; *c; ++c)
        name += *c == '-' ? std::string("minus") : *c == '.' ? std::string("_") : std::string(1, *c);
    return name;
}

// For readable failure messages.
void PrintTo(const AmountCase& c, std::ostream* out)
{
    *out << c.figures;
}

INSTANTIATE_TEST_SUITE_P(BankRules, ChineseAmountTable, ::testing::ValuesIn(Cases), caseName);

TEST(ChineseAmount, MostNegativeMinorValueDoesNotOverflow)
{
    const QString words = ChineseAmount::inWords(Money::fromMinor(std::numeric_limits<qint64>::min()));
    EXPECT_TRUE(words.startsWith(u'负'));
    EXPECT_TRUE(words.endsWith(u'分'));
}

} // namespace
} // namespace od
