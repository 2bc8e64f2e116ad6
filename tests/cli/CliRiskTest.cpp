// orderdesk-cli risk on a demo company: the orders at risk and late as JSON with their reasons,
// narrowed by level, the recompute, and a level it does not know refused.
#include "CliRunner.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kPassword = QStringLiteral("admin-demo");

class CliRisk : public ::testing::Test
{
protected:
    CliRunner cli;
    QString db = cli.database(QStringLiteral("risk.orderdesk"));

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kPassword);
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kPassword);
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("400"),
                                 QStringLiteral("--seed"), QStringLiteral("4")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun run(QStringList arguments) const
    {
        return cli.run(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
            arguments);
    }

    QJsonArray list(QStringList arguments) const
    {
        const CliRun r = run(QStringList{QStringLiteral("risk"), QStringLiteral("--json")} + arguments);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

} // namespace

TEST_F(CliRisk, TheListGivesEachFlaggedOrderWithItsDatesAndReasons)
{
    const QJsonArray all = list({});
    ASSERT_FALSE(all.isEmpty());
    int late = 0;
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        EXPECT_TRUE(o.value(QStringLiteral("order_no")).toString().startsWith(QStringLiteral("SO-")));
        const QString level = o.value(QStringLiteral("level")).toString();
        EXPECT_TRUE(level == QStringLiteral("at_risk") || level == QStringLiteral("late"))
            << level.toStdString();
        EXPECT_TRUE(o.contains(QStringLiteral("promised_date")));
        EXPECT_TRUE(o.contains(QStringLiteral("forecast_date")));
        const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
        ASSERT_FALSE(reasons.isEmpty());
        const QJsonObject first = reasons.first().toObject();
        EXPECT_FALSE(first.value(QStringLiteral("kind")).toString().isEmpty());
        EXPECT_FALSE(first.value(QStringLiteral("text")).toString().isEmpty());
        EXPECT_FALSE(first.value(QStringLiteral("next_action")).toString().isEmpty());
        if (level == QStringLiteral("late")) {
            ++late;
            EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("past_promise"));
            EXPECT_GT(first.value(QStringLiteral("days")).toInt(), 0);
        }
    }
    const QJsonArray onlyLate = list({QStringLiteral("--level"), QStringLiteral("late")});
    EXPECT_EQ(onlyLate.size(), late);
    for (const QJsonValue& v : onlyLate)
        EXPECT_EQ(v.toObject().value(QStringLiteral("level")).toString(), QStringLiteral("late"));
    EXPECT_EQ(list({QStringLiteral("--level"), QStringLiteral("at_risk")}).size(), all.size() - late);
    // The plain table names the same orders.
    const CliRun table = run({QStringLiteral("risk")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(all.first().toObject().value(QStringLiteral("order_no")).toString()));
}

TEST_F(CliRisk, RecomputeCountsEveryOpenOrderAndASecondRunChangesNothing)
{
    const CliRun first =
        run({QStringLiteral("risk"), QStringLiteral("--recompute"), QStringLiteral("--json")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject a = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_GT(a.value(QStringLiteral("orders")).toInt(), 0);
    EXPECT_EQ(a.value(QStringLiteral("at_risk")).toInt() + a.value(QStringLiteral("late")).toInt(),
              list({}).size());
    const CliRun second =
        run({QStringLiteral("risk"), QStringLiteral("--recompute"), QStringLiteral("--json")});
    const QJsonObject b = QJsonDocument::fromJson(second.out.toUtf8()).object();
    EXPECT_EQ(b.value(QStringLiteral("orders")), a.value(QStringLiteral("orders")));
    EXPECT_EQ(b.value(QStringLiteral("changed")).toInt(), 0);
}

TEST_F(CliRisk, AnUnknownLevelIsRefusedNamingTheOnesThereAre)
{
    const CliRun bad = run({QStringLiteral("risk"), QStringLiteral("--level"), QStringLiteral("soon")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("at_risk"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.out.isEmpty());
}
