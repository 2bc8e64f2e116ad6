// A committed plan later than the customer asked for: production waits until the salesperson
// records that the customer accepted the new date.
#include "DateAcceptanceService.h"
#include "AuditRepository.h"
#include "MyWorkService.h"
#include "OrderEventText.h"
#include "OrderQueryService.h"
#include "OrderStatusService.h"
#include "PlanningFixture.h"
#include "PlanningService.h"
#include "ProgressService.h"

using namespace od;

namespace {

class DateAcceptanceTest : public test::PlanningFixture
{
protected:
    qint64 order = 0;
    QDate promised;

    void SetUp() override
    {
        PlanningFixture::SetUp();
        // 40 valves take 42 hours of the 8-hour centre: done on 2026-06-09 at the earliest,
        // shipped on the 10th, a week after the 3rd the customer asked for.
        order = confirmedOrder(40, QDate(2026, 6, 3));
        auto committed = PlanningService(t.session()).commit(order, PlanCommitRequest{});
        ASSERT_TRUE(committed.has_value()) << committed.error().message.toStdString();
        promised = committed->promisedDate;
        ASSERT_GT(promised, QDate(2026, 6, 3));
    }

    Result<OrderPlanStep> start()
    {
        ProgressReport r;
        r.action = ProgressReport::Action::Start;
        return ProgressService(t.session()).report(order, 1, r);
    }

    DateAcceptanceRequest request(const QString& contact = QStringLiteral("陈经理"))
    {
        DateAcceptanceRequest r;
        r.contactName = contact;
        r.channel = ContactChannel::WeChat;
        r.acceptedAt = QDateTime(QDate(2026, 6, 1), QTime(2, 30), Qt::UTC);
        r.note = QStringLiteral("客户同意延后一周");
        return r;
    }
};

} // namespace

TEST_F(DateAcceptanceTest, ProductionWaitsForTheCustomersAcceptanceOfTheLaterDate)
{
    auto state = DateAcceptanceService(t.session()).state(order);
    ASSERT_TRUE(state.has_value());
    EXPECT_TRUE(state->needed);
    EXPECT_TRUE(state->blocksProduction());
    EXPECT_EQ(state->daysLater(), int(QDate(2026, 6, 3).daysTo(promised)));

    auto refused = start();
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("accepted the new date")))
        << refused.error().message.toStdString();
    EXPECT_EQ(OrderQueryService(t.session()).order(order)->status, OrderStatus::Planned);

    auto accepted = DateAcceptanceService(t.session()).record(order, request());
    ASSERT_TRUE(accepted.has_value()) << accepted.error().message.toStdString();
    EXPECT_EQ(accepted->promisedDate, promised);
    EXPECT_EQ(accepted->requestedDate, QDate(2026, 6, 3));
    EXPECT_EQ(accepted->channel, ContactChannel::WeChat);
    EXPECT_EQ(accepted->recordedBy, t.managerId);

    state = DateAcceptanceService(t.session()).state(order);
    ASSERT_TRUE(state.has_value());
    EXPECT_FALSE(state->blocksProduction());
    ASSERT_TRUE(state->acceptance.has_value());
    EXPECT_EQ(state->acceptance->contactName, QStringLiteral("陈经理"));

    // On the timeline and in the audit trail.
    const auto timeline = *OrderQueryService(t.session()).timeline(order);
    bool noted = false;
    for (const OrderEvent& e : timeline)
        noted = noted || (e.kind == OrderEventKind::DateAccepted &&
                          OrderEventText::describe(e).contains(QStringLiteral("陈经理")) &&
                          OrderEventText::describe(e).contains(QStringLiteral("客户同意延后一周")));
    EXPECT_TRUE(noted);
    auto audit = AuditRepository(t.db()).history(QStringLiteral("order"));
    ASSERT_TRUE(audit.has_value());
    bool audited = false;
    for (const AuditEntry& e : *audit)
        audited = audited || (e.action == QLatin1String("order.accept_date") && e.entityId == order);
    EXPECT_TRUE(audited);

    // Once is enough; production may start now.
    auto twice = DateAcceptanceService(t.session()).record(order, request());
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().kind, Error::Kind::Conflict);
    ASSERT_TRUE(start().has_value());
    EXPECT_EQ(OrderQueryService(t.session()).order(order)->status, OrderStatus::InProduction);
}

TEST_F(DateAcceptanceTest, BadInputAndTheWrongPeopleAreRefusedAndNothingIsSaved)
{
    auto nobody = DateAcceptanceService(t.session()).record(order, request(QStringLiteral("  ")));
    ASSERT_FALSE(nobody.has_value());
    EXPECT_EQ(nobody.error().field, QStringLiteral("contact"));
    DateAcceptanceRequest future = request();
    future.acceptedAt = QDateTime::currentDateTimeUtc().addDays(2);
    auto ahead = DateAcceptanceService(t.session()).record(order, future);
    ASSERT_FALSE(ahead.has_value());
    EXPECT_EQ(ahead.error().field, QStringLiteral("accepted_at"));

    t.actAs(t.financeId);
    auto finance = DateAcceptanceService(t.session()).record(order, request());
    ASSERT_FALSE(finance.has_value());
    EXPECT_EQ(finance.error().kind, Error::Kind::Forbidden);
    t.actAs(t.managerId);
    auto state = DateAcceptanceService(t.session()).state(order);
    ASSERT_TRUE(state.has_value());
    EXPECT_TRUE(state->blocksProduction());
    EXPECT_TRUE(DateAcceptanceService(t.session()).history(order)->isEmpty());
}

TEST_F(DateAcceptanceTest, AnOrderPromisedInTimeNeedsNoAcceptance)
{
    const qint64 onTime = confirmedOrder(2, QDate(2026, 7, 1));
    ASSERT_TRUE(PlanningService(t.session()).commit(onTime, PlanCommitRequest{}).has_value());
    auto state = DateAcceptanceService(t.session()).state(onTime);
    ASSERT_TRUE(state.has_value());
    EXPECT_FALSE(state->needed);
    auto nothing = DateAcceptanceService(t.session()).record(onTime, request());
    ASSERT_FALSE(nothing.has_value());
    EXPECT_EQ(nothing.error().kind, Error::Kind::Conflict);
    ProgressReport r;
    r.action = ProgressReport::Action::Start;
    EXPECT_TRUE(ProgressService(t.session()).report(onTime, 1, r).has_value());
}

TEST_F(DateAcceptanceTest, TheSalespersonsWorkListsTheOrderUntilTheAcceptanceIsRecorded)
{
    // The order was entered by the manager of this fixture: it is theirs to ask the customer.
    const auto awaiting = [&] {
        QStringList out;
        for (const WorkItem& i : MyWorkService(t.session()).items().value_or(QList<WorkItem>()))
            if (i.kind == WorkItemKind::DateAcceptance)
                out << QString::number(i.orderId) + u' ' + i.due.toString(Qt::ISODate);
        return out;
    };
    EXPECT_EQ(awaiting(), QStringList{QString::number(order) + QStringLiteral(" 2026-06-01")});
    t.actAs(t.financeId);
    EXPECT_TRUE(awaiting().isEmpty());
    t.actAs(t.managerId);
    ASSERT_TRUE(DateAcceptanceService(t.session()).record(order, request()).has_value());
    EXPECT_TRUE(awaiting().isEmpty());
}

TEST_F(DateAcceptanceTest, APlainStatusChangeCannotStartProductionWithoutTheAcceptance)
{
    auto refused = OrderStatusService(t.session()).transition(order, OrderStatus::InProduction);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(OrderQueryService(t.session()).order(order)->status, OrderStatus::Planned);
    ASSERT_TRUE(DateAcceptanceService(t.session()).record(order, request()).has_value());
    ASSERT_TRUE(OrderStatusService(t.session()).transition(order, OrderStatus::InProduction).has_value());
}
