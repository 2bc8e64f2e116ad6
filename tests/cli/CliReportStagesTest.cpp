// orderdesk-cli report stages: the bottleneck analysis as JSON with decimal strings, the same
// figures as a table, the manager's only, and clear answers to a wrong period.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

struct ReportStagesCli : ::testing::Test
{
    CliRunner cli;
    QString db;

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("admin-demo"));
        db = cli.database(QStringLiteral("stages.orderdesk"));
        const CliRun demo =
            cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                     QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"),
                     QStringLiteral("--today"), QStringLiteral("2026-06-01")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun stages(const QString& user, const QString& password, const QStringList& options)
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), password);
        return cli.run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                   QStringLiteral("report"), QStringLiteral("stages")} +
                       options);
    }

    QJsonArray json(const CliRun& r) const
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

bool isDecimal(const QJsonValue& v, int decimals)
{
    const QRegularExpression exact(QStringLiteral("^\\d+\\.\\d{%1}$").arg(decimals));
    return v.isString() && exact.match(v.toString()).hasMatch();
}

QJsonObject find(const QJsonArray& stages, const QString& key)
{
    for (const QJsonValue& s : stages)
        if (s.toObject().value(QStringLiteral("stage")).toString() == key)
            return s.toObject();
    return {};
}

} // namespace

TEST_F(ReportStagesCli, EveryStageAsJsonWithDecimalStringsAndTheWorstMarked)
{
    const QJsonArray all =
        json(stages(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                    {QStringLiteral("--from"), QStringLiteral("2025-06-02"), QStringLiteral("--to"),
                     QStringLiteral("2026-06-01"), QStringLiteral("--json")}));
    // The fixed stages come first, in the order an order meets them; the work centres follow.
    ASSERT_GE(all.size(), 5);
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("confirmation"));
    EXPECT_EQ(all.at(1).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("planning"));
    EXPECT_EQ(all.last().toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("payment"));
    qint64 shareBasisPoints = 0;
    int worst = 0;
    for (const QJsonValue& v : all) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("orders")).toInteger() == 0) {
            EXPECT_TRUE(s.value(QStringLiteral("median_days")).isNull());
            continue;
        }
        EXPECT_TRUE(isDecimal(s.value(QStringLiteral("median_days")), 1))
            << s.value(QStringLiteral("stage")).toString().toStdString();
        EXPECT_TRUE(isDecimal(s.value(QStringLiteral("p90_days")), 1));
        ASSERT_TRUE(isDecimal(s.value(QStringLiteral("share")), 2));
        EXPECT_LE(s.value(QStringLiteral("median_days")).toString().toDouble(),
                  s.value(QStringLiteral("p90_days")).toString().toDouble());
        shareBasisPoints += s.value(QStringLiteral("share")).toString().remove(QLatin1Char('.')).toLongLong();
        worst += s.value(QStringLiteral("worst")).toBool() ? 1 : 0;
        EXPECT_TRUE(s.contains(QStringLiteral("previous_median_days")));
    }
    // Each share is rounded to a basis point: together they make 100 % give or take the rounding.
    EXPECT_NEAR(shareBasisPoints, 10000, all.size());
    EXPECT_EQ(worst, 1);
    // The demo confirms, plans, ships and delivers orders over the year.
    for (const char* key : {"confirmation", "planning", "shipping", "transit"})
        EXPECT_GT(find(all, QString::fromLatin1(key)).value(QStringLiteral("orders")).toInteger(), 0) << key;
}

TEST_F(ReportStagesCli, TheTableShowsTheSameFiguresAsTheJson)
{
    const QStringList period = {QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-03-31")};
    const QJsonObject confirm = find(json(stages(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                                 period + QStringList{QStringLiteral("--json")})),
                                     QStringLiteral("confirmation"));
    const CliRun table = stages(QStringLiteral("li"), QStringLiteral("li-demo-2026"), period);
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QString row = table.out.section(u'\n', 2, 2);
    EXPECT_TRUE(row.contains(confirm.value(QStringLiteral("median_days")).toString())) << row.toStdString();
    EXPECT_TRUE(row.contains(confirm.value(QStringLiteral("p90_days")).toString())) << row.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("2025-10-03"))) << "the previous period of the same length";
}

TEST_F(ReportStagesCli, ASalespersonIsRefusedAndAWrongPeriodExplained)
{
    const CliRun wang =
        stages(QStringLiteral("wang"), QStringLiteral("wang-demo-2026"), {QStringLiteral("--json")});
    EXPECT_NE(wang.exitCode, 0);
    EXPECT_TRUE(wang.out.isEmpty());
    const CliRun backwards = stages(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                    {QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                                     QStringLiteral("--to"), QStringLiteral("2026-04-01")});
    EXPECT_EQ(backwards.exitCode, 1);
    EXPECT_TRUE(backwards.err.contains(QStringLiteral("2026-04-01"))) << backwards.err.toStdString();
    const CliRun badDate = stages(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                  {QStringLiteral("--from"), QStringLiteral("1 May")});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--from"))) << badDate.err.toStdString();
}
