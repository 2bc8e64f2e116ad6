#include "InvoicingService.h"
#include "MyWorkService.h"
#include "PlanningFixture.h"
#include "PlanningService.h"
#include "SettlementBook.h"

#include <gtest/gtest.h>

using namespace od;
using namespace od::test;

// My work per department: the steps a user owns in a plan, the orders whose plan is behind the
// promise for the manager, what finance has to invoice and collect, and the salesperson's own
// customers' overdue invoices. Today is Monday 2026-06-01.

namespace {

QStringList kindsAndNumbers(Session& session)
{
    QStringList out;
    auto items = MyWorkService(session).items();
    EXPECT_TRUE(items.has_value()) << (items ? "" : items.error().message.toStdString());
    for (const WorkItem& i : items.value_or(QList<WorkItem>()))
        out << i.kind + u' ' + (i.orderNo.isEmpty() ? i.documentNo : i.orderNo);
    return out;
}

class MyWorkPlans : public PlanningFixture
{
protected:
    // Commits a plan for `orderId` with every step owned by `ownerId`.
    PlanProposal commit(qint64 orderId, qint64 ownerId, QDate promised = {}, QString reason = {})
    {
        PlanningService planning(t.session());
        auto proposal = planning.propose(orderId);
        EXPECT_TRUE(proposal.has_value());
        PlanCommitRequest request;
        request.promisedDate = promised;
        request.overrideReason = reason;
        for (const OrderPlanStep& s : proposal->plan.steps)
            request.choices << StepChoice{s.lineNo, s.stepNo, ownerId, {}};
        auto committed = planning.commit(orderId, request);
        EXPECT_TRUE(committed.has_value()) << (committed ? "" : committed.error().message.toStdString());
        return committed.value_or(PlanProposal());
    }
};

} // namespace

TEST_F(MyWorkPlans, AStepOwnerSeesTheStepsDueToStartMostUrgentFirst)
{
    const qint64 id = confirmedOrder(8);
    const PlanProposal plan = commit(id, t.salespersonId);
    ASSERT_FALSE(plan.plan.steps.isEmpty());

    t.actAs(t.salespersonId);
    const QList<WorkItem> items = MyWorkService(t.session()).items().value_or(QList<WorkItem>());
    QList<WorkItem> steps;
    for (const WorkItem& i : items)
        if (i.kind == QString(WorkItemKind::Step))
            steps << i;
    // 下料 starts today; 机加工 follows on the same centre within the look-ahead; shipping is
    // later and not listed yet.
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first().orderId, id);
    EXPECT_EQ(steps.first().due, QDate(2026, 6, 1));
    EXPECT_TRUE(steps.first().text.contains(QStringLiteral("下料"))) << steps.first().text.toStdString();
    for (const WorkItem& s : steps)
        EXPECT_LE(s.due, QDate(2026, 6, 1).addDays(MyWorkService::StepLookAheadDays));

    // The manager who planned it owns none of the steps.
    t.actAs(t.managerId);
    for (const QString& row : kindsAndNumbers(t.session()))
        EXPECT_FALSE(row.startsWith(QStringLiteral("step "))) << row.toStdString();
}

TEST_F(MyWorkPlans, TheManagerSeesAnOrderWhosePlanEndsAfterThePromisedDate)
{
    const qint64 onTime = confirmedOrder(1, QDate(2026, 6, 30));
    const qint64 tooEarly = confirmedOrder(8, QDate(2026, 6, 2));
    commit(onTime, t.managerId);
    const PlanProposal forced = commit(tooEarly, t.managerId, QDate(2026, 6, 2), QStringLiteral("客户坚持"));
    ASSERT_GT(forced.plan.earliestCompletion, QDate(2026, 6, 2));

    const QStringList rows = kindsAndNumbers(t.session());
    const QString orderNo = OrderIntakeService(t.session()).load(tooEarly)->orderNo;
    EXPECT_TRUE(rows.contains(QStringLiteral("late ") + orderNo)) << rows.join(u',').toStdString();
    EXPECT_EQ(rows.filter(QStringLiteral("late ")).size(), 1) << rows.join(u',').toStdString();
}

TEST(MyWorkFinance, FinanceInvoicesWhatShippedAndChasesWhatIsOverdue)
{
    SettlementBook book;
    Session& session = book.t().session();
    book.addOrder(book.customerA, {{1, "100"}}, QDate(2026, 5, 20));
    const qint64 billed = book.addOrder(book.customerB, {{1, "200"}}, QDate(2026, 3, 1));
    auto invoice = book.invoice({billed}, QDate(2026, 3, 2)); // due after 30 days: overdue today
    ASSERT_TRUE(invoice.has_value());

    const QStringList finance = kindsAndNumbers(session);
    EXPECT_TRUE(finance.contains(QStringLiteral("overdue ") + invoice->invoiceNo))
        << finance.join(u',').toStdString();
    ASSERT_EQ(finance.filter(QStringLiteral("invoice ")).size(), 1) << finance.join(u',').toStdString();
    // The overdue invoice (due in April) comes before the order shipped in May.
    EXPECT_TRUE(finance.first().startsWith(QStringLiteral("overdue "))) << finance.join(u',').toStdString();

    // The salesperson of the billed order chases it too; they do not invoice.
    book.t().actAs(book.t().salespersonId);
    EXPECT_EQ(kindsAndNumbers(session), QStringList{QStringLiteral("overdue ") + invoice->invoiceNo});

    // Another salesperson has nothing to chase.
    User other;
    other.name = QStringLiteral("chen");
    other.displayName = QStringLiteral("陈静");
    other.role = Role::Salesperson;
    const qint64 chen = book.t().addUser(other);
    book.t().actAs(chen);
    EXPECT_EQ(kindsAndNumbers(session), QStringList());

    // The customer's newest order is chen's: chen looks after the customer now and chases its
    // debts, as the Receivables page shows; the first salesperson no longer does.
    const qint64 newest = book.addOrder(book.customerB, {{1, "10"}}, QDate(2026, 5, 25));
    ASSERT_TRUE(book.db()
                    .exec(QStringLiteral("UPDATE orders SET salesperson_id = %1, salesperson_name = '陈静' "
                                         "WHERE id = %2")
                              .arg(chen)
                              .arg(newest))
                    .has_value());
    EXPECT_TRUE(kindsAndNumbers(session).contains(QStringLiteral("overdue ") + invoice->invoiceNo))
        << kindsAndNumbers(session).join(u',').toStdString();
    book.t().actAs(book.t().salespersonId);
    EXPECT_FALSE(kindsAndNumbers(session).contains(QStringLiteral("overdue ") + invoice->invoiceNo));
}
