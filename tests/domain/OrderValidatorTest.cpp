#include "OrderValidator.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

struct Fixture
{
    Order order;
    OrderValidationContext context;

    Fixture()
    {
        Customer c;
        c.id = 1;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("上海申通阀门有限公司");
        c.creditLimit = *Money::parse(u"100000");
        context.customer = c;
        Product valve;
        valve.id = 10;
        valve.sku = QStringLiteral("Z41H-16C-DN100");
        valve.name = QStringLiteral("闸阀");
        valve.unitPrice = *UnitPrice::parse(u"1280");
        valve.leadTimeDays = 30;
        valve.requiresSpec = true;
        context.products.insert(valve.id, valve);
        context.today = QDate(2026, 6, 1);
        order.customerId = 1;
        order.orderDate = QDate(2026, 6, 1);
        order.requestedDate = QDate(2026, 8, 1);
        order.taxRate = BasisPoints::fromRaw(1300);
        OrderLine line;
        line.productId = 10;
        line.description = QStringLiteral("DN100 PN16 WCB 法兰连接");
        line.quantity = Quantity::fromUnits(2);
        line.unitPrice = *UnitPrice::parse(u"1280");
        order.lines << line;
    }
};

} // namespace

TEST(OrderValidator, ACompleteOrderHasNoIssuesAndCorrectTotals)
{
    Fixture f;
    const auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_TRUE(report.issues.isEmpty()) << report.summary().toStdString();
    EXPECT_EQ(f.order.subtotal.minor(), 256000);
    EXPECT_EQ(f.order.tax.minor(), 33280);
    EXPECT_EQ(f.order.total.minor(), 289280);
}

TEST(OrderValidator, BlockingErrors)
{
    Fixture f;
    f.context.customer.reset();
    f.order.lines[0].quantity = Quantity::fromRaw(0);
    f.order.lines[0].unitPrice = UnitPrice::fromRaw(-1);
    const auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_TRUE(report.hasErrors());
    EXPECT_TRUE(report.contains(QStringLiteral("no_customer")));
    EXPECT_TRUE(report.contains(QStringLiteral("bad_quantity")));
    EXPECT_TRUE(report.contains(QStringLiteral("negative_price")));
    EXPECT_EQ(report.forField(QStringLiteral("quantity"), 0).size(), 1);
}

TEST(OrderValidator, NoLinesAndInactiveProductBlock)
{
    Fixture f;
    f.context.products[10].active = false;
    auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_TRUE(report.contains(QStringLiteral("inactive_product")));
    f.order.lines.clear();
    report = OrderValidator::validate(f.order, f.context);
    EXPECT_TRUE(report.contains(QStringLiteral("no_lines")));
}

TEST(OrderValidator, TooEarlyDateIsAWarningNamingTheEarliestDate)
{
    Fixture f;
    f.order.requestedDate = QDate(2026, 6, 20); // 19 days; the valve needs 30
    const auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_FALSE(report.hasErrors());
    ASSERT_TRUE(report.contains(QStringLiteral("lead_time")));
    EXPECT_TRUE(report.summary().contains(QStringLiteral("2026-07-01")));
}

TEST(OrderValidator, CreditLimitCountsOtherOpenOrders)
{
    Fixture f;
    f.context.otherOpenOrdersTotal = *Money::parse(u"98000");
    auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_TRUE(report.contains(QStringLiteral("credit_limit")));
    EXPECT_FALSE(report.hasErrors());
    f.context.otherOpenOrdersTotal = *Money::parse(u"90000");
    report = OrderValidator::validate(f.order, f.context);
    EXPECT_FALSE(report.contains(QStringLiteral("credit_limit")));
}

TEST(OrderValidator, EmptySpecOnMadeToOrderProductIsAWarning)
{
    Fixture f;
    f.order.lines[0].description = QStringLiteral("  ");
    const auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_TRUE(report.contains(QStringLiteral("missing_spec")));
    EXPECT_EQ(report.forField(QStringLiteral("description"), 0).size(), 1);
    EXPECT_FALSE(report.hasErrors());
}

TEST(OrderValidator, OverflowIsAnErrorOnTheLine)
{
    Fixture f;
    f.order.lines[0].quantity = *Quantity::parse(u"999999999");
    f.order.lines[0].unitPrice = *UnitPrice::parse(u"99999999999");
    const auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_TRUE(report.contains(QStringLiteral("overflow")));
    EXPECT_TRUE(report.hasErrors());
}

TEST(OrderValidator, TotalsAreSumsOfRoundedLines)
{
    Fixture f;
    f.context.products[10].requiresSpec = false;
    f.order.lines.clear();
    for (int i = 0; i < 3; ++i) {
        OrderLine l;
        l.productId = 10;
        l.quantity = Quantity::fromUnits(1);
        l.unitPrice = *UnitPrice::parse(u"0.005"); // each line rounds up to 0.01
        f.order.lines << l;
    }
    f.order.taxRate = BasisPoints();
    OrderValidator::recalculate(f.order);
    EXPECT_EQ(f.order.subtotal.minor(), 3); // not round(0.015) = 0.02
}
