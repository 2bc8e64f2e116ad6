#include "SplitShipmentScenario.h"

#include "MyWorkService.h"
#include "ShipmentService.h"
#include "SplitShipmentService.h"
#include "SuggestionService.h"
#include "UserRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace od::test {

namespace {

int count(TestDatabase& t, const QString& sql)
{
    QSqlQuery q(t.db().sql());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toInt();
}

class SplitShipmentSuggestionTest : public ::testing::Test
{
protected:
    TestDatabase t{Role::Manager};
    SplitShipmentScenario s = SplitShipmentScenario::build(t);
    qint64 logisticsId =
        t.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});

    Session sessionOf(qint64 id)
    {
        Session session(t.db(), **UserRepository(t.db()).byId(id));
        session.setToday(s.today);
        return session;
    }

    QList<WorkItem> finishedToShip(Session& session)
    {
        auto items = MyWorkService(session).items();
        EXPECT_TRUE(items.has_value());
        QList<WorkItem> out;
        for (const WorkItem& w : items ? *items : QList<WorkItem>())
            if (w.kind == WorkItemKind::ShipFinished)
                out << w;
        return out;
    }
};

} // namespace

TEST_F(SplitShipmentSuggestionTest, TheLateOrdersFinishedLineIsSuggestedWithItsEffect)
{
    auto report = SuggestionService(t.session()).report();
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_EQ(report->late.size(), 1);
    EXPECT_EQ(report->late[0].forecast, s.today.addDays(8));
    ASSERT_EQ(report->splits.size(), 1);
    const SplitShipmentSuggestion& split = report->splits[0];
    EXPECT_EQ(split.key, QStringLiteral("split:") + s.orderNo);
    EXPECT_EQ(split.orderId, s.orderId);
    EXPECT_EQ(split.promisedDate, s.today.addDays(5));
    EXPECT_EQ(split.forecast, s.today.addDays(8));
    EXPECT_EQ(split.arrival, s.today.addDays(1));
    EXPECT_TRUE(split.arrivesByPromise());
    ASSERT_EQ(split.lines.size(), 1);
    EXPECT_EQ(split.lines[0].lineNo, 1);
    EXPECT_EQ(split.lines[0].product, QStringLiteral("离心泵"));
    EXPECT_EQ(split.lines[0].quantity, Quantity::fromUnits(2));
    EXPECT_EQ(split.lines[0].value, Money::fromMinor(256'000));
    EXPECT_EQ(split.orderLines, 2);
    EXPECT_EQ(split.value, Money::fromMinor(256'000));
    EXPECT_EQ(split.orderValue, Money::fromMinor(5'376'000));
    EXPECT_EQ(SplitShipmentService::describe(split),
              QStringLiteral(
                  "Ship the finished lines 1 of %1 now (1 of 2 line(s)), the rest forecast on 2026-06-09")
                  .arg(s.orderNo));
    EXPECT_EQ(
        SplitShipmentService::effect(split),
        QStringLiteral("2560.00 of 53760.00 CNY reach 温州华东泵业有限公司 by the promised 2026-06-06"));
}

TEST_F(SplitShipmentSuggestionTest, ApplyingGivesLogisticsOneTaskThatGoesWhenTheLinesHaveLeft)
{
    const QString key = QStringLiteral("split:") + s.orderNo;
    auto report = SuggestionService(t.session()).report();
    ASSERT_TRUE(report.has_value());
    ASSERT_EQ(report->splits.size(), 1);
    auto applied = SplitShipmentService(t.session()).apply(key, report->splits[0].basis);
    ASSERT_TRUE(applied.has_value()) << applied.error().message.toStdString();
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM split_shipment_tasks")), 1);
    EXPECT_EQ(
        count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'suggestion.split_shipment'")),
        1);
    // No carrier invented, no shipment: logistics ships it.
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM shipments")), 0);

    Session logistics = sessionOf(logisticsId);
    QList<WorkItem> items = finishedToShip(logistics);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].orderId, s.orderId);
    EXPECT_EQ(items[0].text,
              QStringLiteral("Ship the finished lines of %1 now (line 1) to 温州华东泵业有限公司; the "
                             "rest follows, forecast on 2026-06-09.")
                  .arg(s.orderNo));
    // Not the salesperson's or the manager's work.
    Session manager = sessionOf(t.managerId);
    EXPECT_TRUE(finishedToShip(manager).isEmpty());

    // The Shipments page lists the order, with only the finished quantity to leave.
    ShipmentService shipping(logistics);
    auto ready = shipping.readyToShip();
    ASSERT_TRUE(ready.has_value());
    ASSERT_EQ(ready->size(), 1);
    EXPECT_EQ(ready->at(0).orderId, s.orderId);
    EXPECT_TRUE(ready->at(0).finishedLinesOnly);

    // Suggested no more while the task is open: applying again is out of date.
    auto again = SuggestionService(t.session()).report();
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->splits.isEmpty());
    auto twice = SplitShipmentService(t.session()).apply(key);
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM split_shipment_tasks")), 1);

    Shipment d;
    d.orderId = s.orderId;
    d.carrier = QStringLiteral("德邦物流");
    d.shipDate = s.today;
    d.lines << ShipmentLine{1, Quantity::fromUnits(2)};
    ASSERT_TRUE(shipping.ship(d).has_value());
    EXPECT_TRUE(finishedToShip(logistics).isEmpty());
    EXPECT_TRUE(shipping.readyToShip()->isEmpty());
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM split_shipment_tasks WHERE done_at IS NOT NULL")),
              1);
}

TEST_F(SplitShipmentSuggestionTest, AStaleKeyAndASalespersonAreRefused)
{
    auto report = SuggestionService(t.session()).report();
    ASSERT_TRUE(report.has_value());
    ASSERT_EQ(report->splits.size(), 1);
    auto stale =
        SplitShipmentService(t.session()).apply(report->splits[0].key, QStringLiteral("0123456789ab"));
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("out of date")));
    auto unknown = SplitShipmentService(t.session()).apply(QStringLiteral("split:SO-1999-000001"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().kind, Error::Kind::Conflict);

    Session salesperson = sessionOf(t.salespersonId);
    auto refused = SplitShipmentService(salesperson).apply(report->splits[0].key);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM split_shipment_tasks")), 0);
    EXPECT_EQ(
        count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'suggestion.split_shipment'")),
        0);
}

} // namespace od::test
