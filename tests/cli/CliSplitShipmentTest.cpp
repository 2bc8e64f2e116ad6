// orderdesk-cli suggestions with a late order whose first line is finished (SplitShipmentScenario,
// from today): the "ship the finished lines now" suggestion listed as text and JSON, applied by its
// key as a task for logistics, refused when applied again and refused to a salesperson.
#include "ScenarioCli.h"
#include "SplitShipmentScenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using od::test::CliRun;

namespace od::test {

namespace {

class CliSplitShipment : public ScenarioCli
{
protected:
    void SetUp() override
    {
        ScenarioCli::SetUp();
        if (HasFatalFailure())
            return;
        // The command line plans from the real today.
        s = SplitShipmentScenario::build(t, QDate::currentDate());
        key = QStringLiteral("split:") + s.orderNo;
    }

    int tasks()
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM split_shipment_tasks")) && q.next());
        return q.value(0).toInt();
    }

    SplitShipmentScenario s;
    QString key;
};

} // namespace

TEST_F(CliSplitShipment, TheFinishedLinesAreSuggestedAndAppliedByTheKey)
{
    const CliRun json = as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray suggestions =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("suggestions")).toArray();
    QJsonObject split;
    for (const QJsonValue& v : suggestions)
        if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("split_shipment"))
            split = v.toObject();
    ASSERT_FALSE(split.isEmpty()) << json.out.toStdString();
    EXPECT_EQ(split.value(QStringLiteral("key")).toString(), key);
    EXPECT_EQ(split.value(QStringLiteral("order_no")).toString(), s.orderNo);
    EXPECT_EQ(split.value(QStringLiteral("promised")).toString(), s.today.addDays(5).toString(Qt::ISODate));
    EXPECT_EQ(split.value(QStringLiteral("forecast")).toString(), s.today.addDays(8).toString(Qt::ISODate));
    EXPECT_EQ(split.value(QStringLiteral("arrival")).toString(), s.today.addDays(1).toString(Qt::ISODate));
    EXPECT_TRUE(split.value(QStringLiteral("arrives_by_promise")).toBool());
    EXPECT_EQ(split.value(QStringLiteral("order_lines")).toInt(), 2);
    EXPECT_EQ(split.value(QStringLiteral("value")).toString(), QStringLiteral("2560.00"));
    EXPECT_EQ(split.value(QStringLiteral("order_value")).toString(), QStringLiteral("53760.00"));
    const QJsonArray lines = split.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
    EXPECT_EQ(lines.at(0).toObject().value(QStringLiteral("quantity")).toString(), QStringLiteral("2"));

    const CliRun text = as(QStringLiteral("li"), {QStringLiteral("suggestions")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(key)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Ship the finished lines 1 of %1 now").arg(s.orderNo)))
        << text.out.toStdString();

    const CliRun applied =
        as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("apply"), key});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("line 1: 2"))) << applied.out.toStdString();
    EXPECT_EQ(tasks(), 1);

    const CliRun again =
        as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("apply"), key});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("out of date"))) << again.err.toStdString();
    EXPECT_EQ(tasks(), 1);
}

TEST_F(CliSplitShipment, ASalespersonIsRefused)
{
    const CliRun apply =
        as(QStringLiteral("wang"), {QStringLiteral("suggestions"), QStringLiteral("apply"), key});
    EXPECT_NE(apply.exitCode, 0);
    EXPECT_FALSE(apply.err.isEmpty());
    EXPECT_EQ(tasks(), 0);
}

} // namespace od::test
