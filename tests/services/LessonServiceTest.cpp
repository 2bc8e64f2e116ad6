#include "LessonService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// Lessons learnt: written with the customers and products they are about, found by text,
// customer or product, and picked for intake by the customer and products of an order.

namespace {

class Lessons : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 other = t.addCustomer(QStringLiteral("C002"), QStringLiteral("华东机械"));
    qint64 dn300 = t.addProduct(QStringLiteral("D71X-16-DN300"), QStringLiteral("蝶阀 DN300"), 19'800'000);
    qint64 dn150 = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀 DN150"), 9'800'000);
};

} // namespace

TEST_F(Lessons, ALessonIsShownForItsCustomerOrItsProductNewestFirst)
{
    LessonService lessons(t.session());
    ASSERT_TRUE(lessons.add(QStringLiteral("该客户要求随货附材质证明"), {QStringLiteral("C001")}, {}));
    ASSERT_TRUE(
        lessons.add(QStringLiteral("DN300 以上试压需提前两天预约"), {}, {QStringLiteral("D71X-16-DN300")}));

    auto forCustomer = lessons.about(customer, {dn150});
    ASSERT_TRUE(forCustomer.has_value());
    ASSERT_EQ(forCustomer->size(), 1);
    EXPECT_EQ(forCustomer->first().body, QStringLiteral("该客户要求随货附材质证明"));
    EXPECT_EQ(forCustomer->first().customers.first().code, QStringLiteral("C001"));

    auto both = lessons.about(customer, {dn300});
    ASSERT_TRUE(both.has_value());
    ASSERT_EQ(both->size(), 2);
    EXPECT_EQ(both->first().body, QStringLiteral("DN300 以上试压需提前两天预约")); // newest first

    auto neither = lessons.about(other, {dn150});
    ASSERT_TRUE(neither.has_value());
    EXPECT_TRUE(neither->isEmpty());

    auto found = lessons.search(QStringLiteral("华东"));
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(found->isEmpty());
    found = lessons.search(QStringLiteral("DN300"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->size(), 1);
    found = lessons.search(QStringLiteral("港信"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->size(), 1);
}

TEST_F(Lessons, BadInputIsRefusedWithItsFieldAndNothingIsSaved)
{
    LessonService lessons(t.session());
    auto empty = lessons.add(QStringLiteral("  "), {QStringLiteral("C001")}, {});
    ASSERT_FALSE(empty.has_value());
    EXPECT_EQ(empty.error().field, QStringLiteral("text"));
    auto unknown = lessons.add(QStringLiteral("注意包装"), {QStringLiteral("C999")}, {});
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().field, QStringLiteral("customers"));
    auto sku = lessons.add(QStringLiteral("注意包装"), {}, {QStringLiteral("NOPE")});
    ASSERT_FALSE(sku.has_value());
    EXPECT_EQ(sku.error().field, QStringLiteral("products"));
    auto aboutNothing = lessons.add(QStringLiteral("注意包装"), {}, {});
    ASSERT_FALSE(aboutNothing.has_value());
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM lessons")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}
