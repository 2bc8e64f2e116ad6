#include "MentionParser.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

MentionParser parser()
{
    const MentionTarget wang{2, std::nullopt, QStringLiteral("王芳")};
    const MentionTarget wangwei{3, std::nullopt, QStringLiteral("王伟")};
    const MentionTarget logistics{0, Department::Logistics, QStringLiteral("物流")};
    return MentionParser({{QStringLiteral("wang"), wang},
                          {QStringLiteral("王芳"), wang},
                          {QStringLiteral("wangwei"), wangwei},
                          {QStringLiteral("王伟"), wangwei},
                          {QStringLiteral("logistics"), logistics},
                          {QStringLiteral("物流"), logistics}});
}

QList<qint64> users(const QList<MentionTarget>& targets)
{
    QList<qint64> out;
    for (const MentionTarget& t : targets)
        out << (t.department ? -1 : t.userId);
    return out;
}

} // namespace

TEST(MentionParser, FindsUsersAndDepartmentsByAnyOfTheirNamesOnce)
{
    auto found = parser().parse(QStringLiteral("@王芳请确认材质证明,@物流 明天发货前告诉 @wang"));
    ASSERT_TRUE(found.has_value()) << found.error().message.toStdString();
    EXPECT_EQ(users(*found), (QList<qint64>{2, -1}));
}

TEST(MentionParser, AChineseNameNeedsNoSpaceButALatinOneEndsWithItsWord)
{
    auto chinese = parser().parse(QStringLiteral("请@王伟看一下"));
    ASSERT_TRUE(chinese.has_value());
    EXPECT_EQ(users(*chinese), QList<qint64>{3});
    // "@wangwei" is Wang Wei, not Wang Fang followed by "wei".
    auto latin = parser().parse(QStringLiteral("@wangwei, please"));
    ASSERT_TRUE(latin.has_value());
    EXPECT_EQ(users(*latin), QList<qint64>{3});
}

TEST(MentionParser, AnEmailAddressOrALoneAtIsNoMention)
{
    auto found = parser().parse(QStringLiteral("Send it to wang@example.com @ noon"));
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(found->isEmpty());
}

TEST(MentionParser, AnUnknownNameIsRefusedByName)
{
    auto found = parser().parse(QStringLiteral("@王芳 and @zhangsan, please"));
    ASSERT_FALSE(found.has_value());
    EXPECT_EQ(found.error().field, QStringLiteral("text"));
    EXPECT_TRUE(found.error().message.contains(QStringLiteral("@zhangsan")))
        << found.error().message.toStdString();
    // "@wangx" is not "@wang".
    EXPECT_FALSE(parser().parse(QStringLiteral("@wangx")).has_value());
}
