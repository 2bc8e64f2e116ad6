// Two people with the same order open: the one who saves second gets "changed by … — reload",
// and the first one's changes stay exactly as saved.

#include "AuditRepository.h"
#include "OrderBookInvariants.h"
#include "OrderIntakeService.h"
#include "OrderRepository.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

class TwoWriters : public ::testing::Test
{
protected:
    test::TestDatabase t; // wang, the salesperson, on the fixture's connection
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("上海申通阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("VLV-50"), QStringLiteral("不锈钢球阀"), 1'250'000);
    qint64 flange = t.addProduct(QStringLiteral("FL-DN100"), QStringLiteral("法兰"), 855'000);
    OrderIntakeService wang{t.session()};

    // li, the manager, on a connection of his own.
    std::unique_ptr<Database> liDb = std::move(*Database::open(t.path()));
    Session liSession{*liDb, **UserRepository(*liDb).byId(t.managerId)};
    OrderIntakeService li{liSession};

    void SetUp() override { liSession.setToday(t.session().today()); }

    OrderLine line(qint64 product, int units)
    {
        OrderLine l;
        l.productId = product;
        l.quantity = Quantity::fromUnits(units);
        l.unitPrice = UnitPrice::fromRaw(product == valve ? 1'250'000 : 855'000);
        return l;
    }

    Order savedOrder(bool submit)
    {
        Order o = wang.newDraft();
        o.customerId = customer;
        o.requestedDate = QDate(2026, 8, 1);
        o.lines << line(valve, 2) << line(flange, 4);
        auto saved = submit ? wang.submitForConfirmation(o, true) : wang.saveDraft(o, true);
        EXPECT_TRUE(saved && saved->saved);
        return o;
    }

    qint64 auditEntriesOf(qint64 orderId)
    {
        AuditFilter filter;
        filter.entity = QStringLiteral("order");
        filter.entityId = orderId;
        return AuditRepository(t.db()).list(filter, 100)->size();
    }
};

} // namespace

TEST_F(TwoWriters, SavingAnOrderSomeoneElseChangedMeanwhileIsRefusedAndTheirChangesStay)
{
    const Order original = savedOrder(false);
    Order wangCopy = *wang.load(original.id);
    Order liCopy = *li.load(original.id);

    liCopy.notes = QStringLiteral("客户改为不锈钢材质");
    liCopy.lines[0].quantity = Quantity::fromUnits(5);
    liCopy.lines << line(valve, 1);
    auto liSaved = li.saveDraft(liCopy, true);
    ASSERT_TRUE(liSaved && liSaved->saved);

    wangCopy.notes = QStringLiteral("王芳的修改");
    wangCopy.lines[0].quantity = Quantity::fromUnits(9);
    wangCopy.lines.removeLast();
    const Order typed = wangCopy;
    auto refused = wang.saveDraft(wangCopy, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("李强")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("reload")))
        << refused.error().message.toStdString();
    EXPECT_EQ(wangCopy.notes, typed.notes); // what wang typed is still in his form
    EXPECT_EQ(wangCopy.lines.size(), typed.lines.size());

    const Order stored = *wang.load(original.id);
    EXPECT_EQ(stored.notes, liCopy.notes);
    ASSERT_EQ(stored.lines.size(), 3);
    EXPECT_EQ(stored.lines[0].quantity, Quantity::fromUnits(5));
    EXPECT_EQ(stored.total, liCopy.total);
    EXPECT_EQ(stored.version, liCopy.version);
    EXPECT_EQ(OrderRepository(t.db()).events(original.id)->size(), 2); // created, li's edit
    EXPECT_EQ(auditEntriesOf(original.id), 2);
    EXPECT_EQ(test::orderBookViolations(t.db()).join(u'\n').toStdString(), "");

    // After reloading, wang's change goes through on top of li's.
    Order reloaded = *wang.load(original.id);
    reloaded.notes = typed.notes;
    auto retried = wang.saveDraft(reloaded, true);
    ASSERT_TRUE(retried && retried->saved);
    EXPECT_EQ(wang.load(original.id)->lines.size(), 3);
}

TEST_F(TwoWriters, AStaleEditOfASentOrderLeavesNoHalfRevisionBehind)
{
    const Order original = savedOrder(true); // awaiting the customer's confirmation
    Order wangCopy = *wang.load(original.id);
    Order liCopy = *li.load(original.id);

    liCopy.lines[1].quantity = Quantity::fromUnits(10);
    auto liSaved = li.saveDraft(liCopy, true);
    ASSERT_TRUE(liSaved && liSaved->saved);
    ASSERT_TRUE(liSaved->newRevision);

    wangCopy.lines[0].quantity = Quantity::fromUnits(7);
    auto refused = wang.submitForConfirmation(wangCopy, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("李强")))
        << refused.error().message.toStdString();

    const Order stored = *wang.load(original.id);
    EXPECT_EQ(stored.revision, 2);
    EXPECT_EQ(stored.status, OrderStatus::Draft);
    EXPECT_EQ(stored.lines[0].quantity, Quantity::fromUnits(2));
    EXPECT_EQ(stored.lines[1].quantity, Quantity::fromUnits(10));
    EXPECT_EQ(OrderRepository(t.db()).revisions(original.id)->size(), 1); // li's, nothing of wang's
    EXPECT_EQ(auditEntriesOf(original.id), 3);                            // create, submit, li's revise
    EXPECT_EQ(test::orderBookViolations(t.db()).join(u'\n').toStdString(), "");
}
