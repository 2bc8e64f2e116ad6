// orderdesk-cli review and report on-time on a demo company: a late delivered order reviewed once
// with its lesson, the report's groups adding up to its total, and bad input refused.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kPassword = QStringLiteral("admin-demo");

class CliReview : public ::testing::Test
{
protected:
    CliRunner cli;
    QString db = cli.database(QStringLiteral("review.orderdesk"));

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kPassword);
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kPassword);
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("400"),
                                 QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--today"),
                                 QStringLiteral("2026-06-01")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun run(QStringList arguments) const
    {
        return cli.run(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
            arguments);
    }

    QJsonArray report(QStringList arguments) const
    {
        const CliRun r =
            run(QStringList{QStringLiteral("report"), QStringLiteral("on-time"), QStringLiteral("--from"),
                            QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2030-12-31"), QStringLiteral("--json")} +
                arguments);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    static QJsonObject total(const QJsonArray& rows) { return rows.last().toObject(); }
};

} // namespace

TEST_F(CliReview, TheGroupsAddUpToTheTotalAndRatesAreExactDecimals)
{
    const QJsonArray byCustomer = report({QStringLiteral("--by"), QStringLiteral("customer")});
    ASSERT_GE(byCustomer.size(), 2);
    const QJsonObject sum = total(byCustomer);
    EXPECT_TRUE(sum.value(QStringLiteral("total")).toBool());
    const qint64 delivered = sum.value(QStringLiteral("delivered")).toInteger();
    ASSERT_GT(delivered, 0);
    qint64 added = 0;
    for (qsizetype i = 0; i + 1 < byCustomer.size(); ++i) {
        const QJsonObject o = byCustomer.at(i).toObject();
        EXPECT_EQ(o.value(QStringLiteral("on_time")).toInteger() +
                      o.value(QStringLiteral("late")).toInteger(),
                  o.value(QStringLiteral("delivered")).toInteger());
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{1,3}\\.\\d\\d$"))
                        .match(o.value(QStringLiteral("on_time_rate")).toString())
                        .hasMatch());
        added += o.value(QStringLiteral("delivered")).toInteger();
    }
    EXPECT_EQ(added, delivered); // each order has one customer
    const QJsonArray byCause = report({QStringLiteral("--by"), QStringLiteral("cause")});
    EXPECT_EQ(total(byCause).value(QStringLiteral("delivered")).toInteger(), delivered);
}

TEST_F(CliReview, ALateOrderIsReviewedOnceAndCountsUnderItsCause)
{
    // The demo has delivered orders that arrived late: the first one that accepts a review is one.
    const CliRun orders =
        run({QStringLiteral("orders"), QStringLiteral("--status"), QStringLiteral("delivered"),
             QStringLiteral("--limit"), QStringLiteral("400")});
    ASSERT_EQ(orders.exitCode, 0) << orders.err.toStdString();
    const auto numbers = QRegularExpression(QStringLiteral("SO-\\d{4}-\\d{6}")).globalMatch(orders.out);
    QString reviewed;
    auto it = numbers;
    while (it.hasNext() && reviewed.isEmpty()) {
        const QString orderNo = it.next().captured(0);
        const CliRun r =
            run({QStringLiteral("review"), orderNo, QStringLiteral("--cause"), QStringLiteral("logistics"),
                 QStringLiteral("--text"), QStringLiteral("承运商中转延误"), QStringLiteral("--lesson"),
                 QStringLiteral("旺季改用直达专线")});
        if (r.exitCode == 0)
            reviewed = orderNo;
    }
    ASSERT_FALSE(reviewed.isEmpty()) << "no delivered order of the demo asked for a review";
    const CliRun again = run({QStringLiteral("review"), reviewed, QStringLiteral("--cause"),
                              QStringLiteral("other"), QStringLiteral("--text"), QStringLiteral("再写一次")});
    EXPECT_NE(again.exitCode, 0);
    const QJsonArray byCause = report({QStringLiteral("--by"), QStringLiteral("cause")});
    bool found = false;
    for (const QJsonValue& v : byCause)
        if (v.toObject().value(QStringLiteral("group")).toString() == QStringLiteral("logistics")) {
            found = true;
            EXPECT_GE(v.toObject().value(QStringLiteral("delivered")).toInteger(), 1);
        }
    EXPECT_TRUE(found);
    const CliRun shown = run({QStringLiteral("show"), reviewed});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("物流")) || shown.out.contains(QStringLiteral("Logistics")))
        << shown.out.toStdString();
}

TEST_F(CliReview, BadInputIsRefusedWithASentence)
{
    const CliRun cause =
        run({QStringLiteral("review"), QStringLiteral("SO-2026-000001"), QStringLiteral("--cause"),
             QStringLiteral("weather"), QStringLiteral("--text"), QStringLiteral("台风")});
    EXPECT_NE(cause.exitCode, 0);
    EXPECT_TRUE(cause.err.contains(QStringLiteral("customer_change"))) << cause.err.toStdString();
    const CliRun by = run({QStringLiteral("report"), QStringLiteral("on-time"), QStringLiteral("--by"),
                           QStringLiteral("colour")});
    EXPECT_NE(by.exitCode, 0);
    const CliRun backwards =
        run({QStringLiteral("report"), QStringLiteral("on-time"), QStringLiteral("--from"),
             QStringLiteral("2026-05-31"), QStringLiteral("--to"), QStringLiteral("2026-05-01")});
    EXPECT_NE(backwards.exitCode, 0);
    const CliRun date = run({QStringLiteral("report"), QStringLiteral("on-time"), QStringLiteral("--from"),
                             QStringLiteral("yesterday")});
    EXPECT_NE(date.exitCode, 0);
}
