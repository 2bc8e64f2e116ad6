#include "AutomationRuleService.h"
#include "ChangeRequestService.h"
#include "InvoicingService.h"
#include "MyWorkService.h"
#include "OrderQueryService.h"
#include "OrderRepository.h"
#include "OrderValidator.h"
#include "PlanningFixture.h"
#include "ReviewService.h"
#include "RuleEngine.h"
#include "ShipmentService.h"
#include "UserRepository.h"

#include <QSqlQuery>

using namespace od;

// The rules that fire on events, in the event's own transaction: a small change approved without
// a manager (the same audited approval, the rule as its reason), a shipped order for finance, a
// late delivery's post-analysis for its salesperson. Each fires once; switched off, none fires.
// Today is Monday 2026-06-01 (PlanningFixture).

namespace {

class RuleEvents : public test::PlanningFixture
{
protected:
    qint64 logisticsId =
        t.addUser({0, QStringLiteral("qian"), QStringLiteral("钱进"), Role::LogisticsClerk, true});

    qint64 count(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    void setRule(const QString& key, bool on, const QMap<QString, QString>& values = {})
    {
        const qint64 was = t.session().user().id;
        t.actAs(t.managerId);
        AutomationRuleService rules(t.session());
        ASSERT_TRUE(rules.setEnabled(key, on).has_value());
        if (!values.isEmpty()) {
            ASSERT_TRUE(rules.setParameters(key, values).has_value());
        }
        t.actAs(was);
    }

    // The salesperson asks for unit price `price` (yuan, 4 decimals) on line 1 of their order.
    Result<ChangeRequestService::Outcome> askPrice(qint64 orderId, const char* price)
    {
        ChangeRequest r;
        r.orderId = orderId;
        r.reason = QStringLiteral("客户议价");
        r.contact = QStringLiteral("陈经理");
        r.channel = ContactChannel::Phone;
        r.prices << ChangePrice{1, *UnitPrice::parse(QString::fromLatin1(price))};
        return ChangeRequestService(t.session()).request(r);
    }

    QStringList work(qint64 userId)
    {
        t.actAs(userId);
        QStringList out;
        for (const WorkItem& i : MyWorkService(t.session()).items().value_or(QList<WorkItem>()))
            out << i.kind + u' ' + (i.orderNo.isEmpty() ? i.documentNo : i.orderNo);
        return out;
    }

    // An order production finished, promised for `promised`, stored as it stands.
    qint64 readyOrder(QDate promised)
    {
        static int next = 0;
        Order o;
        o.orderNo = QStringLiteral("SO-2026-%1").arg(900 + ++next, 6, 10, QLatin1Char('0'));
        o.customerId = customer;
        o.customerName = QStringLiteral("宁波港信阀门有限公司");
        o.salespersonId = t.salespersonId;
        o.status = OrderStatus::ReadyToShip;
        o.orderDate = QDate(2026, 4, 1);
        o.promisedDate = promised;
        OrderLine l;
        l.productId = valve;
        l.quantity = Quantity::fromUnits(2);
        l.unit = QStringLiteral("台");
        l.unitPrice = UnitPrice::fromRaw(12'800'000);
        o.lines << l;
        OrderValidator::recalculate(o);
        Transaction tx(t.db());
        EXPECT_TRUE(OrderRepository(t.db()).insert(o).has_value());
        EXPECT_TRUE(tx.commit().has_value());
        return o.id;
    }

    QString shipAndDeliver(qint64 orderId, QDate deliveredOn)
    {
        Session logistics(t.db(), **UserRepository(t.db()).byId(logisticsId));
        logistics.setToday(QDate(2026, 6, 1));
        Shipment s;
        s.orderId = orderId;
        s.carrier = QStringLiteral("顺丰速运");
        s.shipDate = QDate(2026, 5, 28);
        s.lines << ShipmentLine{1, Quantity::fromUnits(2)};
        auto shipped = ShipmentService(logistics).ship(s);
        EXPECT_TRUE(shipped.has_value()) << (shipped ? "" : shipped.error().message.toStdString());
        if (!shipped || !deliveredOn.isValid())
            return shipped ? shipped->shipmentNo : QString();
        auto delivered = ShipmentService(logistics).deliver(shipped->shipmentNo, {deliveredOn, {}, {}});
        EXPECT_TRUE(delivered.has_value()) << (delivered ? "" : delivered.error().message.toStdString());
        return shipped->shipmentNo;
    }
};

} // namespace

TEST_F(RuleEvents, ASmallChangeFromACustomerInGoodStandingIsApprovedByTheRuleInTheApprovalsTransaction)
{
    setRule(QStringLiteral("small_change_approval"), true,
            {{QStringLiteral("max_difference"), QStringLiteral("500.00")}});
    t.actAs(t.salespersonId);
    const qint64 a = confirmedOrder(8);
    // 8 × 0.50 more = 4.00, 4.52 with tax: small.
    auto asked = askPrice(a, "1280.50");
    ASSERT_TRUE(asked.has_value()) << asked.error().message.toStdString();
    auto decided = ChangeRequestService(t.session()).change(asked->request.id);
    ASSERT_TRUE(decided.has_value());
    EXPECT_EQ(decided->status, ChangeStatus::WaitingCustomer);
    EXPECT_EQ(decided->newRevision, 2);
    EXPECT_TRUE(decided->decisionNote.contains(QStringLiteral("4.52")))
        << decided->decisionNote.toStdString();
    EXPECT_TRUE(
        decided->decisionNote.contains(RuleCatalog::displayName(QStringLiteral("small_change_approval"))));
    const Order revised = *OrderQueryService(t.session()).order(a);
    EXPECT_EQ(revised.revision, 2);
    EXPECT_EQ(revised.status, OrderStatus::AwaitingConfirmation);
    // The same audited approval as a manager's, naming the rule; and the rule's own firing.
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM audit_log WHERE action = 'change.approve' AND changes LIKE "
                  "'%small_change_approval%'")),
              1);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'small_change_approval' AND "
                             "department = 'management'")),
        1);
    // Managers see it in My work; asking the rule again approves nothing twice.
    EXPECT_TRUE(work(t.managerId).contains(QStringLiteral("change_auto_approved ") + revised.orderNo));
    t.actAs(t.salespersonId);
    EXPECT_FALSE(ChangeRequestService(t.session()).approveByRule(asked->request.id).has_value());
    RuleEngine::changeSubmitted(t.session(), asked->request.id);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM rule_firings")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM order_revisions WHERE order_id = %1").arg(a)), 1);

    // Once the customer confirms the new revision, the managers' item is done.
    Confirmation c;
    c.contactName = QStringLiteral("陈经理");
    c.confirmedAt = QDateTime(QDate(2026, 6, 1), QTime(15, 0), Qt::UTC);
    ASSERT_TRUE(ConfirmationService(t.session()).record(a, 2, c).has_value());
    EXPECT_FALSE(work(t.managerId).contains(QStringLiteral("change_auto_approved ") + revised.orderNo));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE closed = 'done'")), 1);
}

TEST_F(RuleEvents, ALargeChangeACustomerOnHoldOrTheRuleSwitchedOffLeavesTheRequestToTheManagers)
{
    t.actAs(t.salespersonId);
    const qint64 a = confirmedOrder(8);
    // Off (the default): even a small change waits.
    auto off = askPrice(a, "1280.50");
    ASSERT_TRUE(off.has_value());
    EXPECT_EQ(ChangeRequestService(t.session()).change(off->request.id)->status,
              ChangeStatus::WaitingApproval);
    t.actAs(t.managerId);
    ASSERT_TRUE(
        ChangeRequestService(t.session()).reject(off->request.id, QStringLiteral("先不改")).has_value());

    setRule(QStringLiteral("small_change_approval"), true,
            {{QStringLiteral("max_difference"), QStringLiteral("500.00")}});
    t.actAs(t.salespersonId);
    // 8 × 100.00 more = 904.00 with tax: not small.
    auto large = askPrice(a, "1380.00");
    ASSERT_TRUE(large.has_value());
    EXPECT_EQ(ChangeRequestService(t.session()).change(large->request.id)->status,
              ChangeStatus::WaitingApproval);
    t.actAs(t.managerId);
    ASSERT_TRUE(
        ChangeRequestService(t.session()).reject(large->request.id, QStringLiteral("太贵")).has_value());

    // Small, but the customer is on credit hold.
    ASSERT_TRUE(
        t.db()
            .exec(QStringLiteral("INSERT INTO credit_holds (customer_id, placed_on, reasons) VALUES (%1, "
                                 "'2026-05-30', 'overdue')")
                      .arg(customer))
            .has_value());
    t.actAs(t.salespersonId);
    auto held = askPrice(a, "1280.50");
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(ChangeRequestService(t.session()).change(held->request.id)->status,
              ChangeStatus::WaitingApproval);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'small_change_approval'")),
        0);
    EXPECT_EQ(OrderQueryService(t.session()).order(a)->revision, 1);
}

TEST_F(RuleEvents, AnOrderShippedInFullTellsFinanceOnceUntilItIsInvoiced)
{
    const qint64 order = readyOrder(QDate(2026, 6, 10));
    shipAndDeliver(order, {});
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'shipped_tell_finance' AND "
                             "department = 'finance' AND subject_id = %1")
                  .arg(order)),
        1);
    const QString orderNo = (*OrderRepository(t.db()).load(order))->orderNo;
    const QStringList finance = work(t.financeId);
    // One row for the order: the rule's, in place of the computed one.
    EXPECT_EQ(finance.filter(orderNo).size(), 1) << finance.join(u',').toStdString();
    EXPECT_TRUE(finance.contains(QStringLiteral("invoice ") + orderNo));
    auto items = MyWorkService(t.session()).items();
    ASSERT_TRUE(items.has_value());
    EXPECT_TRUE(std::any_of(items->cbegin(), items->cend(),
                            [&](const WorkItem& i) { return i.orderNo == orderNo && i.firingId > 0; }));
    // Not the salesperson's, nor logistics'.
    EXPECT_FALSE(work(t.salespersonId).join(u',').contains(QStringLiteral("invoice ")));

    t.actAs(t.financeId);
    auto invoice = InvoicingService(t.session()).invoiceOrders({order}, QDate(2026, 6, 1));
    ASSERT_TRUE(invoice.has_value()) << invoice.error().message.toStdString();
    EXPECT_FALSE(work(t.financeId).join(u',').contains(orderNo));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE closed = 'done'")), 1);
}

TEST_F(RuleEvents, SwitchedOffFinanceIsNotToldByTheRule)
{
    setRule(QStringLiteral("shipped_tell_finance"), false);
    const qint64 order = readyOrder(QDate(2026, 6, 10));
    shipAndDeliver(order, {});
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM rule_firings")), 0);
    // The computed list is still finance's to work through.
    const QString orderNo = (*OrderRepository(t.db()).load(order))->orderNo;
    EXPECT_TRUE(work(t.financeId).contains(QStringLiteral("invoice ") + orderNo));
}

TEST_F(RuleEvents, ALateDeliveryAsksItsSalespersonForThePostAnalysisUntilItIsWritten)
{
    const qint64 onTime = readyOrder(QDate(2026, 6, 10));
    const qint64 late = readyOrder(QDate(2026, 5, 25));
    shipAndDeliver(onTime, QDate(2026, 5, 30));
    shipAndDeliver(late, QDate(2026, 5, 30));
    const QString lateNo = (*OrderRepository(t.db()).load(late))->orderNo;
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'late_delivery_review'")),
        1);
    EXPECT_EQ(
        count(QStringLiteral("SELECT user_id FROM rule_firings WHERE rule_key = 'late_delivery_review'")),
        t.salespersonId);
    QStringList mine = work(t.salespersonId);
    EXPECT_TRUE(mine.contains(QStringLiteral("review ") + lateNo)) << mine.join(u',').toStdString();
    auto items = MyWorkService(t.session()).items();
    const auto review = std::find_if(items->cbegin(), items->cend(), [](const WorkItem& i) {
        return i.kind == QLatin1String(WorkItemKind::Review);
    });
    ASSERT_NE(review, items->cend());
    EXPECT_EQ(review->due, QDate(2026, 5, 30).addDays(RuleEngine::ReviewWithinDays));
    EXPECT_TRUE(review->text.contains(QStringLiteral("5"))) << review->text.toStdString(); // 5 days late

    // Firing the same occasion again records nothing.
    RuleFiring again;
    again.ruleKey = RuleKey::LateDeliveryReview;
    again.subjectKind = RuleSubject::Order;
    again.subjectId = late;
    again.userId = t.salespersonId;
    {
        Transaction tx(t.db());
        auto fired = RuleEngine::fire(t.session(), again);
        ASSERT_TRUE(fired.has_value());
        EXPECT_FALSE(fired->has_value());
    }

    ReviewInput input;
    input.cause = ReviewCause::Logistics;
    input.happened = QStringLiteral("物流公司车辆调度延误");
    auto written = ReviewService(t.session()).record(lateNo, input);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    EXPECT_FALSE(work(t.salespersonId).join(u',').contains(QStringLiteral("review ")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE closed = 'done' AND rule_key = "
                                   "'late_delivery_review'")),
              1);
}

TEST_F(RuleEvents, SwitchedOffNoPostAnalysisIsAskedByTheRule)
{
    setRule(QStringLiteral("late_delivery_review"), false);
    const qint64 late = readyOrder(QDate(2026, 5, 25));
    shipAndDeliver(late, QDate(2026, 5, 30));
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'late_delivery_review'")),
        0);
    EXPECT_FALSE(work(t.salespersonId).join(u',').contains(QStringLiteral("review ")));
}
