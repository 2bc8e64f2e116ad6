// orderdesk-cli suggestions on a hand-made shop floor (OvertimeScenario, from today): the one
// suggestion listed with its effect as text and JSON, applied by its key into the calendar, refused
// when applied again (out of date), and refused to a salesperson.
#include "OvertimeScenario.h"
#include "ScenarioCli.h"

#include "CalendarRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using od::test::CliRun;

namespace od::test {

namespace {

class CliSuggestions : public ScenarioCli
{
protected:
    void SetUp() override
    {
        ScenarioCli::SetUp();
        if (HasFatalFailure())
            return;
        // The command line plans from the real today.
        s = OvertimeScenario::build(t, QDate::currentDate());
    }

    OvertimeScenario s;
};

} // namespace

TEST_F(CliSuggestions, TheSuggestionIsListedWithItsEffectAndAppliedByItsKey)
{
    const CliRun json = as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("orders_planned")).toInt(), 2);
    ASSERT_EQ(report.value(QStringLiteral("late")).toArray().size(), 1) << json.out.toStdString();
    const QJsonArray suggestions = report.value(QStringLiteral("suggestions")).toArray();
    ASSERT_EQ(suggestions.size(), 1) << json.out.toStdString();
    const QJsonObject o = suggestions.at(0).toObject();
    EXPECT_EQ(o.value(QStringLiteral("key")).toString(), s.expectedKey());
    EXPECT_EQ(o.value(QStringLiteral("work_centre")).toString(), QStringLiteral("JG"));
    EXPECT_EQ(o.value(QStringLiteral("extra_hours")).toString(), QStringLiteral("8"));
    EXPECT_EQ(o.value(QStringLiteral("days_gained")).toInt(), 1);
    EXPECT_EQ(
        o.value(QStringLiteral("days")).toArray(),
        (QJsonArray{s.today.addDays(2).toString(Qt::ISODate), s.today.addDays(3).toString(Qt::ISODate)}));
    const QJsonArray saved = o.value(QStringLiteral("saved")).toArray();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.at(0).toObject().value(QStringLiteral("order_no")).toString(), s.orderNoA);
    EXPECT_EQ(saved.at(0).toObject().value(QStringLiteral("forecast_after")).toString(),
              s.today.addDays(4).toString(Qt::ISODate));

    const CliRun text = as(QStringLiteral("li"), {QStringLiteral("suggestions")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(s.expectedKey())) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(s.orderNoA)) << text.out.toStdString();

    const CliRun applied =
        as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("apply"), s.expectedKey()});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(s.expectedKey())) << applied.out.toStdString();
    for (int d : {2, 3}) {
        auto entry = CalendarRepository(t.db()).find(s.today.addDays(d), s.machiningId);
        ASSERT_TRUE(entry.has_value() && entry->has_value()) << d;
        EXPECT_EQ((*entry)->kind, CalendarDayKind::Overtime);
        EXPECT_EQ((*entry)->hours, Hours::fromWhole(4));
    }

    // Shown before, applied since: out of date.
    const CliRun again =
        as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("apply"), s.expectedKey()});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("out of date"))) << again.err.toStdString();
    const CliRun none = as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("--json")});
    ASSERT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(none.out.toUtf8())
                    .object()
                    .value(QStringLiteral("suggestions"))
                    .toArray()
                    .isEmpty())
        << none.out.toStdString();
}

TEST_F(CliSuggestions, AStepMoveIsListedWithItsKindAndAppliedByItsKey)
{
    s.addLathe(t);
    const CliRun json = as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray suggestions =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("suggestions")).toArray();
    ASSERT_EQ(suggestions.size(), 2) << json.out.toStdString();
    const QJsonObject m = suggestions.at(0).toObject();
    EXPECT_EQ(m.value(QStringLiteral("kind")).toString(), QStringLiteral("move_step"));
    EXPECT_EQ(m.value(QStringLiteral("key")).toString(), s.expectedMoveKey());
    EXPECT_EQ(m.value(QStringLiteral("order_no")).toString(), s.orderNoA);
    EXPECT_EQ(m.value(QStringLiteral("step_no")).toInt(), 20);
    EXPECT_EQ(m.value(QStringLiteral("work_centre")).toString(), QStringLiteral("JG"));
    EXPECT_EQ(m.value(QStringLiteral("to_work_centre")).toString(), QStringLiteral("SK"));
    EXPECT_EQ(m.value(QStringLiteral("days_gained")).toInt(), 1);
    EXPECT_EQ(suggestions.at(1).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("overtime"));

    const CliRun text = as(QStringLiteral("li"), {QStringLiteral("suggestions")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("KIND"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Move a step"))) << text.out.toStdString();

    const CliRun refused = as(QStringLiteral("wang"),
                              {QStringLiteral("suggestions"), QStringLiteral("apply"), s.expectedMoveKey()});
    EXPECT_NE(refused.exitCode, 0);
    const CliRun applied = as(QStringLiteral("li"),
                              {QStringLiteral("suggestions"), QStringLiteral("apply"), s.expectedMoveKey()});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("数控 (SK)"))) << applied.out.toStdString();
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT coalesce(sum(hours), 0) FROM work_centre_load WHERE "
                                      "work_centre_id = %1")
                           .arg(s.latheId)) &&
                q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 24'000);
    const CliRun again = as(QStringLiteral("li"),
                            {QStringLiteral("suggestions"), QStringLiteral("apply"), s.expectedMoveKey()});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("out of date"))) << again.err.toStdString();
}

TEST_F(CliSuggestions, ASalespersonIsRefusedAndAWrongUsageExplained)
{
    const CliRun list = as(QStringLiteral("wang"), {QStringLiteral("suggestions")});
    EXPECT_NE(list.exitCode, 0);
    EXPECT_FALSE(list.err.isEmpty());
    const CliRun apply =
        as(QStringLiteral("wang"), {QStringLiteral("suggestions"), QStringLiteral("apply"), s.expectedKey()});
    EXPECT_NE(apply.exitCode, 0);
    auto entry = CalendarRepository(t.db()).find(s.today.addDays(2), s.machiningId);
    ASSERT_TRUE(entry.has_value());
    EXPECT_FALSE(entry->has_value());
    const CliRun usage = as(QStringLiteral("li"), {QStringLiteral("suggestions"), QStringLiteral("take")});
    EXPECT_EQ(usage.exitCode, 1);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("suggestions apply KEY"))) << usage.err.toStdString();
}

} // namespace od::test
