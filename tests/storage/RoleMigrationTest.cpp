#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace od;

// Schema 19 rebuilds the users table to admit the planner and logistics roles: the users keep
// their ids, passwords and everything that refers to them.
TEST(RoleMigration, KeepsEveryUserAndWhatRefersToThemAndAdmitsTheNewRoles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.orderdesk"));
    {
        auto db = Database::open(path, Database::Migrate::No);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE((*db)->migrateTo(18).has_value());
        QSqlQuery q((*db)->sql());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO users (id, name, display_name, role, created_at, password_hash) VALUES "
            "(7, 'wang', '王芳', 'salesperson', '2026-01-01T00:00:00Z', 'hash-of-wang')")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES "
                                  "(1, 'C1', '客户', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO orders (order_no, customer_id, salesperson_id, customer_name, salesperson_name, "
            "status, order_date, currency, created_at, updated_at) VALUES ('SO-2026-000001', 1, 7, '客户', "
            "'王芳', 'draft', '2026-01-01', 'CNY', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO order_comments (order_id, author_id, created_at, body) "
                                  "SELECT id, 7, '2026-01-02T00:00:00Z', '@李强 请确认' FROM orders")))
            << q.lastError().text().toStdString();
        // Before: the new roles are refused.
        EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO users (name, display_name, role, created_at) VALUES "
                                           "('qian', '钱进', 'logistics_clerk', '2026-01-01T00:00:00Z')")));
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    QSqlQuery q((*db)->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name, password_hash FROM users WHERE id = 7")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wang"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("hash-of-wang"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM orders WHERE salesperson_id = 7")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM order_comments WHERE author_id = 7")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO users (name, display_name, role, created_at) VALUES "
                                      "('qian', '钱进', 'logistics_clerk', '2026-01-01T00:00:00Z'), "
                                      "('sun', '孙磊', 'production_planner', '2026-01-01T00:00:00Z')")))
        << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO users (name, display_name, role, created_at) VALUES "
                                       "('x', 'x', 'driver', '2026-01-01T00:00:00Z')")));
    // A user still cannot be removed from under their orders.
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM users WHERE id = 7")));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    EXPECT_FALSE(q.next());
}
