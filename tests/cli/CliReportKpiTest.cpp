// orderdesk-cli report kpi: the dashboard's figures as JSON with exact money, a salesperson's own
// figures only, and clear answers to a wrong period or name.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <limits>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

struct ReportKpiCli : ::testing::Test
{
    CliRunner cli;
    QString db;

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("admin-demo"));
        db = cli.database(QStringLiteral("kpi.orderdesk"));
        const CliRun demo =
            cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                     QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"),
                     QStringLiteral("--today"), QStringLiteral("2026-06-01")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun kpi(const QString& user, const QString& password, const QStringList& options)
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), password);
        return cli.run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                   QStringLiteral("report"), QStringLiteral("kpi")} +
                       options);
    }

    QJsonObject json(const CliRun& r) const
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

bool isMoney(const QJsonValue& v)
{
    static const QRegularExpression exact(QStringLiteral("^-?\\d+\\.\\d{2}$"));
    return v.isString() && exact.match(v.toString()).hasMatch();
}

} // namespace

TEST_F(ReportKpiCli, TheMonthsFiguresAsJsonWithExactMoney)
{
    const QJsonObject f =
        json(kpi(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                 {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-05-31"), QStringLiteral("--json")}));
    EXPECT_EQ(f.value(QStringLiteral("month")).toString(), QStringLiteral("2026-05"));
    EXPECT_TRUE(f.value(QStringLiteral("salesperson")).isNull());
    const QJsonObject intake = f.value(QStringLiteral("intake")).toObject();
    const QJsonObject may = intake.value(QStringLiteral("this_month")).toObject();
    EXPECT_EQ(may.value(QStringLiteral("month")).toString(), QStringLiteral("2026-05"));
    EXPECT_GT(may.value(QStringLiteral("orders")).toInteger(), 0);
    EXPECT_TRUE(isMoney(may.value(QStringLiteral("value"))));
    EXPECT_EQ(intake.value(QStringLiteral("last_month")).toObject().value(QStringLiteral("month")).toString(),
              QStringLiteral("2026-04"));
    // The backlog is the sum of its statuses, in orders and to the fen.
    const QJsonObject backlog = f.value(QStringLiteral("backlog")).toObject();
    qint64 orders = 0, fen = 0;
    for (const QJsonValue& s : backlog.value(QStringLiteral("by_status")).toArray()) {
        orders += s.toObject().value(QStringLiteral("orders")).toInteger();
        ASSERT_TRUE(isMoney(s.toObject().value(QStringLiteral("value"))));
        fen += s.toObject().value(QStringLiteral("value")).toString().remove(QLatin1Char('.')).toLongLong();
    }
    EXPECT_GT(orders, 0);
    EXPECT_EQ(backlog.value(QStringLiteral("orders")).toInteger(), orders);
    EXPECT_EQ(backlog.value(QStringLiteral("value")).toString().remove(QLatin1Char('.')).toLongLong(), fen);
    EXPECT_EQ(f.value(QStringLiteral("intake_by_month")).toArray().size(), 12);
    EXPECT_TRUE(f.value(QStringLiteral("receivables")).isObject());
    EXPECT_TRUE(isMoney(f.value(QStringLiteral("receivables")).toObject().value(QStringLiteral("overdue"))));
    const QJsonValue rate =
        f.value(QStringLiteral("on_time")).toObject().value(QStringLiteral("rate_percent"));
    EXPECT_TRUE(isMoney(rate)) << rate.toString().toStdString(); // two decimals, like money

    // Month by month: May's first shipments, as many as the months' counts say, and its rate.
    const QJsonArray onTime = f.value(QStringLiteral("on_time_by_month")).toArray();
    ASSERT_EQ(onTime.size(), 12);
    const QJsonObject lastMonth = onTime.last().toObject();
    EXPECT_EQ(lastMonth.value(QStringLiteral("month")).toString(), QStringLiteral("2026-05"));
    EXPECT_LE(lastMonth.value(QStringLiteral("on_time")).toInteger(),
              lastMonth.value(QStringLiteral("shipped")).toInteger());
    // The top customers: at most ten, the largest first, within the year's intake.
    const QJsonArray top = f.value(QStringLiteral("top_customers_by_value")).toArray();
    ASSERT_FALSE(top.isEmpty());
    EXPECT_LE(top.size(), 10);
    qint64 previous = std::numeric_limits<qint64>::max(), topFen = 0, yearFen = 0;
    for (const QJsonValue& c : top) {
        ASSERT_TRUE(isMoney(c.toObject().value(QStringLiteral("amount"))));
        const qint64 amount =
            c.toObject().value(QStringLiteral("amount")).toString().remove(QLatin1Char('.')).toLongLong();
        EXPECT_LE(amount, previous);
        previous = amount;
        topFen += amount;
    }
    for (const QJsonValue& m : f.value(QStringLiteral("intake_by_month")).toArray())
        yearFen +=
            m.toObject().value(QStringLiteral("value")).toString().remove(QLatin1Char('.')).toLongLong();
    EXPECT_LE(topFen, yearFen);
    EXPECT_TRUE(f.value(QStringLiteral("receivables"))
                    .toObject()
                    .value(QStringLiteral("top_customers_overdue"))
                    .isArray());
}

TEST_F(ReportKpiCli, ASalespersonGetsTheirOwnFiguresWhateverTheyAskFor)
{
    const QStringList may{QStringLiteral("--to"), QStringLiteral("2026-05-20"), QStringLiteral("--json")};
    const QJsonObject forWang =
        json(kpi(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                 may + QStringList{QStringLiteral("--salesperson"), QStringLiteral("wang")}));
    const QJsonObject everyone = json(kpi(QStringLiteral("li"), QStringLiteral("li-demo-2026"), may));
    const QJsonObject own =
        json(kpi(QStringLiteral("wang"), QStringLiteral("wang-demo-2026"),
                 may + QStringList{QStringLiteral("--salesperson"), QStringLiteral("chen")}));
    EXPECT_EQ(own.value(QStringLiteral("salesperson")).toString(), QStringLiteral("wang"));
    EXPECT_EQ(own.value(QStringLiteral("intake")), forWang.value(QStringLiteral("intake")));
    EXPECT_EQ(own.value(QStringLiteral("backlog")), forWang.value(QStringLiteral("backlog")));
    EXPECT_LT(
        own.value(QStringLiteral("backlog")).toObject().value(QStringLiteral("orders")).toInteger(),
        everyone.value(QStringLiteral("backlog")).toObject().value(QStringLiteral("orders")).toInteger());
    EXPECT_TRUE(own.value(QStringLiteral("receivables")).isNull());
}

TEST_F(ReportKpiCli, AnotherMonthsDayOrAnUnknownNameIsRefusedWithItsCause)
{
    const CliRun twoMonths = kpi(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                                 {QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                  QStringLiteral("--to"), QStringLiteral("2026-05-31")});
    EXPECT_EQ(twoMonths.exitCode, 1);
    EXPECT_TRUE(twoMonths.err.contains(QStringLiteral("same month"))) << twoMonths.err.toStdString();
    const CliRun nobody = kpi(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                              {QStringLiteral("--salesperson"), QStringLiteral("nobody")});
    EXPECT_NE(nobody.exitCode, 0);
    EXPECT_TRUE(nobody.err.contains(QStringLiteral("nobody"))) << nobody.err.toStdString();
    const CliRun badDate = kpi(QStringLiteral("li"), QStringLiteral("li-demo-2026"),
                               {QStringLiteral("--to"), QStringLiteral("May")});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--to"))) << badDate.err.toStdString();
}
