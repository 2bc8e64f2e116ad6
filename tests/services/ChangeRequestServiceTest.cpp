#include "ChangeRequestService.h"
#include "ChangeRules.h"
#include "MyWorkService.h"
#include "OrderPlanRepository.h"
#include "OrderQueryService.h"
#include "OrderStatusService.h"
#include "OrderValidator.h"
#include "PlanningFixture.h"
#include "PlanningService.h"
#include "ProgressService.h"

#include <QSqlQuery>

using namespace od;

// Change requests on confirmed and planned orders: the impact (totals with tax rounded as an
// order is, the earliest date on the capacity plan and the orders pushed later), the approval that
// makes a new revision, plans it and sends it back to the customer, rejection, the optimistic
// check against an order changed in between, and the bad input that must be refused whole.
//
// The shop floor (PlanningFixture): one centre of 8 h a day; a valve takes 2 h of cutting and then
// 1 h per unit of machining on the next day; shipping the working day after. Today is Monday
// 2026-06-01.

namespace {

class ChangeRequests : public test::PlanningFixture
{
protected:
    qint64 otherManager = 0;

    void SetUp() override
    {
        PlanningFixture::SetUp();
        User u;
        u.name = QStringLiteral("approver2");
        u.displayName = QStringLiteral("王经理");
        u.role = Role::Manager;
        otherManager = t.addUser(u);
    }

    void commitPlan(qint64 orderId)
    {
        auto committed = PlanningService(t.session()).commit(orderId, PlanCommitRequest{});
        ASSERT_TRUE(committed.has_value()) << committed.error().message.toStdString();
    }

    ChangeRequest quantityChange(qint64 orderId, int units)
    {
        ChangeRequest r;
        r.orderId = orderId;
        r.reason = QStringLiteral("客户追加数量");
        r.contact = QStringLiteral("陈经理");
        r.channel = ContactChannel::WeChat;
        r.quantities << ChangeQuantity{1, Quantity::fromUnits(units)};
        return r;
    }

    Order order(qint64 id) { return *OrderQueryService(t.session()).order(id); }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(ChangeRequests, ImpactRoundsLikeTheOrderPerLineHalfAwayFromZeroAndTaxPerDocument)
{
    const qint64 id = confirmedOrder(10); // 10 × 1,280.0000 = 12,800.00, tax 13 % 1,664.00
    ChangeRequest r = quantityChange(id, 7);
    // 7 × 1,280.0050 = 8,960.035 → 8,960.04; tax 1,164.8052 → 1,164.81; total 10,124.85.
    r.prices << ChangePrice{1, UnitPrice::fromRaw(12'800'050)};
    auto impact = ChangeRequestService(t.session()).impact(r);
    ASSERT_TRUE(impact.has_value()) << impact.error().message.toStdString();
    EXPECT_EQ(impact->oldTotal, Money::fromMinor(1'446'400));
    EXPECT_EQ(impact->after.subtotal, Money::fromMinor(896'004));
    EXPECT_EQ(impact->after.tax, Money::fromMinor(116'481));
    EXPECT_EQ(impact->newTotal, Money::fromMinor(1'012'485));
    EXPECT_EQ(impact->difference(), Money::fromMinor(-433'915));
    // Nothing of it reached the order.
    EXPECT_EQ(order(id).total, Money::fromMinor(1'446'400));
    EXPECT_EQ(order(id).lines.first().quantity, Quantity::fromUnits(10));
}

TEST_F(ChangeRequests, ImpactGivesTheNewEarliestDateAndTheOrdersPushedLater)
{
    const qint64 a = confirmedOrder(8); // cut Mon, machine Tue 8 h, ships Wed 06-03
    commitPlan(a);
    const qint64 b = confirmedOrder(6); // cut Mon, machine Wed 6 h, ships Thu 06-04
    commitPlan(b);
    const qint64 c = confirmedOrder(1); // behind both, fits on Thursday either way
    commitPlan(c);
    ASSERT_EQ(order(b).promisedDate, QDate(2026, 6, 4));

    // A at 12 units keeps its place: machining Tue 8 h + Wed 4 h, ships Thu; B's machining gets
    // Wed's last 4 h and 2 h on Thu, ships Fri: one day later.
    auto impact = ChangeRequestService(t.session()).impact(quantityChange(a, 12));
    ASSERT_TRUE(impact.has_value()) << impact.error().message.toStdString();
    EXPECT_EQ(impact->oldEarliest, QDate(2026, 6, 3));
    EXPECT_EQ(impact->newEarliest, QDate(2026, 6, 4));
    ASSERT_EQ(impact->pushed.size(), 2);
    EXPECT_EQ(impact->pushed[0].orderNo, order(b).orderNo);
    EXPECT_EQ(impact->pushed[0].days, 1);
    EXPECT_EQ(impact->pushed[0].after, QDate(2026, 6, 5));
    EXPECT_EQ(impact->pushed[1].orderNo, order(c).orderNo);

    // Fewer pieces push no one.
    auto smaller = ChangeRequestService(t.session()).impact(quantityChange(a, 6));
    ASSERT_TRUE(smaller.has_value());
    EXPECT_TRUE(smaller->pushed.isEmpty());
    EXPECT_EQ(smaller->newEarliest, QDate(2026, 6, 3));
}

TEST_F(ChangeRequests, ApprovalMakesANewRevisionPlansItAndSendsItBackUntilTheCustomerConfirms)
{
    const qint64 a = confirmedOrder(8);
    commitPlan(a);
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 12));
    ASSERT_TRUE(asked.has_value()) << asked.error().message.toStdString();
    EXPECT_EQ(asked->request.changeNo, QStringLiteral("CHG-2026-000001"));
    EXPECT_EQ(asked->request.status, ChangeStatus::WaitingApproval);
    EXPECT_EQ(order(a).revision, 1);
    EXPECT_EQ(order(a).status, OrderStatus::Planned);

    t.actAs(otherManager);
    auto approved = ChangeRequestService(t.session()).approve(asked->request.id, QStringLiteral("同意"));
    ASSERT_TRUE(approved.has_value()) << approved.error().message.toStdString();
    EXPECT_EQ(approved->status, ChangeStatus::WaitingCustomer);
    EXPECT_EQ(approved->newRevision, 2);
    const Order revised = order(a);
    EXPECT_EQ(revised.revision, 2);
    EXPECT_EQ(revised.status, OrderStatus::AwaitingConfirmation);
    EXPECT_EQ(revised.lines.first().quantity, Quantity::fromUnits(12));
    // Ready on 06-04, promised for the date the customer asked (06-10).
    EXPECT_EQ(revised.promisedDate, QDate(2026, 6, 10));
    auto plan = OrderPlanRepository(t.db()).forRevision(a, 2);
    ASSERT_TRUE(plan.has_value() && plan->has_value());
    EXPECT_TRUE((*plan)->committed);
    EXPECT_EQ((*plan)->earliestCompletion, QDate(2026, 6, 4));
    // The old plan gave its hours back: 2 + 12 hours on the centre in all.
    EXPECT_EQ(count(QStringLiteral("SELECT sum(hours) FROM work_centre_load")), 14'000);

    Confirmation c;
    c.contactName = QStringLiteral("陈经理");
    c.confirmedAt = QDateTime(QDate(2026, 6, 1), QTime(15, 0), Qt::UTC);
    ASSERT_TRUE(ConfirmationService(t.session()).record(a, 2, c).has_value());
    EXPECT_EQ(ChangeRequestService(t.session()).change(asked->request.id)->status, ChangeStatus::Done);
    // Confirmed again, it is planned again: production may report on the new plan.
    EXPECT_EQ(order(a).status, OrderStatus::Planned);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM order_events WHERE kind LIKE 'change_%'")), 3);
}

TEST_F(ChangeRequests, AChangeInProductionKeepsWhatWasMadeAndPlansOnlyWhatIsLeft)
{
    // 8 valves: 下料 (2 h) finished, 4 of 8 machined (1 h each).
    const qint64 a = confirmedOrder(8);
    commitPlan(a);
    auto report = [&](int stepNo, ProgressReport::Action action, int units = 0) {
        ProgressReport r;
        r.action = action;
        r.quantity = Quantity::fromUnits(units);
        auto done = ProgressService(t.session()).report(a, stepNo, r);
        ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    };
    // Reported by the plan's step numbers: 1 下料, 2 机加工, 3 shipping.
    report(1, ProgressReport::Action::Start);
    report(1, ProgressReport::Action::Finish);
    report(2, ProgressReport::Action::Start);
    report(2, ProgressReport::Action::Done, 4);
    ASSERT_EQ(order(a).status, OrderStatus::InProduction);

    // The customer wants 12: 4 more to cut, 8 left to machine.
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 12));
    ASSERT_TRUE(asked.has_value()) << asked.error().message.toStdString();
    t.actAs(otherManager);
    auto approved = ChangeRequestService(t.session()).approve(asked->request.id, QStringLiteral("同意"));
    ASSERT_TRUE(approved.has_value()) << approved.error().message.toStdString();
    auto plan = OrderPlanRepository(t.db()).forRevision(a, 2);
    ASSERT_TRUE(plan.has_value() && plan->has_value());
    QMap<int, OrderPlanStep> steps;
    for (const OrderPlanStep& s : (*plan)->steps)
        if (s.lineNo == 1)
            steps.insert(s.stepNo, s);
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps[10].status, PlanStepStatus::Started) << "8 of 12 cut: more to cut";
    EXPECT_EQ(steps[10].quantityDone, Quantity::fromUnits(8));
    EXPECT_EQ(steps[20].status, PlanStepStatus::Started);
    EXPECT_EQ(steps[20].quantityDone, Quantity::fromUnits(4));
    // Only what is left is planned: 8 of the 12 machining hours, 4/12 of the setup.
    EXPECT_EQ(steps[20].hours, Hours::fromWhole(8));
    EXPECT_LT(steps[10].hours, Hours::fromWhole(1));

    Confirmation c;
    c.contactName = QStringLiteral("陈经理");
    c.confirmedAt = QDateTime(QDate(2026, 6, 1), QTime(15, 0), Qt::UTC);
    ASSERT_TRUE(ConfirmationService(t.session()).record(a, 2, c).has_value());
    EXPECT_EQ(order(a).status, OrderStatus::InProduction) << "back where production left it";

    // Down to 4, all of them made already: nothing left to make, the steps stay done.
    auto fewer = ChangeRequestService(t.session()).request(quantityChange(a, 4));
    ASSERT_TRUE(fewer.has_value()) << fewer.error().message.toStdString();
    t.actAs(t.managerId);
    auto approvedFewer = ChangeRequestService(t.session()).approve(fewer->request.id, QStringLiteral("同意"));
    ASSERT_TRUE(approvedFewer.has_value()) << approvedFewer.error().message.toStdString();
    auto third = OrderPlanRepository(t.db()).forRevision(a, 3);
    ASSERT_TRUE(third.has_value() && third->has_value());
    int finished = 0;
    for (const OrderPlanStep& s : (*third)->steps)
        if (s.lineNo == 1 && s.status == PlanStepStatus::Finished && s.quantityDone == Quantity::fromUnits(4))
            ++finished;
    EXPECT_EQ(finished, 2);
    ASSERT_TRUE(ConfirmationService(t.session()).record(a, 3, c).has_value());
    EXPECT_EQ(order(a).status, OrderStatus::ReadyToShip) << "everything ordered is made";
}

TEST_F(ChangeRequests, RejectionNeedsAReasonAndLeavesTheOrderAsItWas)
{
    const qint64 a = confirmedOrder(8);
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 12));
    ASSERT_TRUE(asked.has_value());
    t.actAs(otherManager);
    EXPECT_FALSE(
        ChangeRequestService(t.session()).reject(asked->request.id, QStringLiteral("  ")).has_value());
    ASSERT_TRUE(
        ChangeRequestService(t.session()).reject(asked->request.id, QStringLiteral("产能不足")).has_value());
    auto r = ChangeRequestService(t.session()).change(asked->request.id);
    EXPECT_EQ(r->status, ChangeStatus::Rejected);
    EXPECT_EQ(r->decisionNote, QStringLiteral("产能不足"));
    EXPECT_EQ(order(a).revision, 1);
    EXPECT_EQ(order(a).status, OrderStatus::Confirmed);
    // Decided: a second decision is refused, and a new request may be asked.
    EXPECT_FALSE(ChangeRequestService(t.session()).approve(asked->request.id, {}).has_value());
    EXPECT_TRUE(ChangeRequestService(t.session()).request(quantityChange(a, 9)).has_value());
}

TEST_F(ChangeRequests, ApprovingOnesOwnRequestIsRefused)
{
    const qint64 a = confirmedOrder(8);
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 12));
    ASSERT_TRUE(asked.has_value());
    auto own = ChangeRequestService(t.session()).approve(asked->request.id, {});
    ASSERT_FALSE(own.has_value());
    EXPECT_EQ(own.error().kind, Error::Kind::Forbidden);
    EXPECT_EQ(order(a).revision, 1);
    // An administrator may approve what they asked themselves; here they did not ask, so they may.
    t.actAs(t.adminId);
    EXPECT_TRUE(ChangeRequestService(t.session())
                    .mayDecide(*ChangeRequestService(t.session()).change(asked->request.id)));
}

TEST_F(ChangeRequests, ApprovingARequestWhoseOrderChangedSinceIsRefusedAndSavesNothing)
{
    const qint64 a = confirmedOrder(8);
    commitPlan(a);
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 12));
    ASSERT_TRUE(asked.has_value());
    // Someone puts the order on hold in between.
    ASSERT_TRUE(OrderStatusService(t.session())
                    .transition(a, OrderStatus::OnHold, QStringLiteral("等客户"))
                    .has_value());
    const qint64 events = count(QStringLiteral("SELECT count(*) FROM order_events"));
    t.actAs(otherManager);
    auto approved = ChangeRequestService(t.session()).approve(asked->request.id, {});
    ASSERT_FALSE(approved.has_value());
    EXPECT_EQ(approved.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(order(a).revision, 1);
    EXPECT_EQ(ChangeRequestService(t.session()).change(asked->request.id)->status,
              ChangeStatus::WaitingApproval);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM order_events")), events);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM order_plans WHERE order_id = %1").arg(a)), 1);
}

TEST_F(ChangeRequests, ConcurrentApprovalsDecideOnce)
{
    const qint64 a = confirmedOrder(8);
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 12));
    ASSERT_TRUE(asked.has_value());
    t.actAs(otherManager);
    ASSERT_TRUE(ChangeRequestService(t.session()).approve(asked->request.id, {}).has_value());
    t.actAs(t.adminId);
    auto again = ChangeRequestService(t.session()).approve(asked->request.id, {});
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(order(a).revision, 2);
}

TEST_F(ChangeRequests, BadRequestsAreRefusedWholeWithTheirReason)
{
    const qint64 a = confirmedOrder(8);
    ChangeRequestService changes(t.session());

    // A second request while one is undecided.
    ASSERT_TRUE(changes.request(quantityChange(a, 12)).has_value());
    auto second = changes.request(quantityChange(a, 9));
    ASSERT_FALSE(second.has_value());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("CHG-2026-000001")));

    const qint64 b = confirmedOrder(2); // 2 × 1,280 = 2,560.00 + 332.80 tax = 2,892.80
    ChangeRequest cancel;
    cancel.orderId = b;
    cancel.reason = QStringLiteral("客户取消");
    cancel.cancel = true;
    cancel.cancelCharge = Money::fromMinor(289'281);
    auto tooMuch = changes.request(cancel);
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("charge"));

    ChangeRequest noLine = quantityChange(b, 3);
    noLine.quantities.first().lineNo = 7;
    EXPECT_FALSE(changes.request(noLine).has_value());
    ChangeRequest noReason = quantityChange(b, 3);
    noReason.reason = QStringLiteral(" ");
    EXPECT_EQ(changes.request(noReason).error().field, QStringLiteral("reason"));

    // A price with more decimals than a unit price has never reaches the service.
    auto price = ChangeRules::parsePrice(QStringLiteral("1280.00005"), QStringLiteral("第 1 行"));
    ASSERT_FALSE(price.has_value());
    EXPECT_TRUE(price.error().message.contains(QStringLiteral("1280.00005")));

    // An order not confirmed yet is edited, not changed by request.
    OrderIntakeService intake(t.session());
    Order draft = t.enterOrder(customer, valve);
    EXPECT_FALSE(changes.request(quantityChange(draft.id, 3)).has_value());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_requests")), 1);
}

TEST_F(ChangeRequests, ACancellationAfterPlanningRecordsItsChargeAndGivesTheCapacityBack)
{
    const qint64 a = confirmedOrder(8);
    commitPlan(a);
    ChangeRequest cancel;
    cancel.orderId = a;
    cancel.reason = QStringLiteral("项目取消");
    cancel.cancel = true;
    cancel.cancelCharge = Money::fromMinor(300'000);
    auto asked = ChangeRequestService(t.session()).request(cancel);
    ASSERT_TRUE(asked.has_value()) << asked.error().message.toStdString();
    EXPECT_EQ(asked->impact.newTotal, Money::fromMinor(300'000));
    EXPECT_FALSE(asked->impact.newEarliest.isValid());
    t.actAs(otherManager);
    auto approved = ChangeRequestService(t.session()).approve(asked->request.id, {});
    ASSERT_TRUE(approved.has_value()) << approved.error().message.toStdString();
    EXPECT_EQ(approved->status, ChangeStatus::Approved);
    EXPECT_EQ(approved->cancelCharge, Money::fromMinor(300'000));
    EXPECT_EQ(order(a).status, OrderStatus::Cancelled);
    EXPECT_EQ(count(QStringLiteral("SELECT coalesce(sum(hours), 0) FROM work_centre_load")), 0);
}

TEST_F(ChangeRequests, ApprovalsWaitInAManagersMyWorkAndRejectionsGoBackToWhoAsked)
{
    const qint64 a = confirmedOrder(8);
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 12));
    ASSERT_TRUE(asked.has_value());
    auto kinds = [&] {
        QStringList out;
        for (const WorkItem& w : MyWorkService(t.session()).items().value_or(QList<WorkItem>()))
            out << w.kind;
        return out;
    };
    // Not in the asker's own approvals (they may not approve it)…
    EXPECT_FALSE(kinds().contains(WorkItemKind::ChangeApproval));
    // …but in another manager's.
    t.actAs(otherManager);
    EXPECT_TRUE(kinds().contains(WorkItemKind::ChangeApproval));
    ASSERT_TRUE(
        ChangeRequestService(t.session()).reject(asked->request.id, QStringLiteral("产能不足")).has_value());
    EXPECT_FALSE(kinds().contains(WorkItemKind::ChangeApproval));
    t.actAs(t.managerId);
    EXPECT_TRUE(kinds().contains(WorkItemKind::ChangeRejected));
}

TEST_F(ChangeRequests, ThePlannerEntersTheCostOfScrapOrReworkWhileTheRequestIsUndecided)
{
    const qint64 a = confirmedOrder(8);
    auto asked = ChangeRequestService(t.session()).request(quantityChange(a, 4));
    ASSERT_TRUE(asked.has_value());
    ChangeRequestService changes(t.session());
    EXPECT_FALSE(changes.setScrapCost(asked->request.id, Money::fromMinor(-1), {}).has_value());
    ASSERT_TRUE(changes
                    .setScrapCost(asked->request.id, Money::fromMinor(125'000),
                                  QStringLiteral("4 件阀体已按旧图加工"))
                    .has_value());
    auto stored = changes.change(asked->request.id);
    EXPECT_EQ(stored->scrapCost, Money::fromMinor(125'000));
    EXPECT_EQ(changes.impactOf(asked->request.id)->scrapCost, Money::fromMinor(125'000));
    // A salesperson may not; nor may anyone once it is decided.
    t.actAs(t.salespersonId);
    EXPECT_FALSE(ChangeRequestService(t.session()).setScrapCost(asked->request.id, Money(), {}).has_value());
    t.actAs(otherManager);
    ASSERT_TRUE(
        ChangeRequestService(t.session()).reject(asked->request.id, QStringLiteral("不改")).has_value());
    EXPECT_FALSE(ChangeRequestService(t.session())
                     .setScrapCost(asked->request.id, Money::fromMinor(1), {})
                     .has_value());
}

TEST_F(ChangeRequests, AnotherSpecificationReachesTheLineOnlyWhenApproved)
{
    const qint64 a = confirmedOrder(8);
    ChangeRequest empty;
    empty.orderId = a;
    empty.reason = QStringLiteral("x");
    empty.specs << ChangeSpec{1, QStringLiteral("  ")};
    EXPECT_EQ(ChangeRequestService(t.session()).impact(empty).error().field, QStringLiteral("spec"));

    ChangeRequest r;
    r.orderId = a;
    r.reason = QStringLiteral("客户改用 HG/T 20592 法兰");
    r.specs << ChangeSpec{1, QStringLiteral("法兰按 HG/T 20592 PN16")};
    auto asked = ChangeRequestService(t.session()).request(r);
    ASSERT_TRUE(asked.has_value()) << asked.error().message.toStdString();
    EXPECT_EQ(asked->impact.difference(), Money());
    EXPECT_TRUE(order(a).lines.first().description.isEmpty());
    EXPECT_EQ(ChangeRequestService(t.session()).change(asked->request.id)->specs.size(), 1);
    t.actAs(otherManager);
    ASSERT_TRUE(ChangeRequestService(t.session()).approve(asked->request.id, {}).has_value());
    EXPECT_EQ(order(a).lines.first().description, QStringLiteral("法兰按 HG/T 20592 PN16"));
    EXPECT_EQ(order(a).revision, 2);
}

TEST_F(ChangeRequests, ANewDeliveryAddressBecomesTheOrdersOwnWhenApproved)
{
    const qint64 a = confirmedOrder(8);
    const QString notesBefore = order(a).notes;
    ChangeRequest tooLong;
    tooLong.orderId = a;
    tooLong.reason = QStringLiteral("x");
    tooLong.address = QString(OrderValidator::MaxDeliveryAddressLength + 1, QChar(u'路'));
    auto refused = ChangeRequestService(t.session()).impact(tooLong);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().field, QStringLiteral("address")) << refused.error().message.toStdString();

    ChangeRequest r;
    r.orderId = a;
    r.reason = QStringLiteral("客户新厂区投产");
    r.address = QStringLiteral("  宁波市北仑区新碶街道明州路 88 号 2 号门  ");
    auto asked = ChangeRequestService(t.session()).request(r);
    ASSERT_TRUE(asked.has_value()) << asked.error().message.toStdString();
    EXPECT_TRUE(order(a).deliveryAddress.isEmpty()); // nothing changes before the approval
    t.actAs(otherManager);
    ASSERT_TRUE(ChangeRequestService(t.session()).approve(asked->request.id, {}).has_value());
    const Order after = order(a);
    EXPECT_EQ(after.deliveryAddress, QStringLiteral("宁波市北仑区新碶街道明州路 88 号 2 号门"));
    EXPECT_EQ(after.notes, notesBefore);
    EXPECT_EQ(after.revision, 2);
}
