// The Orders list's search on a demo company of several thousand orders: a word matching most
// orders (answered by walking the sort index and asking the hit function) and a word matching
// few (answered by looking up each hit) give exactly the orders whose search text contains the
// word, in the list's order, with the right counts.
#include "Database.h"
#include "DemoDataGenerator.h"
#include "OrderListRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace od;

namespace {

class OrderListSearchTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto opened = Database::open(s_dir->filePath(QStringLiteral("search.orderdesk")));
        ASSERT_TRUE(opened.has_value());
        s_db = opened->release();
        Session system(*s_db, User::system());
        auto outcome = DemoDataGenerator(system).generate(DemoOptions{Orders, 5, QDate(2026, 6, 1)});
        ASSERT_TRUE(outcome.has_value()) << outcome.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
        s_db = nullptr;
        s_dir = nullptr;
    }

    // The ids of the orders whose search text contains `word`, worked out without the index.
    static QList<qint64> expected(const QString& word, const QString& extraCondition, const QString& order)
    {
        QSqlQuery q(s_db->sql());
        q.prepare(QStringLiteral("SELECT o.id FROM orders o JOIN order_search s ON s.rowid = o.id "
                                 "WHERE instr(s.text, ?) > 0 %1 ORDER BY %2")
                      .arg(extraCondition, order));
        q.addBindValue(word);
        EXPECT_TRUE(q.exec());
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    static QList<qint64> ids(OrderListRepository& repo, const OrderListQuery& query, qint64 offset, int limit)
    {
        auto rows = repo.page(query, offset, limit);
        EXPECT_TRUE(rows.has_value());
        QList<qint64> out;
        if (rows)
            for (const OrderListRow& row : *rows)
                out << row.id;
        return out;
    }

    static constexpr qint64 Orders = 12000;
    static inline QTemporaryDir* s_dir = nullptr;
    static inline Database* s_db = nullptr;
};

TEST_F(OrderListSearchTest, AWordInMostOrdersListsExactlyThoseInTheListsOrder)
{
    // "SO-2025" is in the numbers of last year's orders: more hits than the look-up-each-hit
    // plan takes, and not every order.
    const QString word = QStringLiteral("SO-2025");
    const QList<qint64> all = expected(word, QString(), QStringLiteral("o.order_date DESC, o.id DESC"));
    ASSERT_GE(all.size(), OrderListRepository::PagePlan::ManySearchHits);
    ASSERT_LT(all.size(), Orders);

    OrderListRepository repo(*s_db);
    OrderListQuery query;
    query.search = word;
    EXPECT_EQ(repo.count(query, 100).value_or(-1), 101);
    EXPECT_EQ(repo.count(query, 0).value_or(-1), all.size());
    auto plan = repo.planPage(query, 0, 100);
    ASSERT_TRUE(plan.has_value());
    EXPECT_TRUE(plan->manySearchHits);
    EXPECT_EQ(ids(repo, query, 0, 100), all.mid(0, 100));
    EXPECT_EQ(ids(repo, query, 3000, 100), all.mid(3000, 100));
    EXPECT_EQ(ids(repo, query, all.size() - 30, 100), all.mid(all.size() - 30));

    query.sortColumn = OrderListQuery::Column::Total;
    query.descending = false;
    EXPECT_EQ(ids(repo, query, 0, 100),
              expected(word, QString(), QStringLiteral("o.total ASC, o.id ASC")).mid(0, 100));
    query.sortColumn = OrderListQuery::Column::Revision;
    query.descending = true;
    EXPECT_EQ(ids(repo, query, 0, 100),
              expected(word, QString(), QStringLiteral("o.revision DESC, o.id DESC")).mid(0, 100));
}

TEST_F(OrderListSearchTest, ManyHitsWithAStatusFilterCountAndListTheOrdersInBoth)
{
    const QString word = QStringLiteral("SO-2025");
    const QList<qint64> completed = expected(word, QStringLiteral("AND o.status = 'completed'"),
                                             QStringLiteral("o.order_date DESC, o.id DESC"));
    ASSERT_GT(completed.size(), 100);
    ASSERT_LT(completed.size(), Orders);

    OrderListRepository repo(*s_db);
    OrderListQuery query;
    query.search = word;
    query.status = OrderStatus::Completed;
    EXPECT_EQ(repo.count(query, 0).value_or(-1), completed.size());
    EXPECT_EQ(ids(repo, query, 0, 100), completed.mid(0, 100));
}

TEST_F(OrderListSearchTest, AWordInFewOrdersListsExactlyThose)
{
    // A customer's name: a few dozen to a few hundred orders.
    QSqlQuery q(s_db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")) && q.next());
    const QString word = q.value(0).toString();
    const QList<qint64> hits = expected(word, QString(), QStringLiteral("o.order_date DESC, o.id DESC"));
    ASSERT_GT(hits.size(), 0);
    ASSERT_LT(hits.size(), OrderListRepository::PagePlan::ManySearchHits);

    OrderListRepository repo(*s_db);
    OrderListQuery query;
    query.search = word;
    EXPECT_EQ(repo.count(query, 100'000).value_or(-1), hits.size());
    auto plan = repo.planPage(query, 0, 100);
    ASSERT_TRUE(plan.has_value());
    EXPECT_FALSE(plan->manySearchHits);
    EXPECT_EQ(ids(repo, query, 0, 1000), hits);

    query.search = QStringLiteral("这些字不在任何订单里");
    EXPECT_EQ(repo.count(query, 100).value_or(-1), 0);
    EXPECT_TRUE(ids(repo, query, 0, 100).isEmpty());
}

TEST_F(OrderListSearchTest, TheHitFunctionLeavesTheConnectionWithTheRepository)
{
    QByteArray function;
    {
        OrderListRepository repo(*s_db);
        OrderListQuery query;
        query.search = QStringLiteral("SO-2025");
        ASSERT_TRUE(repo.count(query, 10).has_value());
        function = repo.hitFunctionName();
        QSqlQuery q(s_db->sql());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT %1(1)").arg(QString::fromLatin1(function))));
    }
    QSqlQuery q(s_db->sql());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT %1(1)").arg(QString::fromLatin1(function))));
}

} // namespace
