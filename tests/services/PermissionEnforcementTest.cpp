#include "CustomerService.h"
#include "OrderAccess.h"
#include "OrderIntakeService.h"
#include "OrderListRepository.h"
#include "OrderQueryService.h"
#include "OrderStatusService.h"
#include "ProductService.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

class Enforcement : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"),
                                    1'000'000); // 10,000 yuan
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000, 0);

    Order order(int quantity, Session* as = nullptr)
    {
        Order o = OrderIntakeService(as ? *as : t.session()).newDraft();
        o.customerId = customer;
        o.requestedDate = QDate(2026, 7, 1);
        OrderLine l;
        l.productId = valve;
        l.quantity = Quantity::fromUnits(quantity);
        l.unitPrice = UnitPrice::fromRaw(9'800'000);
        o.lines << l;
        return o;
    }

    Session session(qint64 id, Role role, const char* name)
    {
        Session s(t.db(), User{id, QString::fromLatin1(name), QString::fromLatin1(name), role, true});
        s.setToday(t.session().today());
        return s;
    }
};

} // namespace

TEST_F(Enforcement, ASalespersonCannotChangeAColleaguesOrder)
{
    Session manager = session(t.managerId, Role::Manager, "li");
    Order theirs = order(1, &manager);
    ASSERT_TRUE(OrderIntakeService(manager).saveDraft(theirs, true)->saved);
    theirs.notes = QStringLiteral("改一下");
    auto refused = OrderIntakeService(t.session()).saveDraft(theirs, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    // ...nor, by default, read it.
    EXPECT_FALSE(OrderIntakeService(t.session()).load(theirs.id).has_value());
    ASSERT_TRUE(SettingsRepository(t.db()).setValue(QString::fromLatin1(OrderAccess::SettingKey),
                                                    QStringLiteral("1")));
    EXPECT_TRUE(OrderIntakeService(t.session()).load(theirs.id).has_value());
}

TEST_F(Enforcement, TheOrdersListShowsASalespersonOnlyTheirOwnOrders)
{
    Session manager = session(t.managerId, Role::Manager, "li");
    Order mine = order(1);
    Order theirs = order(1, &manager);
    ASSERT_TRUE(OrderIntakeService(t.session()).saveDraft(mine, true)->saved);
    ASSERT_TRUE(OrderIntakeService(manager).saveDraft(theirs, true)->saved);
    EXPECT_EQ(*OrderQueryService(t.session()).count(OrderListQuery()), 1);
    EXPECT_EQ(*OrderQueryService(manager).count(OrderListQuery()), 2);
}

TEST_F(Enforcement, OnlyAManagerSendsAnOrderOverTheCreditLimit)
{
    Order big = order(12); // 12 × 980 = 11,760 + tax, over the 10,000 limit
    auto refused = OrderIntakeService(t.session()).submitForConfirmation(big, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    EXPECT_EQ(big.id, 0);
    // The salesperson can keep it as a draft; the manager sends it.
    ASSERT_TRUE(OrderIntakeService(t.session()).saveDraft(big, true)->saved);
    Session manager = session(t.managerId, Role::Manager, "li");
    ASSERT_TRUE(OrderIntakeService(manager).submitForConfirmation(big, true)->saved);
    EXPECT_EQ(big.status, OrderStatus::AwaitingConfirmation);
}

TEST_F(Enforcement, ProductionStepsAreTheManagersButASalespersonMayWithdrawTheirDraft)
{
    Order o = order(1);
    ASSERT_TRUE(OrderIntakeService(t.session()).saveDraft(o, true)->saved);
    EXPECT_FALSE(OrderStatusService(t.session()).transition(o.id, OrderStatus::OnHold).has_value());
    EXPECT_TRUE(OrderStatusService(t.session())
                    .transition(o.id, OrderStatus::Cancelled, QStringLiteral("客户取消"))
                    .has_value());
}

TEST_F(Enforcement, FinanceCannotEnterOrdersAndSalespeopleCannotEditProducts)
{
    Session finance = session(t.financeId, Role::FinanceClerk, "zhao");
    Order o = order(1);
    auto refused = OrderIntakeService(finance).saveDraft(o, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    Product p = *ProductService(t.session()).byId(valve);
    p.unitPrice = UnitPrice::fromRaw(1);
    EXPECT_FALSE(ProductService(t.session()).update(p).has_value());
    EXPECT_EQ(ProductService(t.session()).byId(valve)->unitPrice, UnitPrice::fromRaw(9'800'000));
}
