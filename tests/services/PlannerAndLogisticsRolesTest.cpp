#include "AccountService.h"
#include "Department.h"
#include "InvoicingService.h"
#include "OrderIntakeService.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

class PlannerAndLogistics : public ::testing::Test
{
protected:
    test::TestDatabase t{Role::Administrator};
    qint64 plannerId =
        t.addUser({0, QStringLiteral("sun"), QStringLiteral("孙磊"), Role::ProductionPlanner, true});
    qint64 logisticsId =
        t.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});

    Session as(qint64 id)
    {
        Session s(t.db(), **UserRepository(t.db()).byId(id));
        s.setToday(t.session().today());
        return s;
    }
};

} // namespace

TEST_F(PlannerAndLogistics, EachBelongsToItsDepartmentAndKeepsItsRoleInTheDatabase)
{
    EXPECT_EQ(DepartmentInfo::of(Role::ProductionPlanner), Department::Production);
    EXPECT_EQ(DepartmentInfo::of(Role::LogisticsClerk), Department::Logistics);
    auto users = AccountService(t.session()).users();
    ASSERT_TRUE(users.has_value());
    int found = 0;
    for (const User& u : *users) {
        if (u.name == QLatin1String("sun")) {
            EXPECT_EQ(u.role, Role::ProductionPlanner);
            ++found;
        }
        if (u.name == QLatin1String("qian")) {
            EXPECT_EQ(u.role, Role::LogisticsClerk);
            ++found;
        }
    }
    EXPECT_EQ(found, 2);
    EXPECT_EQ(RoleInfo::fromKey(u"production_planner"), Role::ProductionPlanner);
    EXPECT_EQ(RoleInfo::fromKey(u"logistics_clerk"), Role::LogisticsClerk);
    EXPECT_TRUE(RoleInfo::all().contains(Role::ProductionPlanner));
    EXPECT_TRUE(RoleInfo::all().contains(Role::LogisticsClerk));
}

TEST_F(PlannerAndLogistics, AnAdministratorAddsThemWithAPassword)
{
    AccountService accounts(t.session());
    auto added = accounts.addUser(
        t.session(), User{0, QStringLiteral("zheng"), QStringLiteral("郑华"), Role::LogisticsClerk, true},
        QStringLiteral("zheng-demo-2026"));
    ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();
    auto signedIn = accounts.signIn(QStringLiteral("zheng"), QStringLiteral("zheng-demo-2026"));
    ASSERT_TRUE(signedIn.has_value());
    EXPECT_EQ(signedIn->role, Role::LogisticsClerk);
}

TEST_F(PlannerAndLogistics, ThePlannerPlansAndReportsProgressButTouchesNoMoneyAndShipsNothing)
{
    const Session planner = as(plannerId);
    for (Permission p : {Permission::ReadAllOrders, Permission::PlanOrders, Permission::CommitPlans,
                         Permission::ReportAnyProgress})
        EXPECT_TRUE(Permissions::allows(planner, p)) << PermissionInfo::key(p).toStdString();
    for (Permission p :
         {Permission::EditOwnOrders, Permission::ChangeOrderStatus, Permission::ViewReceivables,
          Permission::IssueInvoices, Permission::RecordPayments, Permission::ApproveCredit,
          Permission::ShipOrders, Permission::OverridePlanDate, Permission::ManageUsers})
        EXPECT_FALSE(Permissions::allows(planner, p)) << PermissionInfo::key(p).toStdString();
}

TEST_F(PlannerAndLogistics, LogisticsShipsAndDeliversButNeitherPlansNorTouchesMoney)
{
    const Session logistics = as(logisticsId);
    for (Permission p : {Permission::ReadAllOrders, Permission::ShipOrders})
        EXPECT_TRUE(Permissions::allows(logistics, p)) << PermissionInfo::key(p).toStdString();
    for (Permission p : {Permission::EditOwnOrders, Permission::ChangeOrderStatus, Permission::PlanOrders,
                         Permission::CommitPlans, Permission::ViewReceivables, Permission::IssueInvoices,
                         Permission::RecordPayments, Permission::ClosePeriods})
        EXPECT_FALSE(Permissions::allows(logistics, p)) << PermissionInfo::key(p).toStdString();
    // Only logistics and management ship.
    EXPECT_FALSE(PermissionInfo::allowed(Role::Salesperson, Permission::ShipOrders));
    EXPECT_FALSE(PermissionInfo::allowed(Role::FinanceClerk, Permission::ShipOrders));
    EXPECT_TRUE(PermissionInfo::allowed(Role::Manager, Permission::ShipOrders));
}

TEST_F(PlannerAndLogistics, TheServicesRefuseThemWithTheirRoleNamed)
{
    Session logistics = as(logisticsId);
    auto invoices = InvoicingService(logistics).invoices(0, false, 10, 0);
    ASSERT_FALSE(invoices.has_value());
    EXPECT_EQ(invoices.error().kind, Error::Kind::Forbidden);
    EXPECT_TRUE(invoices.error().message.contains(RoleInfo::displayName(Role::LogisticsClerk)));

    Session planner = as(plannerId);
    const qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    const qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000);
    Order o = OrderIntakeService(planner).newDraft();
    o.customerId = customer;
    o.requestedDate = QDate(2026, 9, 1);
    OrderLine l;
    l.productId = valve;
    l.quantity = Quantity::fromUnits(2);
    l.unitPrice = UnitPrice::fromRaw(9'800'000);
    o.lines << l;
    auto saved = OrderIntakeService(planner).saveDraft(o, true);
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().kind, Error::Kind::Forbidden);
}
