// orderdesk-cli rules on a demo company: the rules listed in their default state with the demo's
// firings, switched and tuned by a manager with clear errors for what is wrong, refused to a
// salesperson, and run twice without firing twice.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

class CliRules : public ::testing::Test
{
protected:
    CliRunner cli;
    QString db = cli.database(QStringLiteral("rules.orderdesk"));

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("admin-demo"));
        const CliRun demo =
            cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                     QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("4"),
                     QStringLiteral("--today"), QStringLiteral("2026-06-01")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun as(const QString& user, const QStringList& arguments)
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), user == QLatin1String("admin")
                                                                     ? QStringLiteral("admin-demo")
                                                                     : user + QStringLiteral("-demo-2026"));
        return cli.run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + arguments);
    }

    QJsonObject rule(const QString& user, const QString& key)
    {
        const CliRun r =
            as(user, {QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                return v.toObject();
        ADD_FAILURE() << "no rule " << key.toStdString() << " in " << r.out.toStdString();
        return {};
    }
};

} // namespace

TEST_F(CliRules, TheListShowsEveryRuleInItsDefaultStateWithTheDemosFirings)
{
    const CliRun r =
        as(QStringLiteral("li"), {QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray rules = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(rules.size(), 5);
    qint64 fired = 0;
    for (const QJsonValue& v : rules) {
        const QJsonObject o = v.toObject();
        EXPECT_FALSE(o.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_FALSE(o.value(QStringLiteral("description")).toString().isEmpty());
        fired += o.value(QStringLiteral("fired")).toInteger();
    }
    EXPECT_GT(fired, 0) << r.out.toStdString();
    const QJsonObject reminder = rule(QStringLiteral("li"), QStringLiteral("confirmation_reminder"));
    EXPECT_TRUE(reminder.value(QStringLiteral("enabled")).toBool());
    EXPECT_EQ(
        reminder.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("days")).toString(),
        QStringLiteral("3"));
    const QJsonObject small = rule(QStringLiteral("li"), QStringLiteral("small_change_approval"));
    EXPECT_FALSE(small.value(QStringLiteral("enabled")).toBool());
    EXPECT_EQ(small.value(QStringLiteral("parameters"))
                  .toObject()
                  .value(QStringLiteral("max_difference"))
                  .toString(),
              QStringLiteral("500.00"));

    // The table a person reads.
    const CliRun table = as(QStringLiteral("li"), {QStringLiteral("rules")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("credit_hold_overdue"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("days=30"))) << table.out.toStdString();
}

TEST_F(CliRules, AManagerSwitchesAndTunesRulesAndMistakesAreNamed)
{
    const QString li = QStringLiteral("li");
    CliRun r =
        as(li, {QStringLiteral("rules"), QStringLiteral("enable"), QStringLiteral("small_change_approval")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(rule(li, QStringLiteral("small_change_approval")).value(QStringLiteral("enabled")).toBool());
    r = as(li, {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("small_change_approval"),
                QStringLiteral("max_difference=800.50")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("800.50"))) << r.out.toStdString();
    // The credit-hold rule is the settlement setting: the same value both ways.
    r = as(li, {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("credit_hold_overdue"),
                QStringLiteral("days=45")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(rule(li, QStringLiteral("credit_hold_overdue"))
                  .value(QStringLiteral("parameters"))
                  .toObject()
                  .value(QStringLiteral("days"))
                  .toString(),
              QStringLiteral("45"));

    r = as(li, {QStringLiteral("rules"), QStringLiteral("enable"), QStringLiteral("no_such_rule")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("confirmation_reminder"))) << r.err.toStdString();
    r = as(li, {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("confirmation_reminder"),
                QStringLiteral("weeks=2")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("days"))) << r.err.toStdString();
    r = as(li, {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("confirmation_reminder"),
                QStringLiteral("days=0")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("90"))) << r.err.toStdString();
    r = as(li, {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("confirmation_reminder"),
                QStringLiteral("days")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("NAME=VALUE"))) << r.err.toStdString();
    r = as(li, {QStringLiteral("rules"), QStringLiteral("frob")});
    EXPECT_EQ(r.exitCode, 1);
    r = as(li, {QStringLiteral("rules"), QStringLiteral("enable"), QStringLiteral("shipped_tell_finance"),
                QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(rule(li, QStringLiteral("confirmation_reminder"))
                  .value(QStringLiteral("parameters"))
                  .toObject()
                  .value(QStringLiteral("days"))
                  .toString(),
              QStringLiteral("3"));
}

TEST_F(CliRules, ASalespersonReadsTheRulesButMayNotChangeThem)
{
    const QString wang = QStringLiteral("wang");
    const CliRun list = as(wang, {QStringLiteral("rules")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    const CliRun refused = as(
        wang, {QStringLiteral("rules"), QStringLiteral("disable"), QStringLiteral("shipped_tell_finance")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_TRUE(rule(wang, QStringLiteral("shipped_tell_finance")).value(QStringLiteral("enabled")).toBool());
}

TEST_F(CliRules, RunningTheRulesTwiceFiresNothingTheSecondTime)
{
    const QString li = QStringLiteral("li");
    CliRun first = as(li, {QStringLiteral("rules"), QStringLiteral("run")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const qint64 before =
        rule(li, QStringLiteral("confirmation_reminder")).value(QStringLiteral("fired")).toInteger();
    CliRun second = as(li, {QStringLiteral("rules"), QStringLiteral("run")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral(" 0 "))) << second.out.toStdString();
    EXPECT_EQ(rule(li, QStringLiteral("confirmation_reminder")).value(QStringLiteral("fired")).toInteger(),
              before);

    // What the rules fired shows in the salesperson's My work, named by its rule.
    bool reminded = false;
    for (const QString& user :
         {QStringLiteral("wang"), QStringLiteral("chen"), QStringLiteral("liu"), QStringLiteral("zhou")}) {
        const CliRun work = as(user, {QStringLiteral("mywork"), QStringLiteral("--json")});
        ASSERT_EQ(work.exitCode, 0) << work.err.toStdString();
        for (const QJsonValue& v : QJsonDocument::fromJson(work.out.toUtf8()).array())
            reminded |= v.toObject().value(QStringLiteral("rule")).toString() ==
                        QLatin1String("confirmation_reminder");
    }
    EXPECT_TRUE(reminded);
}
