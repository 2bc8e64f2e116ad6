#include "OrderIntakeService.h"
#include "ConfirmationService.h"
#include "OrderEventText.h"
#include "OrderListRepository.h"
#include "OrderQueryService.h"
#include "OrderSnapshot.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

namespace {

class Intake : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海申通阀门有限公司"));
    qint64 valve =
        t.addProduct(QStringLiteral("Z41H-16C-DN100"), QStringLiteral("闸阀"), 12'800'000, 30, true);
    qint64 flange = t.addProduct(QStringLiteral("FL-DN100"), QStringLiteral("法兰"), 855'000, 3);
    OrderIntakeService intake{t.session()};

    Order draft()
    {
        Order o = intake.newDraft();
        o.customerId = customer;
        o.requestedDate = QDate(2026, 8, 1);
        OrderLine a;
        a.productId = valve;
        a.description = QStringLiteral("DN100 PN16 WCB 法兰连接");
        a.quantity = Quantity::fromUnits(2);
        a.unitPrice = UnitPrice::fromRaw(12'800'000);
        OrderLine b;
        b.productId = flange;
        b.quantity = *Quantity::parse(u"4");
        b.unitPrice = *UnitPrice::parse(u"85.5");
        b.discount = *BasisPoints::parsePercent(u"10");
        o.lines << a << b;
        return o;
    }

    qint64 count(const char* sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        q.next();
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_F(Intake, SavesADraftWithNumberTotalsTimelineAndSearchRow)
{
    Order o = draft();
    auto outcome = intake.saveDraft(o, false);
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message.toStdString();
    ASSERT_TRUE(outcome->saved) << outcome->report.summary().toStdString();
    EXPECT_EQ(o.orderNo, QStringLiteral("SO-2026-000001"));
    EXPECT_EQ(o.status, OrderStatus::Draft);
    // 2 × 1280 + 4 × 85.5 × 0.9 = 2560 + 307.80 = 2867.80; tax 13% = 372.814 → 372.81
    EXPECT_EQ(o.subtotal.minor(), 286780);
    EXPECT_EQ(o.tax.minor(), 37281);
    EXPECT_EQ(o.total.minor(), 324061);

    auto loaded = intake.load(o.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->lines.size(), 2);
    EXPECT_EQ(loaded->lines[1].amount.minor(), 30780);
    EXPECT_EQ(loaded->customerName, QStringLiteral("上海申通阀门有限公司"));
    EXPECT_EQ(loaded->lines[0].unit, QStringLiteral("台")); // defaulted from the product

    auto events = OrderQueryService(t.session()).timeline(o.id);
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->at(0).kind, QStringLiteral("created"));
    EXPECT_EQ(events->at(0).userName, QStringLiteral("王芳"));

    OrderListQuery byCustomer;
    byCustomer.search = QStringLiteral("申通阀");
    EXPECT_EQ(*OrderListRepository(t.db()).count(byCustomer), 1);
    OrderListQuery byProduct;
    byProduct.search = QStringLiteral("法兰");
    EXPECT_EQ(*OrderListRepository(t.db()).count(byProduct), 1);
    OrderListQuery byNumber;
    byNumber.search = QStringLiteral("000001");
    EXPECT_EQ(*OrderListRepository(t.db()).count(byNumber), 1);
}

TEST_F(Intake, ErrorsSaveNothingAndKeepWhatWasTyped)
{
    Order o = draft();
    o.lines[1].quantity = Quantity::fromRaw(0);
    const Order typed = o;
    auto outcome = intake.saveDraft(o, true);
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->saved);
    EXPECT_TRUE(outcome->report.contains(QStringLiteral("bad_quantity")));
    EXPECT_EQ(o.id, 0);
    EXPECT_TRUE(OrderSnapshot::sameContent(o, typed));
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM order_number_counters"), 0);
}

TEST_F(Intake, WarningsNeedSaveAnyway)
{
    Order o = draft();
    o.requestedDate = QDate(2026, 6, 10); // the valve needs 30 days
    auto refused = intake.saveDraft(o, false);
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(refused->saved);
    EXPECT_TRUE(refused->report.contains(QStringLiteral("lead_time")));
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 0);
    auto accepted = intake.saveDraft(o, true);
    ASSERT_TRUE(accepted.has_value());
    EXPECT_TRUE(accepted->saved);
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 1);
}

TEST_F(Intake, SubmitConfirmAndTheOrderBecomesReadOnly)
{
    Order o = draft();
    ASSERT_TRUE(intake.submitForConfirmation(o, false)->saved);
    EXPECT_EQ(o.status, OrderStatus::AwaitingConfirmation);
    ConfirmationService confirmations(t.session());
    auto queue = OrderQueryService(t.session()).awaitingConfirmation();
    ASSERT_EQ(queue->size(), 1);
    EXPECT_EQ(queue->at(0).orderNo, o.orderNo);

    Confirmation c;
    c.contactName = QStringLiteral("陈经理");
    c.channel = ConfirmationChannel::WeChat;
    c.confirmedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    c.remarks = QStringLiteral("同意交期");
    ASSERT_TRUE(confirmations.record(o.id, 1, c).has_value());
    auto loaded = intake.load(o.id);
    EXPECT_EQ(loaded->status, OrderStatus::Confirmed);
    auto recorded = OrderQueryService(t.session()).confirmations(o.id);
    ASSERT_EQ(recorded->size(), 1);
    EXPECT_EQ(recorded->at(0).revision, 1);
    EXPECT_EQ(recorded->at(0).channel, ConfirmationChannel::WeChat);
    EXPECT_TRUE(OrderQueryService(t.session()).awaitingConfirmation()->isEmpty());

    Order edit = *loaded;
    edit.lines[0].quantity = Quantity::fromUnits(3);
    auto refused = intake.saveDraft(edit, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(intake.load(o.id)->lines[0].quantity, Quantity::fromUnits(2));
}

TEST_F(Intake, EditingASentOrderStartsANewRevisionAndKeepsTheOldOne)
{
    Order o = draft();
    ASSERT_TRUE(intake.submitForConfirmation(o, false)->saved);
    o.lines[0].quantity = Quantity::fromUnits(5);
    auto outcome = intake.saveDraft(o, true);
    ASSERT_TRUE(outcome.has_value());
    ASSERT_TRUE(outcome->saved);
    EXPECT_TRUE(outcome->newRevision);
    EXPECT_EQ(o.revision, 2);
    EXPECT_EQ(o.status, OrderStatus::Draft);

    auto revisions = OrderQueryService(t.session()).revisions(o.id);
    ASSERT_EQ(revisions->size(), 1);
    auto old = OrderSnapshot::fromJson(revisions->at(0).snapshotJson);
    ASSERT_TRUE(old.has_value());
    EXPECT_EQ(old->revision, 1);
    EXPECT_EQ(old->lines[0].quantity, Quantity::fromUnits(2));

    // A confirmation of the old revision is refused; the new one must be sent and confirmed.
    ConfirmationService confirmations(t.session());
    Confirmation c;
    c.contactName = QStringLiteral("陈经理");
    c.confirmedAt = QDateTime::currentDateTimeUtc();
    EXPECT_FALSE(confirmations.record(o.id, 1, c).has_value());
    ASSERT_TRUE(intake.submitForConfirmation(o, true)->saved);
    ASSERT_TRUE(confirmations.record(o.id, 2, c).has_value());
    EXPECT_EQ(OrderQueryService(t.session()).confirmations(o.id)->at(0).revision, 2);
}

TEST_F(Intake, UnchangedResaveOfASentOrderDoesNotStartARevision)
{
    Order o = draft();
    ASSERT_TRUE(intake.submitForConfirmation(o, false)->saved);
    Order same = *intake.load(o.id);
    auto outcome = intake.saveDraft(same, true);
    ASSERT_TRUE(outcome->saved);
    EXPECT_FALSE(outcome->newRevision);
    EXPECT_EQ(intake.load(o.id)->revision, 1);
    EXPECT_EQ(intake.load(o.id)->status, OrderStatus::AwaitingConfirmation);
}

TEST_F(Intake, ReturnToDraftNeedsAReason)
{
    Order o = draft();
    ASSERT_TRUE(intake.submitForConfirmation(o, false)->saved);
    ConfirmationService confirmations(t.session());
    auto noReason = confirmations.returnToDraft(o.id, QStringLiteral("  "));
    ASSERT_FALSE(noReason.has_value());
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    ASSERT_TRUE(confirmations.returnToDraft(o.id, QStringLiteral("客户要求改为不锈钢")).has_value());
    EXPECT_EQ(intake.load(o.id)->status, OrderStatus::Draft);
    const auto events = *OrderQueryService(t.session()).timeline(o.id);
    EXPECT_EQ(events.last().kind, QStringLiteral("returned"));
    // Its facts are stored, not a sentence: the reason is worded when the timeline is read.
    EXPECT_TRUE(events.last().detail.isEmpty());
    EXPECT_EQ(events.last().data.value(QStringLiteral("reason")).toString(),
              QStringLiteral("客户要求改为不锈钢"));
    EXPECT_TRUE(OrderEventText::describe(events.last()).contains(QStringLiteral("不锈钢")));
}

TEST_F(Intake, AFailureInTheMiddleOfASaveLeavesNothingBehind)
{
    // The search-index insert is the last step of a save; make it fail as a full disk would.
    ASSERT_TRUE(t.db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER fail_index BEFORE INSERT ON order_events "
                                         "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"))
                    .has_value());
    Order o = draft();
    auto outcome = intake.saveDraft(o, false);
    ASSERT_FALSE(outcome.has_value());
    EXPECT_EQ(o.id, 0);
    EXPECT_TRUE(o.orderNo.isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM order_lines"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM order_search"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM order_number_counters"), 0);

    // The same order saves once the fault is gone, and takes number 1: no gap.
    ASSERT_TRUE(t.db().exec(QStringLiteral("DROP TRIGGER fail_index")).has_value());
    ASSERT_TRUE(intake.saveDraft(o, false)->saved);
    EXPECT_EQ(o.orderNo, QStringLiteral("SO-2026-000001"));
}

TEST_F(Intake, AFailureWhileRevisingLeavesTheStoredOrderUntouched)
{
    Order o = draft();
    ASSERT_TRUE(intake.submitForConfirmation(o, false)->saved);
    ASSERT_TRUE(t.db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER fail_lines BEFORE INSERT ON order_lines "
                                         "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"))
                    .has_value());
    Order edit = o;
    edit.lines[0].quantity = Quantity::fromUnits(9);
    EXPECT_FALSE(intake.saveDraft(edit, true).has_value());
    auto stored = intake.load(o.id);
    EXPECT_EQ(stored->revision, 1);
    EXPECT_EQ(stored->status, OrderStatus::AwaitingConfirmation);
    EXPECT_EQ(stored->lines.size(), 2);
    EXPECT_EQ(stored->lines[0].quantity, Quantity::fromUnits(2));
    EXPECT_EQ(count("SELECT count(*) FROM order_revisions"), 0);
}

TEST_F(Intake, ASaveOverSomeoneElsesChangeIsRefusedWithTheirName)
{
    Order o = draft();
    ASSERT_TRUE(intake.saveDraft(o, false)->saved);
    Order mine = o;
    Order theirs = o;
    theirs.notes = QStringLiteral("客户来电改了备注");
    Session manager(t.db(),
                    User{t.managerId, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true});
    manager.setToday(t.session().today());
    ASSERT_TRUE(OrderIntakeService(manager).saveDraft(theirs, true)->saved);
    mine.notes = QStringLiteral("我的修改");
    auto refused = intake.saveDraft(mine, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("李强")));
    EXPECT_EQ(intake.load(o.id)->notes, QStringLiteral("客户来电改了备注"));
}
