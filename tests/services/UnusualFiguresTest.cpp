// The intake compares a new order with the orders the company has really taken: a quantity or a
// total ten times anything seen before is a warning that names both figures.
#include "ConfirmationService.h"
#include "OrderFiguresRepository.h"
#include "OrderIntakeService.h"
#include "OrderStatusService.h"
#include "TestDatabase.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace od;

namespace {

class UnusualFigures : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    test::TestDatabase t;
    qint64 east = t.addCustomer(QStringLiteral("C001"), QStringLiteral("华东机械有限公司"));
    qint64 west = t.addCustomer(QStringLiteral("C002"), QStringLiteral("西部泵业"));
    qint64 valve = t.addProduct(QStringLiteral("V-100"), QStringLiteral("球阀"), 1'250'000); // 125.00
    OrderIntakeService intake{t.session()};

    Order order(qint64 customer, qint64 units)
    {
        Order o = intake.newDraft();
        o.customerId = customer;
        o.requestedDate = QDate(2026, 8, 1);
        OrderLine line;
        line.productId = valve;
        line.quantity = Quantity::fromUnits(units);
        line.unitPrice = UnitPrice::fromRaw(1'250'000);
        o.lines << line;
        return o;
    }

    // An order the customer confirmed: it counts as one the company has taken.
    qint64 taken(qint64 customer, qint64 units)
    {
        Order o = order(customer, units);
        auto sent = intake.submitForConfirmation(o, true);
        EXPECT_TRUE(sent.has_value() && sent->saved);
        Confirmation c;
        c.contactName = QStringLiteral("刘经理");
        c.confirmedAt = QDateTime::currentDateTimeUtc();
        EXPECT_TRUE(ConfirmationService(t.session()).record(o.id, o.revision, c).has_value());
        return o.id;
    }

    QStringList warnings(Order o)
    {
        auto report = intake.validate(o);
        EXPECT_TRUE(report.has_value());
        QStringList codes;
        for (const auto& issue : report->issues)
            codes << issue.code + u' ' + issue.message;
        return codes;
    }

    static bool has(const QStringList& issues, const QString& code)
    {
        for (const QString& issue : issues)
            if (issue.startsWith(code + u' '))
                return true;
        return false;
    }
};

} // namespace

TEST_F(UnusualFigures, TheRepositoryReadsTheLargestFiguresOfConfirmedOrdersOnly)
{
    OrderFiguresRepository figures(t.db());
    taken(east, 20);
    const qint64 big = taken(west, 40);
    Order draft = order(east, 5000); // a draft is no order yet, nor one waiting for the customer
    ASSERT_TRUE(intake.saveDraft(draft, true)->saved);
    Order waiting = order(east, 6000);
    ASSERT_TRUE(intake.submitForConfirmation(waiting, true)->saved);
    Order cancelled = order(east, 7000);
    ASSERT_TRUE(intake.saveDraft(cancelled, true)->saved);
    ASSERT_TRUE(
        OrderStatusService(t.session()).transition(cancelled.id, OrderStatus::Cancelled, {}).has_value());

    auto largest = figures.largestQuantities({valve, 999}, 0);
    ASSERT_TRUE(largest.has_value());
    EXPECT_EQ(largest->value(valve).raw(), 40'000);
    EXPECT_FALSE(largest->contains(999));
    EXPECT_EQ(figures.largestQuantities({valve}, big)->value(valve).raw(), 20'000); // leaving that order out

    EXPECT_EQ(figures.largestTotal(east, 0)->minor(), 282'500); // 20 × 125.00 + 13% tax
    EXPECT_EQ(figures.largestTotal(0, 0)->minor(), 565'000);
    EXPECT_EQ(figures.largestTotal(0, big)->minor(), 282'500);
}

TEST_F(UnusualFigures, AQuantityTenTimesBeyondAnyOrderIsAWarningAndTheOrderItselfDoesNotCount)
{
    taken(east, 20);
    EXPECT_FALSE(has(warnings(order(east, 200)), QStringLiteral("unusual_quantity")));
    const QStringList issues = warnings(order(east, 99'999'999));
    ASSERT_TRUE(has(issues, QStringLiteral("unusual_quantity"))) << issues.join(u'\n').toStdString();
    EXPECT_TRUE(issues.join(u'\n').contains(QStringLiteral("99,999,999")))
        << issues.join(u'\n').toStdString();
    EXPECT_TRUE(has(issues, QStringLiteral("unusual_total")));

    // Sent with the warning accepted, the order is still measured against the confirmed ones.
    Order sent = order(east, 99'999'999);
    auto outcome = intake.submitForConfirmation(sent, true);
    ASSERT_TRUE(outcome.has_value() && outcome->saved);
    EXPECT_TRUE(has(warnings(sent), QStringLiteral("unusual_quantity")));
    // Saving it without accepting the warnings is refused with the warning to show.
    Order again = order(east, 99'999'999);
    auto refused = intake.saveDraft(again, false);
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(refused->saved);
    EXPECT_TRUE(refused->report.contains(QStringLiteral("unusual_quantity")));
}
