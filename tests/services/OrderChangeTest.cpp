#include "OrderChange.h"
#include "OrderIntakeService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// The one path every change to an order takes: one transaction, the version check, the
// lifecycle with its guards, the timeline event and audit entry, all or nothing.

namespace {

class Change : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Manager};
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海申通阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("闸阀"), 12'800'000);
    Order sent;

    void SetUp() override
    {
        t.actAs(t.managerId);
        sent = t.enterOrder(customer, valve, 2, true);
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 events() { return count(QStringLiteral("SELECT count(*) FROM order_events")); }
    qint64 audits() { return count(QStringLiteral("SELECT count(*) FROM audit_log")); }
    QString status()
    {
        QSqlQuery q(t.db().sql());
        q.exec(QStringLiteral("SELECT status FROM orders WHERE id = %1").arg(sent.id));
        return q.next() ? q.value(0).toString() : QString();
    }

    Status hold(OrderChange& change)
    {
        if (auto ok = change.moveTo(OrderStatus::OnHold); !ok)
            return ok;
        OrderEvent event;
        event.kind = QString::fromLatin1(OrderEventKind::StatusChanged);
        return change.record(event, QStringLiteral("order.status"),
                             {FieldChange{QStringLiteral("status"), QStringLiteral("awaiting_confirmation"),
                                          QStringLiteral("on_hold")}});
    }
};

} // namespace

TEST_F(Change, ACommittedChangeStoresTheStatusWithItsEventAndAuditEntry)
{
    const qint64 eventsBefore = events();
    const qint64 auditsBefore = audits();
    auto change = OrderChange::open(t.session(), sent.id, sent.version);
    ASSERT_TRUE(change.has_value());
    ASSERT_TRUE(hold(**change).has_value());
    ASSERT_TRUE((*change)->commit().has_value());
    EXPECT_EQ(status(), QStringLiteral("on_hold"));
    EXPECT_EQ(events(), eventsBefore + 1);
    EXPECT_EQ(audits(), auditsBefore + 1);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM orders WHERE held_from_status = 'awaiting_confirmation'")),
        1);
}

TEST_F(Change, AChangeDroppedBeforeCommitLeavesNothingBehind)
{
    const qint64 eventsBefore = events();
    const qint64 auditsBefore = audits();
    {
        auto change = OrderChange::open(t.session(), sent.id, sent.version);
        ASSERT_TRUE(change.has_value());
        ASSERT_TRUE(hold(**change).has_value());
        // A later step failed: the service returns without commit().
    }
    EXPECT_EQ(status(), QStringLiteral("awaiting_confirmation"));
    EXPECT_EQ(events(), eventsBefore);
    EXPECT_EQ(audits(), auditsBefore);
}

TEST_F(Change, AVersionSomeoneElseSavedSinceIsAConflict)
{
    auto first = OrderChange::open(t.session(), sent.id, sent.version);
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(hold(**first).has_value());
    ASSERT_TRUE((*first)->commit().has_value());
    first->reset();
    // The same user, still looking at the version before the hold.
    auto stale = OrderChange::open(t.session(), sent.id, sent.version);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(status(), QStringLiteral("on_hold"));
}

TEST_F(Change, AGuardRefusesAStatusWhoseRecordIsMissing)
{
    auto change = OrderChange::open(t.session(), sent.id, sent.version);
    ASSERT_TRUE(change.has_value());
    // Awaiting → confirmed is in the lifecycle, but no confirmation of this revision is recorded.
    ASSERT_TRUE(OrderStatusMachine::canTransition(OrderStatus::AwaitingConfirmation, OrderStatus::Confirmed));
    auto moved = (*change)->moveTo(OrderStatus::Confirmed);
    ASSERT_FALSE(moved.has_value());
    EXPECT_EQ(moved.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(moved.error().message, *OrderStatusMachine::guardRefusal(OrderStatus::Confirmed, OrderFacts{}));
    // A status the lifecycle does not lead to is refused with its own sentence.
    auto skipped = (*change)->moveTo(OrderStatus::Shipped);
    ASSERT_FALSE(skipped.has_value());
    EXPECT_EQ(skipped.error().message,
              OrderStatusMachine::refusal(OrderStatus::AwaitingConfirmation, OrderStatus::Shipped));
}
