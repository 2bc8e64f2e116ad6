#include "TextCheck.h"

#include <gtest/gtest.h>

using namespace od;

TEST(TextCheck, ControlCharactersAreRefusedButLineBreaksWhereTheyBelong)
{
    EXPECT_TRUE(TextCheck::problem(u"上海申通阀门有限公司", false).isEmpty());
    EXPECT_FALSE(TextCheck::problem(u"Evil\x1b]0;pwned\x07 Ltd", false).isEmpty());
    EXPECT_FALSE(TextCheck::problem(u"\u202Etxt.exe", false).isEmpty()); // shows as exe.txt
    EXPECT_FALSE(TextCheck::problem(u"two\nlines", false).isEmpty());
    EXPECT_TRUE(TextCheck::problem(u"上海市\n浦东新区\t88 号", true).isEmpty());
    EXPECT_FALSE(TextCheck::problem(u"note\x1b[2J", true).isEmpty());
    EXPECT_FALSE(TextCheck::problem(u"\x85 C1", true).isEmpty());
}

TEST(TextCheck, DefusedTextHasNoControlCharacterLeftCarriageReturnsIncluded)
{
    // Found by field_parser_fuzzer: a lone carriage return survived and could move a terminal's cursor.
    const QString input = QString::fromUtf16(u"99999999\r\0\0\0009", 13);
    const QString single = TextCheck::defused(input, false);
    EXPECT_FALSE(TextCheck::hasControlCharacters(single, false)) << single.toStdString();
    EXPECT_EQ(single.size(), 13);
    const QString multi = TextCheck::defused(u"a\r\nb\rc\x1b", true);
    EXPECT_EQ(multi, QStringLiteral("a\nbc\uFFFD"));
}
