// The early warning kept with the orders: every change to an order refreshes its risk in the same
// transaction, the bulk recompute brings every open order up to date and survives a database
// locked by another writer, and the lists show what each user may see.
#include "RiskService.h"
#include "ExceptionService.h"
#include "MyWorkService.h"
#include "OrderQueryService.h"
#include "OrderStatusService.h"
#include "PlanningFixture.h"
#include "PlanningService.h"
#include "ProgressService.h"
#include "RiskRepository.h"
#include "ShipmentService.h"
#include "UserRepository.h"

#include <QSqlQuery>

#include <map>

#include <thread>

using namespace od;

namespace {

class Risk : public test::PlanningFixture
{
protected:
    qint64 order = 0;
    OrderPlan plan;

    void SetUp() override
    {
        PlanningFixture::SetUp();
        order = confirmedOrder(8, QDate(2026, 6, 30));
        ASSERT_TRUE(PlanningService(t.session()).commit(order, PlanCommitRequest()).has_value());
        plan = **PlanningService(t.session()).committedPlan(order);
    }

    std::optional<RiskRow> risk(qint64 orderId)
    {
        auto row = RiskService(t.session()).forOrder(orderId);
        EXPECT_TRUE(row.has_value()) << row.error().message.toStdString();
        return row ? *row : std::nullopt;
    }

    qint64 count(const char* sql)
    {
        QSqlQuery q(t.db().sql());
        q.exec(QString::fromLatin1(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    Status report(int stepNo, ProgressReport::Action action)
    {
        ProgressReport r;
        r.action = action;
        auto done = ProgressService(t.session()).report(order, stepNo, r);
        return done ? Status{} : std::unexpected(done.error());
    }
};

} // namespace

TEST_F(Risk, CommittingAPlanStoresTheOrderOnTrackWithThePlansCompletionAsForecast)
{
    const auto row = risk(order);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->level, RiskLevel::OnTrack);
    EXPECT_EQ(row->forecastDate, plan.earliestCompletion);
    EXPECT_TRUE(row->reasons.isEmpty());
    EXPECT_TRUE(RiskService(t.session()).list().value().isEmpty());
}

TEST_F(Risk, ProgressReportedBehindPlanMakesTheOrderAtRiskNamingTheStep)
{
    const OrderPlanStep first = plan.steps.first();
    t.session().setToday(first.plannedFinish.addDays(2));
    auto started = report(1, ProgressReport::Action::Start); // steps are numbered in plan order
    ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
    const auto row = risk(order);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->level, RiskLevel::AtRisk);
    ASSERT_FALSE(row->reasons.isEmpty());
    bool stepNamed = false;
    for (const RiskReason& r : row->reasons)
        stepNamed = stepNamed || (r.kind == RiskReasonKind::StepOverdue && r.stepName == first.name &&
                                  r.workCentre == QStringLiteral("JG") && r.days == 2);
    EXPECT_TRUE(stepNamed) << RiskReason::listToText(row->reasons).toStdString();
    // Every step finished today: nothing is overdue any more, but shipping can only start
    // tomorrow, a day after the promise — ship at once.
    for (int i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].lineNo > 0) {
            ASSERT_TRUE(report(i + 1, ProgressReport::Action::Finish).has_value());
        }
    const auto after = risk(order);
    ASSERT_EQ(after->reasons.size(), 1);
    EXPECT_EQ(after->reasons[0].kind, RiskReasonKind::ForecastAfterPromise);
    EXPECT_EQ(after->reasons[0].action, RiskAction::ShipNow);
    EXPECT_EQ(after->forecastDate, plan.earliestCompletion.addDays(1));
}

TEST_F(Risk, AHighSeverityExceptionRaisesTheRiskUntilItIsResolved)
{
    OrderException draft;
    draft.orderId = order;
    draft.kind = ExceptionKind::MaterialShortage;
    draft.severity = ExceptionSeverity::High;
    draft.description = QStringLiteral("铸件供应商延期");
    auto raised = ExceptionService(t.session()).raise(draft);
    ASSERT_TRUE(raised.has_value()) << raised.error().message.toStdString();
    auto row = risk(order);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->level, RiskLevel::AtRisk);
    ASSERT_EQ(row->reasons.size(), 1);
    EXPECT_EQ(row->reasons[0].exceptionNo, raised->exceptionNo);
    const auto listed = RiskService(t.session()).list({RiskLevel::AtRisk}).value();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].orderId, order);
    ASSERT_TRUE(
        ExceptionService(t.session()).resolve(raised->id, QStringLiteral("换供应商"), Money()).has_value());
    EXPECT_EQ(risk(order)->level, RiskLevel::OnTrack);
}

TEST_F(Risk, ACancelledOrderLeavesTheEarlyWarning)
{
    ASSERT_EQ(count("SELECT count(*) FROM order_risks"), 1);
    auto cancelled =
        OrderStatusService(t.session()).transition(order, OrderStatus::Cancelled, QStringLiteral("客户取消"));
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM order_risks"), 0);
    EXPECT_FALSE(risk(order).has_value());
}

TEST_F(Risk, RecomputingEveryOrderCatchesUpWithTheDayAndWritesOnlyWhatChanged)
{
    const qint64 other = confirmedOrder(2, QDate(2026, 6, 3)); // confirmed, no plan, due in 2 days
    RiskService service(t.session());
    auto first = service.recomputeAll();
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->orders, 2);
    EXPECT_EQ(first->atRisk, 1);
    EXPECT_EQ(first->late, 0);
    const QDateTime since = risk(other)->levelSince;
    // Nothing changed: nothing written, the time it became at risk kept.
    auto again = service.recomputeAll();
    EXPECT_EQ(again->changed, 0);
    EXPECT_EQ(risk(other)->levelSince, since);
    EXPECT_FALSE(service.recomputeIfStale()->has_value());
    // The next morning the promise has passed: late; an order closed behind the services' back
    // loses its row.
    t.session().setToday(QDate(2026, 6, 4));
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE orders SET status = 'completed' WHERE id = %1").arg(order)));
    auto morning = service.recomputeIfStale();
    ASSERT_TRUE(morning.has_value() && morning->has_value());
    EXPECT_EQ((*morning)->orders, 1);
    EXPECT_EQ((*morning)->late, 1);
    EXPECT_EQ((*morning)->changed, 2);
    EXPECT_EQ(risk(other)->level, RiskLevel::Late);
    EXPECT_EQ(risk(other)->reasons.first().kind, RiskReasonKind::PastPromise);
    EXPECT_EQ(count("SELECT count(*) FROM order_risks"), 1);
}

TEST_F(Risk, RecomputingMoreOrdersThanOneStatementHoldsStoresEachOrdersOwnVerdict)
{
    // The recompute stores its verdicts several rows a statement: every row must reach its own
    // order, across the statements' boundaries, as the one-order refresh stores it.
    const int orders = int(2 * RiskRepository::kRowsPerStatement + 7);
    for (int i = 0; i < orders; ++i) // due in 2 days (at risk), long past (late) or far ahead
        confirmedOrder(1 + i % 5, i % 3 == 0   ? QDate(2026, 6, 3)
                                  : i % 3 == 1 ? QDate(2026, 5, 31).addDays(-(i % 7))
                                               : QDate(2026, 9, 1).addDays(i));
    const auto rows = [this] {
        std::map<qint64, QString> out;
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT order_id, level || '|' || coalesce(forecast_date, '-') || '|' "
                                  "|| reasons || '|' || level_since FROM order_risks")));
        while (q.next())
            out[q.value(0).toLongLong()] = q.value(1).toString();
        return out;
    };
    QSqlQuery clear(t.db().sql());
    ASSERT_TRUE(clear.exec(QStringLiteral("DELETE FROM order_risks")));
    auto all = RiskService(t.session()).recomputeAll();
    ASSERT_TRUE(all.has_value()) << all.error().message.toStdString();
    EXPECT_EQ(all->orders, orders + 1);
    EXPECT_EQ(all->changed, orders + 1);
    EXPECT_GT(all->atRisk, 0);
    EXPECT_GT(all->late, 0);
    EXPECT_LT(all->atRisk + all->late, orders + 1);
    const std::map<qint64, QString> recomputed = rows();
    ASSERT_EQ(qsizetype(recomputed.size()), orders + 1);

    ASSERT_TRUE(clear.exec(QStringLiteral("DELETE FROM order_risks")));
    for (const auto& [orderId, verdict] : recomputed)
        ASSERT_TRUE(RiskService::refresh(t.session(), orderId).has_value());
    const std::map<qint64, QString> oneByOne = rows();
    ASSERT_EQ(oneByOne.size(), recomputed.size());
    for (const auto& [orderId, verdict] : recomputed) {
        // level_since is the time of storing: only the verdict itself is compared.
        EXPECT_EQ(verdict.section(u'|', 0, 2), oneByOne.at(orderId).section(u'|', 0, 2)) << orderId;
    }
}

TEST_F(Risk, TheRecomputeWaitsForAnotherWriterInsteadOfFailing)
{
    auto other = Database::open(t.path());
    ASSERT_TRUE(other.has_value());
    QSqlQuery lock((*other)->sql());
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(lock.exec(QStringLiteral("UPDATE orders SET notes = 'locked' WHERE id = %1").arg(order)));
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        QSqlQuery end((*other)->sql());
        end.exec(QStringLiteral("COMMIT"));
    });
    auto done = RiskService(t.session()).recomputeAll();
    release.join();
    ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    EXPECT_EQ(done->orders, 1);
}

TEST_F(Risk, ASalespersonSeesOnlyTheirOwnOrdersAtRiskAndWhatIsNewSinceTheyLooked)
{
    const qint64 mine = t.enterOrder(customer, valve, 2, true).id; // the manager's order, awaiting
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE orders SET salesperson_id = %1, promised_date = '2026-05-20' "
                                      "WHERE id = %2")
                           .arg(t.salespersonId)
                           .arg(mine)));
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE orders SET promised_date = '2026-05-25' WHERE id = %1").arg(order)));
    ASSERT_TRUE(RiskService(t.session()).recomputeAll().has_value());
    EXPECT_EQ(RiskService(t.session()).list().value().size(), 2);
    t.actAs(t.salespersonId);
    RiskService service(t.session());
    const auto listed = service.list({RiskLevel::Late}).value();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].orderId, mine);
    EXPECT_EQ(service.newSinceLastSeen().value().size(), 1);
    ASSERT_TRUE(service.markSeen().has_value());
    EXPECT_TRUE(service.newSinceLastSeen().value().isEmpty());
    EXPECT_FALSE(service.forOrder(order).has_value()); // not theirs: as if missing
    // Their My work: the customer to call about it, with why and what to say.
    auto work = MyWorkService(t.session()).items();
    ASSERT_TRUE(work.has_value());
    int calls = 0;
    for (const WorkItem& w : *work)
        if (w.kind == WorkItemKind::CallCustomer) {
            ++calls;
            EXPECT_EQ(w.orderId, mine);
            EXPECT_TRUE(w.text.contains(QStringLiteral("2026-05-20"))) << w.text.toStdString();
            EXPECT_TRUE(w.text.contains(RiskReason().actionText())) << w.text.toStdString();
        }
    EXPECT_EQ(calls, 1);
}

TEST_F(Risk, ThresholdsOutOfRangeAreRefusedWithTheirFieldAndNewOnesApplyAtOnce)
{
    RiskService service(t.session());
    RiskSettings bad;
    bad.atRiskMarginDays = -1;
    auto refused = service.setSettings(bad);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().field, QStringLiteral("margin"));
    bad = RiskSettings();
    bad.confirmationPendingDays = 91;
    EXPECT_EQ(service.setSettings(bad).error().field, QStringLiteral("confirmation_days"));
    bad = RiskSettings();
    bad.transitDays = -3;
    EXPECT_EQ(service.setSettings(bad).error().field, QStringLiteral("transit_days"));
    EXPECT_EQ(*service.settings(), RiskSettings());

    const qint64 soon = confirmedOrder(2, QDate(2026, 6, 8)); // a week away: on track with 3 days
    ASSERT_TRUE(service.recomputeAll().has_value());
    EXPECT_EQ(risk(soon)->level, RiskLevel::OnTrack);
    RiskSettings wider;
    wider.atRiskMarginDays = 7;
    ASSERT_TRUE(service.setSettings(wider).has_value());
    EXPECT_EQ(service.settings()->atRiskMarginDays, 7);
    // The next recompute (the app's worker, within a minute) applies them.
    auto applied = service.recomputeIfStale();
    ASSERT_TRUE(applied.has_value() && applied->has_value());
    EXPECT_EQ(risk(soon)->level, RiskLevel::AtRisk);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'settings.update'"), 1);
}

TEST_F(Risk, AShipmentNotSignedForInTimeKeepsTheShippedOrderWatchedUntilItIsDelivered)
{
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE orders SET status = 'ready_to_ship' WHERE id = %1").arg(order)));
    Shipment all;
    all.orderId = order;
    all.shipDate = t.session().today();
    all.carrier = QStringLiteral("德邦物流");
    all.lines << ShipmentLine{1, Quantity::fromUnits(8)};
    auto shipped = ShipmentService(t.session()).ship(all);
    ASSERT_TRUE(shipped.has_value()) << shipped.error().message.toStdString();
    ASSERT_EQ(OrderQueryService(t.session()).order(order)->status, OrderStatus::Shipped);
    EXPECT_EQ(risk(order)->level, RiskLevel::OnTrack) << "just left";

    // Six days later (the transit days are five) nobody has signed for it.
    t.session().setToday(t.session().today().addDays(6));
    ASSERT_TRUE(RiskService(t.session()).recomputeAll().has_value());
    const auto watched = risk(order);
    ASSERT_TRUE(watched.has_value());
    // At risk, or late when the customer expected it already.
    const QDate promised = OrderQueryService(t.session()).order(order)->promisedDate;
    EXPECT_EQ(watched->level, promised < t.session().today() ? RiskLevel::Late : RiskLevel::AtRisk)
        << promised.toString(Qt::ISODate).toStdString();
    ASSERT_EQ(watched->reasons.size(), 1);
    EXPECT_EQ(watched->reasons.first().kind, RiskReasonKind::InTransitTooLong);
    EXPECT_EQ(watched->reasons.first().days, 6);

    auto delivered = ShipmentService(t.session())
                         .deliver(shipped->shipmentNo, {t.session().today(), QStringLiteral("陈经理"), {}});
    ASSERT_TRUE(delivered.has_value()) << delivered.error().message.toStdString();
    EXPECT_FALSE(risk(order).has_value()) << "delivered: no longer watched";
}

TEST_F(Risk, TheOrdersListShowsEachOrdersRiskAndFiltersToThoseAtRisk)
{
    const qint64 late = confirmedOrder(2, QDate(2026, 5, 29)); // asked for last week, nothing promised
    const qint64 draft = t.enterOrder(customer, valve).id;     // not assessed
    ASSERT_TRUE(RiskService(t.session()).recomputeAll().has_value());
    OrderQueryService orders(t.session());
    OrderListQuery all;
    auto rows = orders.page(all, 0, 50);
    ASSERT_TRUE(rows.has_value());
    QHash<qint64, OrderListRow> byId;
    for (const OrderListRow& r : *rows)
        byId.insert(r.id, r);
    ASSERT_EQ(byId.size(), 3);
    EXPECT_EQ(byId[order].risk, RiskLevel::OnTrack);
    EXPECT_EQ(byId[late].risk, RiskLevel::Late);
    EXPECT_TRUE(byId[late].riskReason.contains(QStringLiteral("2026-05-29")));
    EXPECT_FALSE(byId[late].riskAction.isEmpty());
    EXPECT_FALSE(byId[draft].risk.has_value());

    OrderListQuery atRisk;
    atRisk.riskLevels = {RiskLevel::AtRisk, RiskLevel::Late};
    EXPECT_EQ(*orders.count(atRisk), 1);
    EXPECT_EQ(*orders.count(atRisk, 100), 1);
    auto flagged = orders.page(atRisk, 0, 50);
    ASSERT_EQ(flagged->size(), 1);
    EXPECT_EQ(flagged->first().id, late);
    atRisk.riskLevels = {RiskLevel::OnTrack};
    atRisk.sortColumn = OrderListQuery::Column::Customer;
    EXPECT_EQ(orders.page(atRisk, 0, 50)->first().id, order);
    // Combined with another filter, the list still counts and pages through the orders table.
    atRisk.riskLevels = {RiskLevel::Late};
    atRisk.status = OrderStatus::Planned;
    EXPECT_EQ(*orders.count(atRisk), 0);
    atRisk.status = OrderStatus::Confirmed;
    EXPECT_EQ(*orders.count(atRisk), 1);
    EXPECT_EQ(orders.page(atRisk, 0, 50)->first().id, late);
}
