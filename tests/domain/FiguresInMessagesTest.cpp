// Figures as a person reads them in messages, and the rules about figures nobody means to type:
// text that is too large for its unit, and quantities or totals far beyond the company's orders.
#include "FixedPoint.h"
#include "LocaleFormat.h"
#include "OrderValidator.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace od;
using fixed::DecimalProblem;

namespace {

class LocaleScope
{
public:
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(QLocale::c()); }
};

struct Fixture
{
    Order order;
    OrderValidationContext context;

    Fixture()
    {
        Customer customer;
        customer.id = 1;
        customer.name = QStringLiteral("华东机械有限公司");
        context.customer = customer;
        Product valve;
        valve.id = 10;
        valve.name = QStringLiteral("闸阀");
        context.products.insert(valve.id, valve);
        context.today = QDate(2026, 6, 1);
        order.customerId = 1;
        order.orderDate = QDate(2026, 6, 1);
        order.requestedDate = QDate(2026, 8, 1);
        order.taxRate = BasisPoints(); // totals without tax keep the figures below simple
        OrderLine line;
        line.productId = 10;
        line.unit = QStringLiteral("台");
        line.quantity = Quantity::fromUnits(200);
        line.unitPrice = *UnitPrice::parse(u"1446.40");
        order.lines << line;
    }
};

const ValidationIssue* find(const ValidationReport& report, const QString& code)
{
    for (const auto& issue : report.issues)
        if (issue.code == code)
            return &issue;
    return nullptr;
}

} // namespace

TEST(DecimalCheck, SaysWhetherTextIsMalformedHasTooManyDecimalsOrIsTooLarge)
{
    EXPECT_EQ(Quantity::check(u"12"), DecimalProblem::None);
    EXPECT_EQ(Quantity::check(u"1,000,000,000"), DecimalProblem::None); // the largest quantity
    EXPECT_EQ(Quantity::check(u"2.0005"), DecimalProblem::TooManyDecimals);
    EXPECT_EQ(Quantity::check(u"2.5000"), DecimalProblem::None); // trailing zeros are no precision
    EXPECT_EQ(Quantity::check(u"99999999999"), DecimalProblem::TooLarge);
    EXPECT_EQ(Quantity::check(u"1000000000.001"), DecimalProblem::TooLarge);
    EXPECT_EQ(Quantity::check(u"999999999999999999999999999999"), DecimalProblem::TooLarge);
    EXPECT_EQ(Quantity::check(u"99999999999.12345"), DecimalProblem::TooLarge);
    EXPECT_EQ(Quantity::check(u"12x"), DecimalProblem::Malformed);
    EXPECT_EQ(Quantity::check(u"1e5"), DecimalProblem::Malformed);
    EXPECT_EQ(Quantity::check(u"1.2.3"), DecimalProblem::Malformed);
    EXPECT_EQ(Quantity::check(u"-"), DecimalProblem::Malformed);
    EXPECT_EQ(UnitPrice::check(u"0.00125"), DecimalProblem::TooManyDecimals);
    EXPECT_EQ(UnitPrice::check(u"100000000001"), DecimalProblem::TooLarge);
    EXPECT_EQ(BasisPoints::check(u"7.5"), DecimalProblem::None);
    EXPECT_EQ(BasisPoints::check(u"7.555"), DecimalProblem::TooManyDecimals);
    // What check() accepts, parse() reads.
    for (const char16_t* text : {u"12", u"1,000,000,000", u"2.5000"})
        EXPECT_TRUE(Quantity::parse(text).has_value());
}

TEST(LocaleFormat, MoneyIsGroupedWithItsCurrencyAndDatesCannotBeMisread)
{
    {
        LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
        EXPECT_EQ(LocaleFormat::money(Money::fromMinor(14'464'005'374'144)),
                  QStringLiteral("¥144,640,053,741.44"));
        EXPECT_EQ(LocaleFormat::money(Money::fromMinor(-5)), QStringLiteral("-¥0.05"));
        EXPECT_EQ(LocaleFormat::money(Money::fromMinor(1200), QStringLiteral("USD")),
                  QStringLiteral("$12.00"));
        EXPECT_EQ(LocaleFormat::quantity(Quantity::fromUnits(99'999'999)), QStringLiteral("99,999,999"));
        EXPECT_EQ(LocaleFormat::quantity(*Quantity::parse(u"1234.5")), QStringLiteral("1,234.5"));
        EXPECT_EQ(LocaleFormat::unitPrice(*UnitPrice::parse(u"1150.0125")), QStringLiteral("¥1,150.0125"));
        EXPECT_EQ(LocaleFormat::date(QDate(2026, 12, 4)), QStringLiteral("Dec 4, 2026"));
        EXPECT_TRUE(LocaleFormat::dateTime(QDateTime(QDate(2026, 12, 4), QTime(15, 5)))
                        .startsWith(QStringLiteral("Dec 4, 2026 3:05")));
    }
    {
        LocaleScope chinese(QLocale(QLocale::Chinese, QLocale::China));
        EXPECT_EQ(LocaleFormat::date(QDate(2026, 12, 4)), QStringLiteral("2026-12-04"));
        EXPECT_EQ(LocaleFormat::dateTime(QDateTime(QDate(2026, 12, 4), QTime(15, 5))),
                  QStringLiteral("2026-12-04 15:05"));
        EXPECT_EQ(LocaleFormat::money(Money::fromMinor(123'456)), QStringLiteral("¥1,234.56"));
    }
    EXPECT_TRUE(LocaleFormat::date(QDate()).isEmpty());
}

TEST(OrderValidator, AQuantityFarBeyondAnyOrderOfTheProductIsAWarningNamingBothFigures)
{
    LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    Fixture f;
    f.context.largestQuantities.insert(10, Quantity::fromUnits(20));
    auto report = OrderValidator::validate(f.order, f.context); // 200 = 10 × 20: unusual, but seen
    EXPECT_EQ(find(report, QStringLiteral("unusual_quantity")), nullptr);

    f.order.lines[0].quantity = Quantity::fromUnits(99'999'999);
    report = OrderValidator::validate(f.order, f.context);
    const ValidationIssue* issue = find(report, QStringLiteral("unusual_quantity"));
    ASSERT_NE(issue, nullptr) << report.summary().toStdString();
    EXPECT_EQ(issue->severity, ValidationIssue::Severity::Warning);
    EXPECT_EQ(issue->line, 0);
    EXPECT_EQ(issue->field, QStringLiteral("quantity"));
    EXPECT_TRUE(issue->message.contains(QStringLiteral("99,999,999 台"))) << issue->message.toStdString();
    EXPECT_TRUE(issue->message.contains(QStringLiteral("20 台"))) << issue->message.toStdString();
    EXPECT_TRUE(issue->message.contains(QStringLiteral("闸阀")));
    EXPECT_FALSE(report.hasErrors());

    // A product nobody has ordered yet gives nothing to compare with.
    f.context.largestQuantities.clear();
    report = OrderValidator::validate(f.order, f.context);
    EXPECT_EQ(find(report, QStringLiteral("unusual_quantity")), nullptr);
}

TEST(OrderValidator, ATotalFarBeyondTheCustomersOrdersOrAnyonesIsAWarningInMoney)
{
    LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    Fixture f;                                                    // 200 × 1,446.40 = 289,280.00
    f.context.largestCustomerTotal = Money::fromMinor(2'892'800); // 28,928.00: exactly a tenth
    auto report = OrderValidator::validate(f.order, f.context);
    EXPECT_EQ(find(report, QStringLiteral("unusual_total")), nullptr);

    f.context.largestCustomerTotal = Money::fromMinor(2'000'000);
    f.context.largestTotal = Money::fromMinor(900'000'000); // someone else's big order does not excuse it
    report = OrderValidator::validate(f.order, f.context);
    const ValidationIssue* issue = find(report, QStringLiteral("unusual_total"));
    ASSERT_NE(issue, nullptr) << report.summary().toStdString();
    EXPECT_TRUE(issue->message.contains(QStringLiteral("¥289,280.00"))) << issue->message.toStdString();
    EXPECT_TRUE(issue->message.contains(QStringLiteral("¥20,000.00")));
    EXPECT_TRUE(issue->message.contains(QStringLiteral("华东机械有限公司")));

    // A new customer is measured against the company's largest order.
    f.context.largestCustomerTotal = Money();
    f.context.largestTotal = Money::fromMinor(1'000'000);
    report = OrderValidator::validate(f.order, f.context);
    issue = find(report, QStringLiteral("unusual_total"));
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->message.contains(QStringLiteral("¥10,000.00"))) << issue->message.toStdString();
}

TEST(OrderValidator, TheCreditWarningShowsMoneyNotRawDigits)
{
    LocaleScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    Fixture f;
    f.context.customer->creditLimit = Money::fromMinor(10'000'000); // 100,000.00
    f.order.lines[0].quantity = Quantity::fromUnits(99'999'999);
    const auto report = OrderValidator::validate(f.order, f.context);
    const ValidationIssue* issue = find(report, QStringLiteral("credit_limit"));
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->message.contains(QStringLiteral("¥144,639,998,553.60")))
        << issue->message.toStdString();
    EXPECT_TRUE(issue->message.contains(QStringLiteral("¥100,000.00")));
    EXPECT_FALSE(issue->message.contains(QStringLiteral("144639998553.60")));
}
