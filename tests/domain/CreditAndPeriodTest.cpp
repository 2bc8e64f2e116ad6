#include "CollectionContact.h"
#include "CreditControl.h"
#include "PeriodLock.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

Money yuan(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

CreditExposure exposure(int daysOverdue, const char* outstanding = "0", const char* openOrders = "0",
                        const char* limit = "0", const char* advance = "0")
{
    CreditExposure e;
    e.maxDaysOverdue = daysOverdue;
    e.mostOverdueInvoice = QStringLiteral("INV-2026-000012");
    e.outstanding = yuan(outstanding);
    e.openOrders = yuan(openOrders);
    e.creditLimit = yuan(limit);
    e.advance = yuan(advance);
    return e;
}

} // namespace

TEST(CreditControl, OverdueByMoreThanTheDaysOfThePolicyHolds)
{
    CreditPolicy policy; // 30 days
    EXPECT_TRUE(CreditControl::reasons(policy, exposure(30)).isEmpty());
    EXPECT_EQ(CreditControl::reasons(policy, exposure(31)),
              QList<CreditHoldReason>{CreditHoldReason::Overdue});
    const QString why = CreditControl::describe(CreditHoldReason::Overdue, policy, exposure(31));
    EXPECT_TRUE(why.contains(QStringLiteral("INV-2026-000012")));
    EXPECT_TRUE(why.contains(QStringLiteral("31")));
    policy.holdWhenOverdue = false;
    EXPECT_TRUE(CreditControl::reasons(policy, exposure(400)).isEmpty());
}

TEST(CreditControl, OwedPlusOpenOrdersOverTheLimitHoldsNetOfTheAdvance)
{
    CreditPolicy policy;
    // 8,000 owed − 1,000 advance + 3,000 on order = 10,000: at the limit, not over it.
    EXPECT_TRUE(CreditControl::reasons(policy, exposure(0, "8000", "3000", "10000", "1000")).isEmpty());
    EXPECT_EQ(CreditControl::reasons(policy, exposure(0, "8000", "3000.01", "10000", "1000")),
              QList<CreditHoldReason>{CreditHoldReason::OverLimit});
    // No limit set: no hold for exposure.
    EXPECT_TRUE(CreditControl::reasons(policy, exposure(0, "8000000", "0", "0")).isEmpty());
    policy.holdOverLimit = false;
    EXPECT_TRUE(CreditControl::reasons(policy, exposure(0, "8000", "3000.01", "10000", "1000")).isEmpty());
}

TEST(CreditControl, OnlyAManagersReleaseLiftsAHoldAndOnlyUntilItsLastDay)
{
    const CreditPolicy policy;
    const CreditExposure late = exposure(45);
    const QDate today(2026, 6, 1);
    EXPECT_TRUE(CreditControl::standing(policy, late, std::nullopt, today).onHold());
    CreditRelease release{1,
                          7,
                          today,
                          QDate(2026, 6, 7),
                          2,
                          QStringLiteral("李经理"),
                          QStringLiteral("老客户,已承诺6月5日付款")};
    ASSERT_TRUE(CreditControl::checkRelease(release).has_value());
    const CreditStanding released = CreditControl::standing(policy, late, release, QDate(2026, 6, 7));
    EXPECT_TRUE(released.held());
    EXPECT_FALSE(released.onHold());
    EXPECT_TRUE(CreditControl::standing(policy, late, release, QDate(2026, 6, 8)).onHold());
    EXPECT_TRUE(CreditControl::standing(policy, late, release, QDate(2026, 5, 31)).onHold());
}

TEST(CreditControl, AReleaseNeedsAReasonAndALastDayWithinNinetyDays)
{
    CreditRelease release{0, 7, QDate(2026, 6, 1), QDate(2026, 6, 7), 2, {}, QStringLiteral(" ")};
    auto noReason = CreditControl::checkRelease(release);
    ASSERT_FALSE(noReason.has_value());
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    release.reason = QStringLiteral("特批");
    release.validUntil = QDate(2026, 5, 31);
    EXPECT_FALSE(CreditControl::checkRelease(release).has_value());
    release.validUntil = QDate(2026, 8, 31); // 91 days
    EXPECT_FALSE(CreditControl::checkRelease(release).has_value());
    release.validUntil = QDate(2026, 8, 30);
    EXPECT_TRUE(CreditControl::checkRelease(release).has_value());
    CreditPolicy policy;
    policy.overdueDays = -1;
    EXPECT_FALSE(CreditControl::checkPolicy(policy).has_value());
}

TEST(PeriodLock, AClosedMonthRefusesEveryDayInItAndOnlyThose)
{
    const PeriodLock lock({QDate(2026, 5, 17)});
    EXPECT_TRUE(lock.check(QDate(2026, 4, 30)).has_value());
    auto refused = lock.check(QDate(2026, 5, 1));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2026-05")));
    EXPECT_FALSE(lock.check(QDate(2026, 5, 31)).has_value());
    EXPECT_TRUE(lock.check(QDate(2026, 6, 1)).has_value());
    EXPECT_TRUE(lock.check(QDate()).has_value()); // no date, nothing to lock
    EXPECT_EQ(lock.closedMonths(), QList<QDate>{QDate(2026, 5, 1)});
}

TEST(PeriodLock, AMonthIsClosedAfterItsLastDayAndOnce)
{
    const PeriodLock lock({QDate(2026, 4, 1)});
    EXPECT_FALSE(lock.canClose(QDate(2026, 6, 1), QDate(2026, 6, 30)).has_value()); // not ended
    EXPECT_TRUE(lock.canClose(QDate(2026, 5, 1), QDate(2026, 6, 1)).has_value());
    EXPECT_FALSE(lock.canClose(QDate(2026, 5, 1), QDate(2026, 5, 31)).has_value());
    EXPECT_FALSE(lock.canClose(QDate(2026, 4, 1), QDate(2026, 6, 1)).has_value()); // already closed
    EXPECT_EQ(PeriodLock::monthKey(QDate(2026, 5, 9)), QStringLiteral("2026-05"));
    EXPECT_EQ(PeriodLock::monthFromKey(u"2026-05"), QDate(2026, 5, 1));
    EXPECT_FALSE(PeriodLock::monthFromKey(u"2026-13"));
    EXPECT_FALSE(PeriodLock::monthFromKey(u"2026-5"));
}

TEST(CollectionContact, APromiseIsBrokenWhenItsDayHasPassedWithoutThePromisedMoney)
{
    CollectionContact c;
    c.customerId = 7;
    c.contactedAt = QDateTime(QDate(2026, 5, 20), QTime(10, 0), Qt::UTC);
    c.promisedDate = QDate(2026, 5, 28);
    c.promisedAmount = yuan("5000");
    ASSERT_TRUE(CollectionContactRules::check(c).has_value());
    EXPECT_FALSE(CollectionContactRules::isBroken(c, Money(), QDate(2026, 5, 28))); // still its day
    EXPECT_TRUE(CollectionContactRules::isBroken(c, yuan("4999.99"), QDate(2026, 5, 29)));
    EXPECT_FALSE(CollectionContactRules::isBroken(c, yuan("5000"), QDate(2026, 5, 29)));
    c.promisedAmount.reset();
    EXPECT_TRUE(CollectionContactRules::isBroken(c, Money(), QDate(2026, 5, 29)));
    EXPECT_FALSE(CollectionContactRules::isBroken(c, yuan("0.01"), QDate(2026, 5, 29)));
}

TEST(CollectionContact, APromiseIsForADayAfterTheContactAndNeedsSomethingSaid)
{
    CollectionContact c;
    c.customerId = 7;
    c.contactedAt = QDateTime(QDate(2026, 5, 20), QTime(10, 0), Qt::UTC);
    EXPECT_EQ(CollectionContactRules::check(c).error().field, QStringLiteral("note"));
    c.promisedDate = QDate(2026, 5, 19);
    EXPECT_EQ(CollectionContactRules::check(c).error().field, QStringLiteral("promised_date"));
    c.promisedDate = QDate(2026, 5, 20);
    c.promisedAmount = yuan("0");
    EXPECT_EQ(CollectionContactRules::check(c).error().field, QStringLiteral("promised_amount"));
    c.promisedAmount = yuan("100");
    EXPECT_TRUE(CollectionContactRules::check(c).has_value());
    EXPECT_EQ(CollectionContactRules::channelFromKey(u"visit"), CollectionChannel::Visit);
}
