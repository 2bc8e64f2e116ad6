#include "CustomerStatement.h"
#include "DaysSalesOutstanding.h"
#include "InvoiceStatus.h"
#include "OrderSettlement.h"
#include "ReceivablesAgeing.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

Money yuan(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

const QDate kAsOf(2026, 6, 1);

} // namespace

TEST(ReceivablesAgeing, BucketsByDaysPastTheDueDateOnKnownDates)
{
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 7, 1), kAsOf), AgeingBucket::Current);
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 6, 1), kAsOf), AgeingBucket::Current); // due today
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 5, 31), kAsOf), AgeingBucket::Days1To30);
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 5, 2), kAsOf), AgeingBucket::Days1To30);  // 30 days
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 5, 1), kAsOf), AgeingBucket::Days31To60); // 31
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 4, 2), kAsOf), AgeingBucket::Days31To60); // 60
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 4, 1), kAsOf), AgeingBucket::Days61To90); // 61
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 3, 3), kAsOf), AgeingBucket::Days61To90); // 90
    EXPECT_EQ(ReceivablesAgeing::bucketFor(QDate(2026, 3, 2), kAsOf), AgeingBucket::Over90);     // 91
    EXPECT_EQ(InvoiceStatusInfo::daysOverdue(QDate(2026, 3, 2), kAsOf), 91);
}

TEST(ReceivablesAgeing, AddsUpEachBucketAndTheTotal)
{
    const AgeingBuckets b = ReceivablesAgeing::age({{QDate(2026, 6, 15), yuan("100.00")},
                                                    {QDate(2026, 5, 20), yuan("20.50")},
                                                    {QDate(2026, 5, 25), yuan("0.01")},
                                                    {QDate(2026, 1, 1), yuan("999.99")}},
                                                   kAsOf);
    EXPECT_EQ(b[AgeingBucket::Current], yuan("100.00"));
    EXPECT_EQ(b[AgeingBucket::Days1To30], yuan("20.51"));
    EXPECT_TRUE(b[AgeingBucket::Days31To60].isZero());
    EXPECT_EQ(b[AgeingBucket::Over90], yuan("999.99"));
    EXPECT_EQ(b.total(), yuan("1120.50"));
    EXPECT_EQ(b.overdue(), yuan("1020.50"));
    QStringList keys;
    for (AgeingBucket bucket : ReceivablesAgeing::all())
        keys << ReceivablesAgeing::key(bucket);
    EXPECT_EQ(keys.join(u','), QStringLiteral("current,1_30,31_60,61_90,over_90"));
}

TEST(DaysSalesOutstanding, ReceivablesOverCreditSalesTimesTheDays)
{
    // 300,000.00 owed after 900,000.00 of sales in 90 days: 30.0 days.
    EXPECT_EQ(DaysSalesOutstanding::tenthsOfDays(yuan("300000"), yuan("900000")), 300);
    // 1.00 / 7.00 × 90 = 12.857… → 12.9
    EXPECT_EQ(DaysSalesOutstanding::tenthsOfDays(yuan("1"), yuan("7")), 129);
    EXPECT_EQ(DaysSalesOutstanding::format(129), QStringLiteral("12.9"));
    // Half a tenth rounds away from zero: 0.01 / 18.00 × 90 = 0.05 → 0.1.
    EXPECT_EQ(DaysSalesOutstanding::tenthsOfDays(yuan("0.01"), yuan("18"), 90), 1);
    EXPECT_EQ(DaysSalesOutstanding::tenthsOfDays(yuan("0.01"), yuan("18.01"), 90), 0);
    // Over 30 days.
    EXPECT_EQ(DaysSalesOutstanding::tenthsOfDays(yuan("500"), yuan("1000"), 30), 150);
    EXPECT_FALSE(DaysSalesOutstanding::tenthsOfDays(yuan("500"), yuan("0")));
}

TEST(CustomerStatement, OpeningDocumentsInDateOrderAndClosing)
{
    const QList<StatementEntry> entries = {
        {QDate(2026, 5, 20),
         StatementEntryKind::WriteOff,
         QStringLiteral("INV-2026-000003"),
         {},
         {},
         yuan("20"),
         {}},
        {QDate(2026, 5, 3), StatementEntryKind::Payment, QStringLiteral("B-7781"), {}, {}, yuan("800"), {}},
        {QDate(2026, 5, 3),
         StatementEntryKind::Invoice,
         QStringLiteral("INV-2026-000009"),
         {},
         yuan("500"),
         {},
         {}},
        {QDate(2026, 5, 10),
         StatementEntryKind::CreditNote,
         QStringLiteral("CN-2026-000001"),
         {},
         {},
         yuan("50"),
         {}},
    };
    auto s = CustomerStatement::build(QDate(2026, 5, 1), QDate(2026, 5, 31), yuan("1000"), entries);
    ASSERT_TRUE(s.has_value()) << s.error().message.toStdString();
    ASSERT_EQ(s->entries().size(), 4);
    // On 3 May the invoice comes before the payment.
    EXPECT_EQ(s->entries()[0].documentNo, QStringLiteral("INV-2026-000009"));
    EXPECT_EQ(s->entries()[0].balance, yuan("1500"));
    EXPECT_EQ(s->entries()[1].balance, yuan("700"));
    EXPECT_EQ(s->entries()[2].balance, yuan("650"));
    EXPECT_EQ(s->entries()[3].balance, yuan("630"));
    EXPECT_EQ(s->opening(), yuan("1000"));
    EXPECT_EQ(s->closing(), yuan("630"));
    EXPECT_EQ(s->invoiced(), yuan("500"));
    EXPECT_EQ(s->credited(), yuan("50"));
    EXPECT_EQ(s->paid(), yuan("800"));
    EXPECT_EQ(s->writtenOff(), yuan("20"));
    EXPECT_EQ(s->opening() + s->invoiced() - s->credited() - s->paid() - s->writtenOff(), s->closing());
}

TEST(CustomerStatement, AnAdvanceShowsAsANegativeBalanceAndTheDatesMustHold)
{
    auto s = CustomerStatement::build(
        QDate(2026, 5, 1), QDate(2026, 5, 31), yuan("0"),
        {{QDate(2026, 5, 3), StatementEntryKind::Payment, QStringLiteral("B-1"), {}, {}, yuan("100"), {}}});
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->closing(), yuan("-100"));
    EXPECT_FALSE(CustomerStatement::build(QDate(2026, 5, 31), QDate(2026, 5, 1), yuan("0"), {}).has_value());
    auto outside = CustomerStatement::build(
        QDate(2026, 5, 1), QDate(2026, 5, 31), yuan("0"),
        {{QDate(2026, 6, 1), StatementEntryKind::Invoice, QStringLiteral("INV-X"), {}, yuan("1"), {}, {}}});
    ASSERT_FALSE(outside.has_value());
    EXPECT_TRUE(outside.error().message.contains(QStringLiteral("INV-X")));
}

TEST(OrderSettlement, FollowsFromTheInvoicesOfTheOrder)
{
    OrderSettlementFacts f;
    EXPECT_EQ(OrderSettlement::derive(f), SettlementStatus::Unbilled);
    f.hasInvoice = true;
    f.invoiced = yuan("113");
    f.open = yuan("113");
    EXPECT_EQ(OrderSettlement::derive(f), SettlementStatus::Invoiced);
    f.applied = yuan("13");
    f.open = yuan("100");
    EXPECT_EQ(OrderSettlement::derive(f), SettlementStatus::PartiallyPaid);
    f.applied = yuan("113");
    f.open = yuan("0");
    // Paid for what is invoiced, but only the shipped part is invoiced.
    EXPECT_EQ(OrderSettlement::derive(f), SettlementStatus::PartiallyPaid);
    f.fullyInvoiced = true;
    EXPECT_EQ(OrderSettlement::derive(f), SettlementStatus::Paid);
    f.applied = yuan("13");
    f.writtenOff = yuan("100");
    EXPECT_EQ(OrderSettlement::derive(f), SettlementStatus::WrittenOff);
    // Everything credited back (a return).
    OrderSettlementFacts credited{true, false, yuan("0"), yuan("0"), yuan("0"), yuan("0")};
    EXPECT_EQ(OrderSettlement::derive(credited), SettlementStatus::Unbilled);
}

TEST(OrderSettlement, AWrittenOffOrderIsNotPaidLater)
{
    OrderSettlementFacts paid{true, true, yuan("113"), yuan("113"), yuan("0"), yuan("0")};
    auto next = OrderSettlement::next(SettlementStatus::WrittenOff, paid);
    ASSERT_FALSE(next.has_value());
    EXPECT_EQ(next.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(OrderSettlement::next(SettlementStatus::PartiallyPaid, paid), SettlementStatus::Paid);
    EXPECT_EQ(OrderSettlement::next(SettlementStatus::Paid, paid), SettlementStatus::Paid);
}
