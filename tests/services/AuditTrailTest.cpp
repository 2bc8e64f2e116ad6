#include "AuditRepository.h"
#include "CustomerService.h"
#include "OrderIntakeService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

namespace {

class Audit : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("杭州汇通管业有限公司"));
    qint64 pump = t.addProduct(QStringLiteral("IS80-65-160"), QStringLiteral("离心泵"), 45'000'000, 5);

    Order saveOrder()
    {
        OrderIntakeService intake(t.session());
        Order o = intake.newDraft();
        o.customerId = customer;
        o.requestedDate = QDate(2026, 7, 1);
        OrderLine l;
        l.productId = pump;
        l.quantity = Quantity::fromUnits(2);
        l.unitPrice = UnitPrice::fromRaw(45'000'000);
        o.lines << l;
        EXPECT_TRUE(intake.saveDraft(o, true)->saved);
        return o;
    }
};

} // namespace

TEST_F(Audit, EverySaveWritesAnEntryWithFieldsBeforeAndAfter)
{
    Order o = saveOrder();
    o.notes = QStringLiteral("加急");
    o.lines[0].quantity = Quantity::fromUnits(3);
    ASSERT_TRUE(OrderIntakeService(t.session()).saveDraft(o, true)->saved);

    AuditFilter filter;
    filter.entity = QStringLiteral("order");
    filter.entityId = o.id;
    auto entries = AuditRepository(t.db()).list(filter, 10);
    ASSERT_EQ(entries->size(), 2);
    const AuditEntry& edit = entries->at(0); // newest first
    EXPECT_EQ(edit.action, QStringLiteral("order.edit"));
    EXPECT_EQ(edit.userName, QStringLiteral("wang"));
    EXPECT_EQ(edit.entityLabel, o.orderNo);
    EXPECT_TRUE(edit.changes.contains(FieldChange{QStringLiteral("notes"), QString(), QStringLiteral("加急")}));
    EXPECT_TRUE(edit.changes.contains(FieldChange{QStringLiteral("line 1 quantity"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(entries->at(1).action, QStringLiteral("order.create"));
}

TEST_F(Audit, TheChainVerifiesAndDetectsAnEditBehindTheAppsBack)
{
    saveOrder();
    saveOrder();
    auto v = AuditRepository(t.db()).verify();
    ASSERT_TRUE(v.has_value());
    EXPECT_GE(v->entries, 2);
    EXPECT_FALSE(v->firstBrokenId.has_value()) << v->problem.toStdString();

    // The table refuses changes through SQL...
    QSqlQuery q(t.db().sql());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    // ...and someone who removes the guard is still caught by the chain.
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 1")));
    v = AuditRepository(t.db()).verify();
    ASSERT_TRUE(v->firstBrokenId.has_value());
    EXPECT_EQ(*v->firstBrokenId, 1);
}

TEST_F(Audit, ARemovedEntryIsDetected)
{
    saveOrder();
    saveOrder();
    QSqlQuery q(t.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    auto v = AuditRepository(t.db()).verify();
    ASSERT_TRUE(v->firstBrokenId.has_value());
    EXPECT_EQ(*v->firstBrokenId, 2);
}

TEST_F(Audit, CustomerChangesAreAuditedAndAnUnchangedSaveWritesNothing)
{
    CustomerService customers(t.session());
    Customer c = *customers.byId(customer);
    const qint64 before = *AuditRepository(t.db()).count();
    ASSERT_TRUE(customers.update(c).has_value());
    EXPECT_EQ(*AuditRepository(t.db()).count(), before);
    c.creditLimit = *Money::parse(u"500000");
    ASSERT_FALSE(customers.update(c).has_value()); // credit terms are not the salesperson's
    t.actAs(t.managerId);
    ASSERT_TRUE(customers.update(c).has_value());
    ASSERT_TRUE(customers.setActive(customer, false).has_value());
    AuditFilter filter;
    filter.entity = QStringLiteral("customer");
    auto entries = *AuditRepository(t.db()).list(filter, 10);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].action, QStringLiteral("customer.deactivate"));
    EXPECT_EQ(entries[1].changes,
              (QList<FieldChange>{{QStringLiteral("credit_limit"), QStringLiteral("0.00"), QStringLiteral("500000.00")}}));
}
