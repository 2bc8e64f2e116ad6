#include "MyWorkService.h"
#include "ExceptionService.h"
#include "OrderIntakeService.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace od;

// My work lists what this user must do, most urgent first, and nothing that is someone else's.

namespace {

class MyWork : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000);

    Order send(qint64 userId)
    {
        t.actAs(userId);
        return t.enterOrder(customer, valve, 1, true);
    }

    QStringList work()
    {
        QStringList out;
        for (const WorkItem& i : MyWorkService(t.session()).items().value_or(QList<WorkItem>()))
            out << i.kind + u' ' + i.orderNo;
        return out;
    }
};

} // namespace

TEST_F(MyWork, ASalespersonChasesTheirCustomersAndTheirExceptionsMostUrgentFirst)
{
    const Order theirs = send(t.managerId);
    const Order mine = send(t.salespersonId);
    EXPECT_EQ(work(), QStringList{QStringLiteral("confirmation ") + mine.orderNo});

    // An exception the manager raises and gives the salesperson, due before the chase date.
    t.actAs(t.managerId);
    OrderException e;
    e.orderId = theirs.id;
    e.kind = ExceptionKind::Logistics;
    e.description = QStringLiteral("货车延误");
    e.ownerId = t.salespersonId;
    e.dueDate = t.session().today().addDays(1);
    ASSERT_TRUE(ExceptionService(t.session()).raise(e).has_value());
    // The manager's own list has neither: not their customer to chase, not their exception.
    EXPECT_EQ(work(), QStringList{QStringLiteral("confirmation ") + theirs.orderNo});

    t.actAs(t.salespersonId);
    const QList<WorkItem> items = MyWorkService(t.session()).items().value_or(QList<WorkItem>());
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).kind, QString(WorkItemKind::Exception));
    EXPECT_EQ(items.at(0).orderNo, theirs.orderNo);
    EXPECT_EQ(items.at(1).kind, QString(WorkItemKind::Confirmation));
    EXPECT_EQ(items.at(1).due,
              QDate::currentDate().addDays(MyWorkService::ConfirmationChaseDays)); // sent today, real time
    EXPECT_FALSE(items.at(0).text.isEmpty());
}

TEST_F(MyWork, FinanceHasNoConfirmationsToChase)
{
    send(t.salespersonId);
    t.actAs(t.financeId);
    EXPECT_EQ(work(), QStringList());
}
