#include "AutomationRuleService.h"
#include "ConfirmationService.h"
#include "MyWorkService.h"
#include "OrderQueryService.h"
#include "RuleEngine.h"
#include "RuleFiringService.h"
#include "SettlementBook.h"
#include "SettlementSettingsService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// 自动化规则: the manager switches rules on and tunes them (validated, audited, refused to a
// salesperson); the credit-hold rule is the settlement setting itself; the reminder rule fires
// once per order revision however often it runs, shows in the salesperson's My work in place of
// the computed chase, ends when the customer confirms, and may be dismissed by its owner only.

namespace {

class Rules : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000);

    qint64 count(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    RuleState state(const QString& key)
    {
        auto rules = AutomationRuleService(t.session()).list();
        EXPECT_TRUE(rules.has_value());
        for (const RuleState& s : rules.value_or(QList<RuleState>()))
            if (s.key == key)
                return s;
        ADD_FAILURE() << "no rule " << key.toStdString();
        return {};
    }

    // The salesperson's order sent today (real time: the sent time is the clock's), and the
    // business day moved `daysLater` after it.
    Order sendAndWait(int daysLater)
    {
        t.actAs(t.salespersonId);
        const Order sent = t.enterOrder(customer, valve, 1, true);
        t.session().setToday(QDate::currentDate().addDays(daysLater));
        return sent;
    }

    RuleEngine::Run run()
    {
        auto ran = RuleEngine(t.session()).runScheduled();
        EXPECT_TRUE(ran.has_value()) << (ran ? "" : ran.error().message.toStdString());
        return ran.value_or(RuleEngine::Run{});
    }

    QList<WorkItem> work() { return MyWorkService(t.session()).items().value_or(QList<WorkItem>()); }
};

} // namespace

TEST_F(Rules, ANewCompanyHasEveryRuleInItsDefaultStateAndTheCreditRuleIsTheSettlementSetting)
{
    auto rules = AutomationRuleService(t.session()).list();
    ASSERT_TRUE(rules.has_value()) << rules.error().message.toStdString();
    QStringList keys;
    for (const RuleState& s : *rules)
        keys << s.key;
    EXPECT_EQ(keys,
              (QStringList{QStringLiteral("confirmation_reminder"), QStringLiteral("small_change_approval"),
                           QStringLiteral("shipped_tell_finance"), QStringLiteral("credit_hold_overdue"),
                           QStringLiteral("late_delivery_review")}));
    EXPECT_TRUE(state(QStringLiteral("confirmation_reminder")).enabled);
    EXPECT_EQ(state(QStringLiteral("confirmation_reminder")).value(QStringLiteral("days")), 3);
    EXPECT_FALSE(state(QStringLiteral("small_change_approval")).enabled);
    EXPECT_EQ(state(QStringLiteral("small_change_approval")).value(QStringLiteral("max_difference")), 50'000);
    EXPECT_TRUE(state(QStringLiteral("credit_hold_overdue")).enabled);
    EXPECT_EQ(state(QStringLiteral("credit_hold_overdue")).value(QStringLiteral("days")), 30);
    EXPECT_EQ(state(QStringLiteral("confirmation_reminder")).firings, 0);

    // One value in one place: the rule reads the settlement setting, and writes it.
    t.actAs(t.managerId);
    SettlementSettingsService settlement(t.session());
    SettlementSettings s = *settlement.settings();
    s.creditPolicy.overdueDays = 45;
    ASSERT_TRUE(settlement.setSettings(s).has_value());
    EXPECT_EQ(state(QStringLiteral("credit_hold_overdue")).value(QStringLiteral("days")), 45);
    AutomationRuleService rulesService(t.session());
    ASSERT_TRUE(rulesService
                    .setParameters(QStringLiteral("credit_hold_overdue"),
                                   {{QStringLiteral("days"), QStringLiteral("10")}})
                    .has_value());
    ASSERT_TRUE(rulesService.setEnabled(QStringLiteral("credit_hold_overdue"), false).has_value());
    EXPECT_EQ(settlement.settings()->creditPolicy.overdueDays, 10);
    EXPECT_FALSE(settlement.settings()->creditPolicy.holdWhenOverdue);
    // No copy of it among the rules' rows; the table refuses one.
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM automation_rules WHERE rule_key = 'credit_hold_overdue'")),
        0);
    EXPECT_FALSE(t.db()
                     .exec(QStringLiteral("INSERT INTO automation_rules (rule_key, enabled) VALUES "
                                          "('credit_hold_overdue', 1)"))
                     .has_value());
}

TEST_F(Rules, OnlyManagersAndAdministratorsChangeRulesAndEachChangeIsAudited)
{
    AutomationRuleService rules(t.session()); // the salesperson
    EXPECT_FALSE(rules.mayChange());
    auto refused = rules.setEnabled(QStringLiteral("small_change_approval"), true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    EXPECT_FALSE(rules
                     .setParameters(QStringLiteral("confirmation_reminder"),
                                    {{QStringLiteral("days"), QStringLiteral("5")}})
                     .has_value());
    t.actAs(t.financeId);
    EXPECT_FALSE(AutomationRuleService(t.session())
                     .setEnabled(QStringLiteral("shipped_tell_finance"), false)
                     .has_value());
    EXPECT_FALSE(state(QStringLiteral("small_change_approval")).enabled);
    EXPECT_EQ(state(QStringLiteral("confirmation_reminder")).value(QStringLiteral("days")), 3);

    t.actAs(t.managerId);
    ASSERT_TRUE(AutomationRuleService(t.session())
                    .setEnabled(QStringLiteral("small_change_approval"), true)
                    .has_value());
    t.actAs(t.adminId);
    ASSERT_TRUE(AutomationRuleService(t.session())
                    .setParameters(QStringLiteral("small_change_approval"),
                                   {{QStringLiteral("max_difference"), QStringLiteral("800.50")}})
                    .has_value());
    const RuleState small = state(QStringLiteral("small_change_approval"));
    EXPECT_TRUE(small.enabled);
    EXPECT_EQ(small.value(QStringLiteral("max_difference")), 80'050);
    EXPECT_FALSE(small.changedBy.isEmpty());
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rule.enable' AND entity_label = "
                             "'small_change_approval'")),
        1);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rule.set' AND changes LIKE "
                             "'%800.50%'")),
        1);
}

TEST_F(Rules, UnknownRulesParametersAndBadValuesAreRefusedWithNothingChanged)
{
    t.actAs(t.managerId);
    AutomationRuleService rules(t.session());
    auto unknown = rules.setEnabled(QStringLiteral("no_such_rule"), true);
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().field, QStringLiteral("rule"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("confirmation_reminder")));

    auto param = rules.setParameters(QStringLiteral("confirmation_reminder"),
                                     {{QStringLiteral("weeks"), QStringLiteral("2")}});
    ASSERT_FALSE(param.has_value());
    EXPECT_EQ(param.error().field, QStringLiteral("parameter"));
    EXPECT_TRUE(param.error().message.contains(QStringLiteral("days")));
    EXPECT_FALSE(rules
                     .setParameters(QStringLiteral("shipped_tell_finance"),
                                    {{QStringLiteral("days"), QStringLiteral("2")}})
                     .has_value());

    for (const char* bad : {"0", "91", "abc", "2.5", ""}) {
        auto refused = rules.setParameters(QStringLiteral("confirmation_reminder"),
                                           {{QStringLiteral("days"), QString::fromLatin1(bad)}});
        ASSERT_FALSE(refused.has_value()) << bad;
        EXPECT_EQ(refused.error().field, QStringLiteral("days")) << bad;
    }
    for (const char* bad : {"-1", "0", "1.234", "12,00", "20000000"}) {
        auto refused = rules.setParameters(QStringLiteral("small_change_approval"),
                                           {{QStringLiteral("max_difference"), QString::fromLatin1(bad)}});
        ASSERT_FALSE(refused.has_value()) << bad;
        EXPECT_EQ(refused.error().field, QStringLiteral("max_difference")) << bad;
    }
    auto overdue = rules.setParameters(QStringLiteral("credit_hold_overdue"),
                                       {{QStringLiteral("days"), QStringLiteral("366")}});
    ASSERT_FALSE(overdue.has_value());
    EXPECT_EQ(overdue.error().field, QStringLiteral("days"));
    EXPECT_EQ(state(QStringLiteral("confirmation_reminder")).value(QStringLiteral("days")), 3);
    EXPECT_EQ(state(QStringLiteral("small_change_approval")).value(QStringLiteral("max_difference")), 50'000);
    EXPECT_EQ(state(QStringLiteral("credit_hold_overdue")).value(QStringLiteral("days")), 30);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'rule.%'")), 0);
}

TEST_F(Rules, AConfirmationPendingTooLongIsRemindedOnceAndOnlyOnceAndEndsWhenConfirmed)
{
    // Three days after sending is not "more than three days".
    const Order sent = sendAndWait(3);
    EXPECT_EQ(run().fired, 0);
    t.session().setToday(QDate::currentDate().addDays(4));
    EXPECT_EQ(run().fired, 1);
    EXPECT_EQ(run().fired, 0); // run twice: one firing
    EXPECT_EQ(RuleEngine(t.session()).runScheduled()->fired, 0);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'confirmation_reminder'")),
        1);
    EXPECT_EQ(state(QStringLiteral("confirmation_reminder")).firings, 1);
    EXPECT_TRUE(state(QStringLiteral("confirmation_reminder")).lastFired.isValid());

    // One row in My work for the order: the reminder, in place of the computed chase.
    const QList<WorkItem> items = work();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().kind, QString(WorkItemKind::Confirmation));
    EXPECT_EQ(items.first().orderNo, sent.orderNo);
    EXPECT_GT(items.first().firingId, 0);
    EXPECT_EQ(items.first().rule, QStringLiteral("confirmation_reminder"));
    EXPECT_EQ(items.first().due, QDate::currentDate().addDays(3));
    EXPECT_TRUE(items.first().isOverdue(t.session().today()));
    // The order's audit trail names the rule.
    auto history = OrderQueryService(t.session()).history(sent.id);
    ASSERT_TRUE(history.has_value());
    EXPECT_TRUE(std::any_of(history->cbegin(), history->cend(),
                            [](const AuditEntry& a) { return a.action == QLatin1String("rule.fire"); }));
    // Nobody else's My work has it.
    t.actAs(t.managerId);
    for (const WorkItem& i : work())
        EXPECT_NE(i.orderNo, sent.orderNo);

    t.actAs(t.salespersonId);
    Confirmation c;
    c.contactName = QStringLiteral("陈经理");
    c.confirmedAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(ConfirmationService(t.session()).record(sent.id, sent.revision, c).has_value());
    // (The order, due 2026-07-01, is late by the moved calendar: the early warning says so instead.)
    for (const WorkItem& i : work())
        EXPECT_NE(i.kind, QString(WorkItemKind::Confirmation)) << i.text.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM rule_firings WHERE closed = 'done'")), 1);
    EXPECT_EQ(run().fired, 0);
}

TEST_F(Rules, ADisabledRuleDoesNotFireAndItsDaysAreTheCompanysChaseDays)
{
    sendAndWait(6);
    t.actAs(t.managerId);
    ASSERT_TRUE(AutomationRuleService(t.session())
                    .setEnabled(QStringLiteral("confirmation_reminder"), false)
                    .has_value());
    t.actAs(t.salespersonId);
    EXPECT_EQ(run().fired, 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM rule_firings")), 0);
    // The queue is still there, computed; only the reminder is gone.
    ASSERT_EQ(work().size(), 1);
    EXPECT_EQ(work().first().firingId, 0);

    t.actAs(t.managerId);
    ASSERT_TRUE(AutomationRuleService(t.session())
                    .setEnabled(QStringLiteral("confirmation_reminder"), true)
                    .has_value());
    ASSERT_TRUE(AutomationRuleService(t.session())
                    .setParameters(QStringLiteral("confirmation_reminder"),
                                   {{QStringLiteral("days"), QStringLiteral("7")}})
                    .has_value());
    t.actAs(t.salespersonId);
    EXPECT_EQ(run().fired, 0); // six days are not more than seven
    EXPECT_EQ(work().first().due, QDate::currentDate().addDays(7));
    t.session().setToday(QDate::currentDate().addDays(8));
    EXPECT_EQ(run().fired, 1);
}

TEST_F(Rules, OnlyWhoAReminderIsForDismissesItAndThenItIsGoneFromMyWork)
{
    const Order sent = sendAndWait(5);
    run();
    const QList<WorkItem> items = work();
    ASSERT_EQ(items.size(), 1);
    const qint64 firing = items.first().firingId;

    t.actAs(t.managerId);
    auto notTheirs = RuleFiringService(t.session()).dismiss(firing);
    ASSERT_FALSE(notTheirs.has_value());
    EXPECT_EQ(notTheirs.error().kind, Error::Kind::NotFound);

    t.actAs(t.salespersonId);
    ASSERT_TRUE(RuleFiringService(t.session()).dismiss(firing).has_value());
    EXPECT_TRUE(work().isEmpty()); // neither the reminder nor the computed chase
    auto again = RuleFiringService(t.session()).dismiss(firing);
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(run().fired, 0); // dismissed is not forgotten: no second firing
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rule.dismiss'")), 1);
    // A firing is never deleted nor opened again.
    EXPECT_FALSE(t.db().exec(QStringLiteral("DELETE FROM rule_firings")).has_value());
    EXPECT_FALSE(
        t.db().exec(QStringLiteral("UPDATE rule_firings SET closed = NULL, closed_at = NULL")).has_value());
    Q_UNUSED(sent);
}

TEST(RulesCredit, AnInvoiceOverdueLongerThanTheRuleHoldsTheCustomerOnceAndTellsTheManagers)
{
    test::SettlementBook book;
    const qint64 order = book.addOrder(book.customerB, {{1, "200"}}, QDate(2026, 3, 1));
    ASSERT_TRUE(book.invoice({order}, QDate(2026, 3, 2)).has_value()); // due 04-01: 61 days overdue on 06-01
    Session& session = book.t().session();
    book.t().actAs(book.t().managerId);
    ASSERT_TRUE(AutomationRuleService(session)
                    .setParameters(QStringLiteral("credit_hold_overdue"),
                                   {{QStringLiteral("days"), QStringLiteral("90")}})
                    .has_value());
    EXPECT_EQ(RuleEngine(session).runScheduled()->fired, 0); // 61 days are not more than 90
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM credit_holds")), 0);

    ASSERT_TRUE(AutomationRuleService(session)
                    .setParameters(QStringLiteral("credit_hold_overdue"),
                                   {{QStringLiteral("days"), QStringLiteral("30")}})
                    .has_value());
    EXPECT_EQ(RuleEngine(session).runScheduled()->fired, 1);
    EXPECT_EQ(RuleEngine(session).runScheduled()->fired, 0);
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM credit_holds WHERE lifted_on IS NULL")), 1);
    EXPECT_EQ(
        book.number(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_key = 'credit_hold_overdue' "
                                   "AND department = 'management'")),
        1);
    const QList<WorkItem> managers = MyWorkService(session).items().value_or(QList<WorkItem>());
    const auto held = std::find_if(managers.cbegin(), managers.cend(), [](const WorkItem& i) {
        return i.kind == QLatin1String(WorkItemKind::CreditHold);
    });
    ASSERT_NE(held, managers.cend());
    EXPECT_EQ(held->customerId, book.customerB);
    EXPECT_EQ(held->documentNo, QStringLiteral("C-B"));

    // Finance is not told (the overdue invoice is in its list already); switched off, nothing holds.
    book.t().actAs(book.t().financeId);
    for (const WorkItem& i : MyWorkService(session).items().value_or(QList<WorkItem>()))
        EXPECT_NE(i.kind, QString(WorkItemKind::CreditHold));
}

TEST(RulesCredit, SwitchedOffTheCreditRuleHoldsNoOneForAnOverdueInvoice)
{
    test::SettlementBook book;
    const qint64 order = book.addOrder(book.customerB, {{1, "200"}}, QDate(2026, 3, 1));
    ASSERT_TRUE(book.invoice({order}, QDate(2026, 3, 2)).has_value());
    Session& session = book.t().session();
    book.t().actAs(book.t().managerId);
    ASSERT_TRUE(
        AutomationRuleService(session).setEnabled(QStringLiteral("credit_hold_overdue"), false).has_value());
    EXPECT_EQ(RuleEngine(session).runScheduled()->fired, 0);
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM credit_holds")), 0);
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM rule_firings")), 0);
}
