#include "AutomationRuleService.h"
#include "Database.h"
#include "Migration.h"
#include "RuleEngine.h"
#include "Session.h"
#include "UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace od;

// The automation rules' migration: a company's database gets the rules in their default state
// (the credit-hold rule stays the settlement setting, without a row of its own), the firings'
// table keeps one firing per rule, subject and occasion, and a credit hold placed before the
// rules existed fires the credit-hold rule once on the first run.

namespace {

int rulesMigration()
{
    for (const Migration& m : Migrations::all())
        if (m.name == QLatin1String("automation_rules"))
            return m.number;
    return 0;
}

qint64 number(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << q.lastError().text().toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST(AutomationRulesMigration, BringsTheRulesInTheirDefaultStateAndFiresOnceForAHoldAlreadyInForce)
{
    const int version = rulesMigration();
    ASSERT_GT(version, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.orderdesk"));
    {
        auto db = Database::open(path, Database::Migrate::No);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE((*db)->migrateTo(version - 1).has_value());
        QSqlQuery q((*db)->sql());
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO users (id, name, display_name, role, created_at) VALUES "
                                  "(3, 'li', '李经理', 'manager', '2026-01-01T00:00:00Z')")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES "
                                  "(1, 'C1', '客户', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO credit_holds (customer_id, placed_on, reasons, detail) "
                                  "VALUES (1, '2026-05-01', 'overdue', 'INV-1 逾期 40 天')")))
            << q.lastError().text().toStdString();
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    Database& d = **db;
    EXPECT_EQ(number(d, QStringLiteral("SELECT count(*) FROM automation_rules")), 4);
    EXPECT_EQ(number(d, QStringLiteral(
                            "SELECT enabled FROM automation_rules WHERE rule_key = 'small_change_approval'")),
              0);
    EXPECT_EQ(number(d, QStringLiteral("SELECT value FROM automation_rule_parameters WHERE rule_key = "
                                       "'confirmation_reminder' AND name = 'days'")),
              3);
    EXPECT_EQ(number(d, QStringLiteral("SELECT count(*) FROM rule_firings")), 0);

    // One firing per rule, subject and occasion; another occasion is another firing.
    const QString insert = QStringLiteral(
        "INSERT INTO rule_firings (rule_key, subject_kind, subject_id, occasion, department, fired_at) "
        "VALUES ('shipped_tell_finance', 'order', 42, '%1', 'finance', '2026-06-01T00:00:00Z')");
    ASSERT_TRUE(d.exec(insert.arg(QString())).has_value());
    EXPECT_FALSE(d.exec(insert.arg(QString())).has_value());
    EXPECT_TRUE(d.exec(insert.arg(QStringLiteral("2"))).has_value());
    // For a person or a department, never both nor neither.
    EXPECT_FALSE(
        d.exec(QStringLiteral("INSERT INTO rule_firings (rule_key, subject_kind, subject_id, fired_at) "
                              "VALUES ('late_delivery_review', 'order', 43, '2026-06-01T00:00:00Z')"))
            .has_value());

    auto manager = UserRepository(d).byId(3);
    ASSERT_TRUE(manager.has_value() && manager->has_value());
    Session session(d, **manager);
    session.setToday(QDate(2026, 6, 1));
    auto first = RuleEngine(session).runScheduled();
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->fired, 1);
    EXPECT_EQ(RuleEngine(session).runScheduled()->fired, 0);
    EXPECT_EQ(
        number(d, QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'credit_hold_overdue' "
                                 "AND subject_id = 1")),
        1);
}
