#include "Database.h"
#include "CustomerRepository.h"
#include "OrderNumberAllocator.h"
#include "ProductRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace od;

TEST(Database, NewFileIsMigratedToTheLatestSchemaWithThePragmasOfTheDesign)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.orderdesk")));
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    q.next();
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    q.exec(QStringLiteral("PRAGMA foreign_keys"));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 1);
    q.exec(QStringLiteral("PRAGMA synchronous"));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 2); // FULL
}

TEST(Database, MigratesFromEveryEarlierVersion)
{
    for (int start = 0; start < Database::latestSchemaVersion(); ++start) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.orderdesk"));
        {
            auto db = Database::open(path, Database::Migrate::No);
            ASSERT_TRUE(db.has_value());
            ASSERT_TRUE((*db)->migrateTo(start).has_value());
            EXPECT_EQ((*db)->schemaVersion(), start);
        }
        auto db = Database::open(path);
        ASSERT_TRUE(db.has_value()) << "from version " << start;
        EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q((*db)->sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM orders")));
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT count(*) FROM order_search WHERE order_search MATCH 'abc'")));
    }
}

TEST(Database, RefusesANewerSchemaAndForeignFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.orderdesk"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA user_version = 999")).has_value());
    }
    auto newer = Database::open(path);
    ASSERT_FALSE(newer.has_value());
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("999")));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(other, Database::Migrate::No);
        ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE unrelated (x)")).has_value());
    }
    EXPECT_FALSE(Database::open(other).has_value());

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just some text that is long enough to fill a header......");
    f.close();
    EXPECT_FALSE(Database::open(text).has_value());
}

TEST(Database, AKeptStatementIsPreparedOnceAndStillRunsAfterTheSchemaChanges)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.orderdesk")));
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE t (a INTEGER)")).has_value());
    const QString insert = QStringLiteral("INSERT INTO t (a) VALUES (?) RETURNING a * 2");
    auto first = (*db)->kept(insert);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    (*first)->bindValue(0, 21);
    ASSERT_TRUE((*first)->exec());
    ASSERT_TRUE((*first)->next());
    EXPECT_EQ((*first)->value(0).toInt(), 42);
    // Left unfinished by its user: it comes back finished, the same statement.
    auto again = (*db)->kept(insert);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*again, *first);
    EXPECT_FALSE((*again)->isActive());
    ASSERT_TRUE((*db)->exec(QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT")).has_value());
    (*again)->bindValue(0, 5);
    ASSERT_TRUE((*again)->exec()) << (*again)->lastError().text().toStdString();
    ASSERT_TRUE((*again)->next());
    EXPECT_EQ((*again)->value(0).toInt(), 10);
    (*again)->finish();
    QSqlQuery count((*db)->sql());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*), sum(a) FROM t")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 2);
    EXPECT_EQ(count.value(1).toInt(), 26);
    // A statement that cannot be prepared is an error, and not kept.
    EXPECT_FALSE((*db)->kept(QStringLiteral("SELECT nothing FROM nowhere")).has_value());
    EXPECT_FALSE((*db)->kept(QStringLiteral("SELECT nothing FROM nowhere")).has_value());
}

TEST(OrderNumberAllocator, IsGapFreePerYearAndGivesBackRolledBackNumbers)
{
    test::TestDatabase t;
    OrderNumberAllocator numbers(t.db());
    {
        Transaction tx(t.db());
        EXPECT_EQ(*numbers.next(QStringLiteral("SO"), 2026), QStringLiteral("SO-2026-000001"));
        EXPECT_EQ(*numbers.next(QStringLiteral("SO"), 2026), QStringLiteral("SO-2026-000002"));
        EXPECT_EQ(*numbers.next(QStringLiteral("SO"), 2027), QStringLiteral("SO-2027-000001"));
        ASSERT_TRUE(tx.commit().has_value());
    }
    {
        Transaction tx(t.db());
        EXPECT_EQ(*numbers.next(QStringLiteral("SO"), 2026), QStringLiteral("SO-2026-000003"));
        // no commit: rolled back
    }
    Transaction tx(t.db());
    EXPECT_EQ(*numbers.next(QStringLiteral("SO"), 2026), QStringLiteral("SO-2026-000003"));
    ASSERT_TRUE(numbers.observe(QStringLiteral("SO"), 2026, 500).has_value());
    EXPECT_EQ(*numbers.next(QStringLiteral("SO"), 2026), QStringLiteral("SO-2026-000501"));
}

TEST(Repositories, SearchCustomersAndProductsByPartOfCodeNameOrSpec)
{
    test::TestDatabase t;
    t.addCustomer(QStringLiteral("SH-001"), QStringLiteral("上海申通阀门有限公司"));
    t.addCustomer(QStringLiteral("HZ-002"), QStringLiteral("杭州汇通管业有限公司"));
    t.addProduct(QStringLiteral("Q41F-16P-DN50"), QStringLiteral("球阀"), 3'200'000);
    CustomerRepository customers(t.db());
    EXPECT_EQ(customers.search(QStringLiteral("申通"), 10, false)->size(), 1);
    EXPECT_EQ(customers.search(QStringLiteral("hz-"), 10, false)->size(), 1);
    EXPECT_EQ(customers.search(QString(), 10, false)->size(), 2);
    EXPECT_EQ(customers.all()->size(), 2);
    ProductRepository products(t.db());
    EXPECT_EQ(products.search(QStringLiteral("dn50"), 10, false)->size(), 1);
    EXPECT_EQ(products.search(QStringLiteral("蝶阀"), 10, false)->size(), 0);
}
