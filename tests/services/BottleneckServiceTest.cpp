#include "BottleneckService.h"
#include "BulkStageSpans.h"
#include "DatabaseCheckService.h"
#include "OrderQueryService.h"
#include "PlanningFixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// The bottleneck analysis on a timeline made by hand whose durations are known: the medians,
// percentiles and shares below are worked out from them.

namespace {

const QDate kFrom(2026, 5, 1);
const QDate kTo(2026, 5, 31);

QDateTime at(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

class Bottlenecks : public test::PlanningFixture
{
protected:
    qint64 order(const QString& no)
    {
        QSqlQuery q(t.db().sql());
        q.prepare(QStringLiteral(
            "INSERT INTO orders (order_no, customer_id, salesperson_id, customer_name, salesperson_name, "
            "status, order_date, created_at, updated_at) VALUES (?, ?, ?, '宁波港信阀门有限公司', '', "
            "'completed', '2026-03-01', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')"));
        q.addBindValue(no);
        q.addBindValue(customer);
        q.addBindValue(t.salespersonId);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q.lastInsertId().toLongLong();
    }

    // A timeline event as every writer stores it; the triggers of migration 024 measure the stages.
    void event(qint64 orderId, const QDateTime& when, const QString& kind, const QString& data = QString())
    {
        QSqlQuery q(t.db().sql());
        q.prepare(QStringLiteral(
            "INSERT INTO order_events (order_id, at, kind, revision, data) VALUES (?, ?, ?, 1, ?)"));
        q.addBindValue(orderId);
        q.addBindValue(when.toString(Qt::ISODate));
        q.addBindValue(kind);
        q.addBindValue(data.isNull() ? QStringLiteral("") : data);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    void status(qint64 orderId, const QDateTime& when, const char* from, const char* to)
    {
        event(orderId, when, QStringLiteral("status_changed"),
              QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\"}").arg(QLatin1String(from), QLatin1String(to)));
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }

    BottleneckReport report(QDate from = kFrom, QDate to = kTo)
    {
        auto r = BottleneckService(t.session()).report(from, to);
        EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message.toStdString());
        return r.value_or(BottleneckReport{});
    }

    static const StageFigures& stage(const BottleneckReport& r, StageKind kind, qint64 centre = 0)
    {
        for (const StageFigures& s : r.stages)
            if (s.stage == Stage{kind, centre})
                return s;
        static const StageFigures none;
        ADD_FAILURE() << "stage not listed";
        return none;
    }

    QStringList behind(StageKind kind, qint64 centre = 0, QDate from = kFrom, QDate to = kTo)
    {
        OrderListQuery q = BottleneckService::ordersBehind(Stage{kind, centre}, from, to);
        q.sortColumn = OrderListQuery::Column::OrderNo;
        q.descending = false;
        QStringList numbers;
        auto page = OrderQueryService(t.session()).page(q, 0, 100);
        EXPECT_TRUE(page.has_value());
        for (const OrderListRow& row : page.value_or(QList<OrderListRow>()))
            numbers << row.orderNo;
        return numbers;
    }

    // May 2026. Waiting for confirmation: A 24 h, B 48 h, C 72 h, D 120 h.
    // Waiting to be planned: A 12 h, B 36 h, C 60 h. In transit: A 48 h.
    // April (the previous period): E waited 240 h for its confirmation.
    void history()
    {
        const qint64 a = order(QStringLiteral("A")), b = order(QStringLiteral("B")),
                     c = order(QStringLiteral("C")), d = order(QStringLiteral("D")),
                     e = order(QStringLiteral("E"));
        const QList<std::pair<qint64, int>> confirmWait = {{a, 24}, {b, 48}, {c, 72}, {d, 120}};
        for (const auto& [id, hours] : confirmWait) {
            event(id, at(5, 1, 0), QStringLiteral("submitted"));
            event(id, at(5, 1, 0).addSecs(hours * 3600), QStringLiteral("confirmed"));
        }
        status(a, at(5, 2, 12), "confirmed", "planned");
        status(b, at(5, 4, 12), "confirmed", "planned");
        status(c, at(5, 6, 12), "confirmed", "planned");
        status(a, at(5, 10, 8), "in_production", "ready_to_ship");
        status(a, at(5, 12, 8), "ready_to_ship", "shipped");
        status(a, at(5, 14, 8), "shipped", "delivered");
        event(e, at(4, 1, 0), QStringLiteral("submitted"));
        event(e, at(4, 11, 0), QStringLiteral("confirmed"));
    }
};

} // namespace

TEST_F(Bottlenecks, StagesHaveTheMediansAndPercentilesOfTheirRecordedDurations)
{
    history();
    const BottleneckReport r = report();
    const StageFigures& confirm = stage(r, StageKind::Confirmation);
    EXPECT_EQ(confirm.current.spans, 4);
    EXPECT_EQ(StageDurationStats::daysTextFromHalfHours(confirm.current.medianHalfHours),
              QStringLiteral("2.5"));
    EXPECT_EQ(StageDurationStats::daysText(confirm.current.p90Hours), QStringLiteral("5.0"));
    const StageFigures& plan = stage(r, StageKind::Planning);
    EXPECT_EQ(plan.current.spans, 3);
    EXPECT_EQ(StageDurationStats::daysTextFromHalfHours(plan.current.medianHalfHours), QStringLiteral("1.5"));
    EXPECT_EQ(StageDurationStats::daysText(plan.current.p90Hours), QStringLiteral("2.5"));
    EXPECT_EQ(stage(r, StageKind::Shipping).current.totalHours, 48);
    EXPECT_EQ(stage(r, StageKind::Transit).current.totalHours, 48);
    // Lead time 264 + 108 + 48 + 48 = 468 hours: confirmation 56.41 %, the worst stage.
    EXPECT_EQ(confirm.shareBasisPoints, 5641);
    EXPECT_TRUE(confirm.worst);
    EXPECT_EQ(r.worst(), &confirm);
    EXPECT_FALSE(plan.worst);
    // Nothing was invoiced or paid: the stage is listed and says it has no data.
    EXPECT_FALSE(stage(r, StageKind::Payment).hasData());
    EXPECT_FALSE(stage(r, StageKind::Payment).shareBasisPoints.has_value());
}

TEST_F(Bottlenecks, TrendComparesWithThePeriodOfTheSameLengthBefore)
{
    history();
    const BottleneckReport r = report();
    EXPECT_EQ(r.previousFrom, QDate(2026, 3, 31));
    EXPECT_EQ(r.previousTo, QDate(2026, 4, 30));
    const StageFigures& confirm = stage(r, StageKind::Confirmation);
    EXPECT_EQ(confirm.previous.spans, 1);
    EXPECT_EQ(confirm.previous.medianHalfHours, 480);
    EXPECT_EQ(confirm.previousShareBasisPoints, 10000);
    EXPECT_FALSE(stage(r, StageKind::Planning).hasPreviousData());
}

TEST_F(Bottlenecks, WorkCentresQueueAndWorkFromTheStepDates)
{
    const qint64 a = order(QStringLiteral("A"));
    exec(QStringLiteral("INSERT INTO order_plans (id, order_id, revision, status, planned_from, "
                        "earliest_completion, committed_at) VALUES (1, %1, 1, 'committed', '2026-05-01', "
                        "'2026-05-20', '2026-05-01T00:00:00Z')")
             .arg(a));
    exec(
        QStringLiteral("INSERT INTO order_plan_steps (plan_id, line_no, step_no, name, kind, work_centre_id, "
                       "planned_start, planned_finish) VALUES (1, 1, 10, '下料', 'work', %1, '2026-05-04', "
                       "'2026-05-04'), (1, 1, 20, '机加工', 'work', %1, '2026-05-05', '2026-05-06')")
            .arg(machiningId));
    // 下料 worked 4–5 May (2 days); 机加工 waited 6–7 May (2 days) and worked 8 May (1 day).
    exec(QStringLiteral("UPDATE order_plan_steps SET actual_start = '2026-05-04' WHERE step_no = 10"));
    exec(QStringLiteral("UPDATE order_plan_steps SET actual_finish = '2026-05-05' WHERE step_no = 10"));
    exec(QStringLiteral("UPDATE order_plan_steps SET actual_start = '2026-05-08' WHERE step_no = 20"));
    exec(QStringLiteral("UPDATE order_plan_steps SET actual_finish = '2026-05-08' WHERE step_no = 20"));
    const BottleneckReport r = report();
    const StageFigures& queue = stage(r, StageKind::Queue, machiningId);
    const StageFigures& work = stage(r, StageKind::Work, machiningId);
    EXPECT_EQ(queue.name, QStringLiteral("Queueing at 机加工"));
    EXPECT_EQ(queue.current.spans, 1); // the first step of the line has nothing before it
    EXPECT_EQ(queue.current.totalHours, 48);
    EXPECT_EQ(work.current.spans, 2);
    EXPECT_EQ(work.current.totalHours, 72);
    EXPECT_EQ(work.current.p90Hours, 48);
    EXPECT_EQ(r.longestHandOffs.size(), 1);
    EXPECT_EQ(r.longestHandOffs.value(0).stage, (Stage{StageKind::Queue, machiningId}));
    EXPECT_EQ(behind(StageKind::Queue, machiningId), QStringList{QStringLiteral("A")});
}

TEST_F(Bottlenecks, DrillDownGivesExactlyTheOrdersBehindAStage)
{
    history();
    EXPECT_EQ(behind(StageKind::Confirmation), (QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                                            QStringLiteral("C"), QStringLiteral("D")}));
    EXPECT_EQ(behind(StageKind::Planning),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    EXPECT_EQ(behind(StageKind::Transit), QStringList{QStringLiteral("A")});
    EXPECT_EQ(behind(StageKind::Confirmation, 0, QDate(2026, 4, 1), QDate(2026, 4, 30)),
              QStringList{QStringLiteral("E")});
    EXPECT_TRUE(behind(StageKind::Payment).isEmpty());
}

TEST_F(Bottlenecks, ReconfirmationsAndChangesAreTimeWithoutWork)
{
    history();
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM orders WHERE order_no = 'B'")) && q.next());
    const qint64 b = q.value(0).toLongLong();
    // B's revision 2 is sent on 20 May and confirmed on 21 May, 18 days after the first confirmation.
    event(b, at(5, 20, 0), QStringLiteral("submitted"));
    event(b, at(5, 21, 0), QStringLiteral("confirmed"));
    const BottleneckReport r = report();
    EXPECT_EQ(r.reconfirmations.current.spans, 1);
    EXPECT_EQ(r.reconfirmations.current.medianHalfHours, 2 * 18 * 24);
    EXPECT_EQ(r.firstConfirmations, 4);
    EXPECT_EQ(r.reconfirmationsPerOrderHundredths(), 25);
    EXPECT_EQ(r.changeRequests, 0);
    EXPECT_EQ(r.changesPerOrderHundredths(), 0);
}

TEST_F(Bottlenecks, OnlyManagersAndAdministratorsSeeTheAnalysis)
{
    history();
    t.actAs(t.salespersonId);
    auto refused = BottleneckService(t.session()).report(kFrom, kTo);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    t.actAs(t.financeId);
    EXPECT_FALSE(BottleneckService(t.session()).report(kFrom, kTo).has_value());
    t.actAs(t.adminId);
    EXPECT_EQ(stage(report(), StageKind::Confirmation).current.spans, 4);
}

TEST_F(Bottlenecks, APeriodEndingBeforeItStartsIsRefusedWithItsDates)
{
    auto r = BottleneckService(t.session()).report(kTo, kFrom);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().field, QStringLiteral("to"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("2026-05-01")));
}

TEST_F(Bottlenecks, TheCheckRecountsTheStageSummary)
{
    history();
    const auto stageProblems = [this] {
        QStringList out;
        auto problems = DatabaseCheckService(t.session()).run();
        EXPECT_TRUE(problems.has_value());
        for (const DatabaseProblem& p : problems.value_or(QList<DatabaseProblem>()))
            if (p.check == QLatin1String("stage_durations"))
                out << p.message;
        return out;
    };
    EXPECT_TRUE(stageProblems().isEmpty());
    exec(QStringLiteral(
        "UPDATE stage_span_counts SET spans = spans + 1 WHERE stage = 'planning' AND hours = 36"));
    const QStringList problems = stageProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("planning"))) << problems.first().toStdString();
    exec(QStringLiteral(
        "UPDATE stage_span_counts SET spans = spans - 1 WHERE stage = 'planning' AND hours = 36"));
    EXPECT_TRUE(stageProblems().isEmpty());
    // A span lost (its count goes with it): the timeline still says the order was in transit.
    exec(QStringLiteral("DELETE FROM order_stage_spans WHERE stage = 'transit'"));
    const QStringList lost = stageProblems();
    ASSERT_EQ(lost.size(), 1);
    EXPECT_TRUE(lost.first().contains(QStringLiteral("transit"))) << lost.first().toStdString();
    EXPECT_TRUE(lost.first().contains(QStringLiteral("2026-05-14"))) << lost.first().toStdString();
}

TEST_F(Bottlenecks, TheBulkLoaderMeasuresTheSameSpansAsTheTriggers)
{
    // One timeline through every stage, with a revision confirmed again, a shipment event before
    // the move to shipped, odd seconds (25 h 29 min 59 s is 25 hours) and a half hour that rounds up.
    struct Event
    {
        const char* at;
        const char* kind;
        const char* data;
    };
    const Event timeline[] = {
        {"2026-05-01T08:00:00Z", "submitted", ""},
        {"2026-05-02T09:29:59Z", "confirmed", ""},
        {"2026-05-03T10:00:00Z", "submitted", ""},
        {"2026-05-03T10:30:00Z", "confirmed", ""},
        {"2026-05-04T00:00:00Z", "status_changed", R"({"from":"confirmed","to":"planned"})"},
        {"2026-05-10T00:00:00Z", "status_changed", R"({"from":"in_production","to":"ready_to_ship"})"},
        {"2026-05-11T06:15:00Z", "shipped", R"({"shipment":"SH-1"})"},
        {"2026-05-12T00:00:00Z", "status_changed", R"({"from":"ready_to_ship","to":"shipped"})"},
        {"2026-05-15T23:59:59Z", "status_changed", R"({"from":"shipped","to":"delivered"})"},
        {"2026-05-16T00:00:00Z", "settlement_changed", R"({"from":"unbilled","to":"invoiced"})"},
        {"2026-06-20T12:00:00Z", "settlement_changed", R"({"from":"invoiced","to":"paid"})"},
    };
    const qint64 id = order(QStringLiteral("A"));
    std::vector<BulkOrderEvent> events;
    for (const Event& e : timeline) {
        event(id, QDateTime::fromString(QString::fromLatin1(e.at), Qt::ISODate), QString::fromLatin1(e.kind),
              QString::fromLatin1(e.data));
        events.push_back(BulkOrderEvent{e.at, 0, e.kind, 1, e.data});
    }
    QStringList byTriggers;
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT stage, ended_on, hours FROM order_stage_spans ORDER BY id")));
    while (q.next())
        byTriggers << QStringLiteral("%1 %2 %3")
                          .arg(q.value(0).toString(), q.value(1).toString())
                          .arg(q.value(2).toLongLong());
    BulkStageSpans measured;
    std::vector<BulkStageSpan> spans;
    measured.measure(events, spans);
    QStringList inMemory;
    for (const BulkStageSpan& s : spans)
        inMemory << QStringLiteral("%1 %2 %3")
                        .arg(QString::fromLatin1(s.stage),
                             QString::fromLatin1(s.endedOn.data(), qsizetype(s.endedOn.size())))
                        .arg(s.hours);
    EXPECT_EQ(inMemory, byTriggers);
    EXPECT_EQ(byTriggers,
              (QStringList{
                  QStringLiteral("confirmation 2026-05-02 25"), QStringLiteral("confirmation 2026-05-03 1"),
                  QStringLiteral("reconfirmation 2026-05-03 25"), QStringLiteral("planning 2026-05-04 14"),
                  QStringLiteral("shipping 2026-05-11 30"), QStringLiteral("transit 2026-05-15 96"),
                  QStringLiteral("payment 2026-06-20 852")}));
}
