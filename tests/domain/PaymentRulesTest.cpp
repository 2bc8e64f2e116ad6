#include "PaymentRules.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

Money yuan(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

} // namespace

TEST(PaymentRules, RefusesWhatIsNotAPaymentNextToItsField)
{
    const QDate today(2026, 6, 1);
    Payment p;
    p.customerId = 7;
    p.date = today;
    p.amount = yuan("1000");
    p.reference = QStringLiteral("CMB20260601-0042");
    EXPECT_TRUE(PaymentRules::check(p, today).has_value());

    const auto fieldOf = [&](Payment changed) {
        auto ok = PaymentRules::check(changed, today);
        return ok ? QString() : ok.error().field;
    };
    Payment zero = p;
    zero.amount = Money();
    EXPECT_EQ(fieldOf(zero), QStringLiteral("amount"));
    Payment negative = p;
    negative.amount = yuan("-5");
    EXPECT_EQ(fieldOf(negative), QStringLiteral("amount"));
    Payment future = p;
    future.date = today.addDays(1);
    EXPECT_EQ(fieldOf(future), QStringLiteral("date"));
    Payment noReference = p;
    noReference.reference = QStringLiteral("  ");
    EXPECT_EQ(fieldOf(noReference), QStringLiteral("reference"));
    Payment bill = p;
    bill.method = PaymentMethod::AcceptanceBill;
    EXPECT_EQ(fieldOf(bill), QStringLiteral("bill_maturity"));
    bill.billMaturity = today.addDays(-1);
    EXPECT_EQ(fieldOf(bill), QStringLiteral("bill_maturity"));
    bill.billMaturity = today.addDays(180);
    EXPECT_EQ(fieldOf(bill), QString());
    Payment cash = p;
    cash.method = PaymentMethod::Cash;
    cash.billMaturity = today.addDays(180);
    EXPECT_EQ(fieldOf(cash), QStringLiteral("bill_maturity"));
    // Control characters (an escape sequence from a pasted bank line) are refused; a note keeps
    // its line breaks.
    Payment escaped = p;
    escaped.reference = QStringLiteral("CMB\x1b[2J");
    EXPECT_EQ(fieldOf(escaped), QStringLiteral("reference"));
    Payment noted = p;
    noted.note = QStringLiteral("first line\nsecond line");
    EXPECT_EQ(fieldOf(noted), QString());
    noted.note += QStringLiteral("\x07");
    EXPECT_EQ(fieldOf(noted), QStringLiteral("note"));
}

TEST(PaymentMethod, KeysReadBackAndOnlyABillHasAMaturity)
{
    QStringList keys;
    for (PaymentMethod m : PaymentMethodInfo::all()) {
        keys << PaymentMethodInfo::key(m);
        EXPECT_EQ(PaymentMethodInfo::fromKey(PaymentMethodInfo::key(m)), m);
        EXPECT_EQ(PaymentMethodInfo::needsMaturityDate(m), m == PaymentMethod::AcceptanceBill);
    }
    EXPECT_EQ(keys.join(u','), QStringLiteral("bank_transfer,acceptance_bill,cash,wechat,alipay"));
    EXPECT_FALSE(PaymentMethodInfo::fromKey(u"cheque"));
}
