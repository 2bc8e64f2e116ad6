#include "ExceptionService.h"
#include "OrderEventText.h"
#include "OrderIntakeService.h"
#include "OrderQueryService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// Exceptions through their lifecycle: raised by whoever sees the order, planned, handed over and
// closed by the owner or a manager, the customer's information logged, each step on the order's
// timeline and in the audit trail, and each user seeing only what they may.

namespace {

class Exceptions : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000);
    Order mine;
    Order theirs;

    void SetUp() override
    {
        mine = enter(t.salespersonId);
        theirs = enter(t.managerId);
        t.actAs(t.salespersonId);
    }

    Order enter(qint64 userId)
    {
        t.actAs(userId);
        return t.enterOrder(customer, valve);
    }

    OrderException draft(const Order& order, const char* text = "试压泄漏，阀体需返修")
    {
        OrderException e;
        e.orderId = order.id;
        e.kind = ExceptionKind::Quality;
        e.severity = ExceptionSeverity::High;
        e.description = QString::fromUtf8(text);
        e.dueDate = QDate(2026, 6, 10);
        return e;
    }

    qint64 count(const char* sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QStringList numbers(const ExceptionFilter& filter = {})
    {
        QStringList out;
        for (const OrderException& e :
             ExceptionService(t.session()).list(filter).value_or(QList<OrderException>()))
            out << e.exceptionNo;
        return out;
    }
};

} // namespace

TEST_F(Exceptions, RaisingOneNumbersItMakesTheUserItsOwnerAndPutsItOnTheTimeline)
{
    const qint64 eventsBefore = count("SELECT count(*) FROM order_events");
    auto raised = ExceptionService(t.session()).raise(draft(mine));
    ASSERT_TRUE(raised.has_value()) << raised.error().message.toStdString();
    EXPECT_EQ(raised->exceptionNo, QStringLiteral("EXC-2026-000001"));
    EXPECT_EQ(raised->ownerId, t.salespersonId);
    EXPECT_EQ(raised->orderNo, mine.orderNo);
    EXPECT_TRUE(raised->isOpen());
    EXPECT_FALSE(raised->isOverdue(QDate(2026, 6, 10)));
    EXPECT_TRUE(raised->isOverdue(QDate(2026, 6, 11)));
    EXPECT_EQ(count("SELECT count(*) FROM order_events"), eventsBefore + 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'exception.raise'"), 1);
    auto timeline = OrderQueryService(t.session()).timeline(mine.id);
    ASSERT_TRUE(timeline.has_value());
    bool found = false;
    for (const OrderEvent& e : *timeline)
        found = found || (e.kind == OrderEventKind::ExceptionRaised &&
                          OrderEventText::describe(e).contains(raised->exceptionNo));
    EXPECT_TRUE(found);
    // The next one takes the next number.
    EXPECT_EQ(ExceptionService(t.session()).raise(draft(mine))->exceptionNo,
              QStringLiteral("EXC-2026-000002"));
}

TEST_F(Exceptions, BadInputIsRefusedAtItsFieldAndStoresNothing)
{
    ExceptionService service(t.session());
    auto empty = service.raise(draft(mine, "   "));
    ASSERT_FALSE(empty.has_value());
    EXPECT_EQ(empty.error().field, QStringLiteral("description"));
    OrderException late = draft(mine);
    late.dueDate = QDate(2026, 5, 1); // today is 2026-06-01
    auto past = service.raise(late);
    ASSERT_FALSE(past.has_value());
    EXPECT_EQ(past.error().field, QStringLiteral("due"));
    OrderException nobody = draft(mine);
    nobody.ownerId = 987654;
    auto owner = service.raise(nobody);
    ASSERT_FALSE(owner.has_value());
    EXPECT_EQ(owner.error().field, QStringLiteral("owner"));
    // A terminal escape in the description would act when the text is printed: refused.
    auto escape = service.raise(draft(mine, "\x1b]0;owned\x07 leak"));
    ASSERT_FALSE(escape.has_value());
    EXPECT_EQ(escape.error().field, QStringLiteral("description"));
    // A colleague's order is, to a salesperson, no order at all.
    auto hidden = service.raise(draft(theirs));
    ASSERT_FALSE(hidden.has_value());
    EXPECT_EQ(hidden.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(count("SELECT count(*) FROM order_exceptions"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action LIKE 'exception.%'"), 0);
}

TEST_F(Exceptions, TheOwnerOrAManagerPlansHandsOverAndClosesWithAResolution)
{
    auto raised = ExceptionService(t.session()).raise(draft(mine));
    ASSERT_TRUE(raised.has_value());
    const qint64 id = raised->id;

    // Finance sees the order, so it may tell the customer, but not run the exception.
    t.actAs(t.financeId);
    ExceptionContact told;
    told.exceptionId = id;
    told.customerContact = QStringLiteral("陈工");
    told.channel = ContactChannel::WeChat;
    told.text = QStringLiteral("告知返修，预计延期三天");
    EXPECT_TRUE(ExceptionService(t.session()).logContact(told).has_value());
    auto refused = ExceptionService(t.session()).setPlan(id, QStringLiteral("返修"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);

    t.actAs(t.salespersonId);
    EXPECT_TRUE(ExceptionService(t.session()).setPlan(id, QStringLiteral("更换阀体，重新试压")).has_value());
    EXPECT_TRUE(ExceptionService(t.session()).handOver(id, t.managerId).has_value());
    // Handed over: the salesperson no longer owns it, but still sees it on their order.
    auto notMine = ExceptionService(t.session()).resolve(id, QStringLiteral("已返修"), Money::fromMinor(0));
    ASSERT_FALSE(notMine.has_value());
    EXPECT_EQ(notMine.error().kind, Error::Kind::Forbidden);

    t.actAs(t.managerId);
    auto noResolution = ExceptionService(t.session()).resolve(id, QStringLiteral(" "), Money::fromMinor(0));
    ASSERT_FALSE(noResolution.has_value());
    EXPECT_EQ(noResolution.error().field, QStringLiteral("resolution"));
    ASSERT_TRUE(ExceptionService(t.session())
                    .resolve(id, QStringLiteral("阀体更换，试压合格"), Money::fromMinor(125'000))
                    .has_value());
    auto closed = ExceptionService(t.session()).exception(id);
    ASSERT_TRUE(closed.has_value());
    EXPECT_FALSE(closed->isOpen());
    EXPECT_EQ(closed->cost, Money::fromMinor(125'000));
    EXPECT_EQ(closed->responsePlan, QStringLiteral("更换阀体，重新试压"));
    EXPECT_EQ(closed->contacts, 1);
    EXPECT_EQ(closed->resolvedById, t.managerId);
    // Closed is closed.
    auto after = ExceptionService(t.session()).setPlan(id, QStringLiteral("再改"));
    ASSERT_FALSE(after.has_value());
    EXPECT_EQ(after.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action LIKE 'exception.%'"), 5);
}

TEST_F(Exceptions, EachUserListsOnlyTheExceptionsTheyMaySee)
{
    auto onMine = ExceptionService(t.session()).raise(draft(mine));
    ASSERT_TRUE(onMine.has_value());
    t.actAs(t.managerId);
    auto onTheirs = ExceptionService(t.session()).raise(draft(theirs));
    ASSERT_TRUE(onTheirs.has_value());
    OrderException handed = draft(theirs, "钢材到货延迟");
    handed.ownerId = t.salespersonId;
    handed.kind = ExceptionKind::MaterialShortage;
    auto ownedBySales = ExceptionService(t.session()).raise(handed);
    ASSERT_TRUE(ownedBySales.has_value());

    EXPECT_EQ(numbers().size(), 3);
    t.actAs(t.salespersonId);
    // Their own order's exception, and the one they own on a colleague's order.
    EXPECT_EQ(numbers(), (QStringList{onMine->exceptionNo, ownedBySales->exceptionNo}));
    EXPECT_FALSE(ExceptionService(t.session()).exception(onTheirs->id).has_value());
    EXPECT_FALSE(ExceptionService(t.session()).byNumber(onTheirs->exceptionNo).has_value());
    ExceptionFilter material;
    material.kind = ExceptionKind::MaterialShortage;
    EXPECT_EQ(numbers(material), QStringList{ownedBySales->exceptionNo});
    // Closed ones leave the open list but stay on record.
    ASSERT_TRUE(
        ExceptionService(t.session()).resolve(onMine->id, QStringLiteral("已解决"), Money()).has_value());
    EXPECT_EQ(numbers(), QStringList{ownedBySales->exceptionNo});
    ExceptionFilter all;
    all.openOnly = false;
    EXPECT_EQ(numbers(all).size(), 2);
}
