#include "OpenInvoiceQueue.h"

#include <gtest/gtest.h>

#include <random>

using namespace od;

namespace {

OpenInvoiceItem item(qint64 id, qint64 openMinor, QDate due, QDate date)
{
    return OpenInvoiceItem{id, QStringLiteral("INV-2026-%1").arg(id, 6, 10, QLatin1Char('0')), date, due,
                           Money::fromMinor(openMinor)};
}

bool same(const QList<AllocationLine>& a, const QList<AllocationLine>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].invoiceId != b[i].invoiceId || a[i].amount != b[i].amount)
            return false;
    return true;
}

} // namespace

TEST(OpenInvoiceQueueTest, ExactAmountFirstThenOldestDue)
{
    const QDate may1(2026, 5, 1);
    OpenInvoiceQueue queue({item(1, 100'00, may1, may1.addDays(-30)), item(2, 250'00, may1.addDays(14), may1),
                            item(3, 80'00, may1.addDays(31), may1)});
    // 80.00 is invoice 3's exact amount, although invoice 1 is due first.
    EXPECT_TRUE(same(queue.allocate(Money::fromMinor(80'00)), {{3, Money::fromMinor(80'00)}}));
    // 120.00 matches nothing: invoice 1 in full, then 20.00 of invoice 2.
    EXPECT_TRUE(same(queue.allocate(Money::fromMinor(120'00)),
                     {{1, Money::fromMinor(100'00)}, {2, Money::fromMinor(20'00)}}));
    // Invoice 2 now has 230.00 open: a payment of exactly that pays it.
    EXPECT_TRUE(same(queue.allocate(Money::fromMinor(230'00)), {{2, Money::fromMinor(230'00)}}));
    // Nothing is open any more: the whole payment is the customer's advance.
    EXPECT_TRUE(queue.allocate(Money::fromMinor(50'00)).isEmpty());
    EXPECT_TRUE(queue.open().isEmpty());
}

TEST(OpenInvoiceQueueTest, NamedInvoiceTakesOnlyWhatIsOpenOnIt)
{
    const QDate may1(2026, 5, 1);
    OpenInvoiceQueue queue({item(1, 100'00, may1, may1), item(2, 40'00, may1.addDays(5), may1)});
    EXPECT_TRUE(same(queue.payNamed(2, Money::fromMinor(55'00)), {{2, Money::fromMinor(40'00)}}));
    EXPECT_TRUE(queue.payNamed(2, Money::fromMinor(10'00)).isEmpty()); // paid by the row before
    EXPECT_TRUE(queue.payNamed(9, Money::fromMinor(10'00)).isEmpty()); // not one of the open ones
    ASSERT_EQ(queue.open().size(), 1);
    EXPECT_EQ(queue.open().first().invoiceId, 1);
}

// Payment after payment, the queue gives exactly what PaymentAllocator::allocate gives over the
// invoices as the payments before left them: the bulk import follows the form's rule.
TEST(OpenInvoiceQueueTest, AgreesWithTheAllocatorPaymentAfterPayment)
{
    std::mt19937_64 random(42);
    for (int round = 0; round < 40; ++round) {
        QList<OpenInvoiceItem> open;
        const int count = int(random() % 30) + 1;
        for (int i = 0; i < count; ++i) {
            const QDate due = QDate(2026, 1, 1).addDays(qint64(random() % 60));
            // Few distinct amounts, so that exact matches and ties in due date both happen.
            open << item(i + 1, qint64(random() % 8 + 1) * 25'00, due, due.addDays(-qint64(random() % 40)));
        }
        OpenInvoiceQueue queue(open);
        QList<OpenInvoiceItem> expectedOpen = PaymentAllocator::collectionOrder(open);
        for (int p = 0; p < 60; ++p) {
            const Money amount = Money::fromMinor(random() % 3 ? qint64(random() % 8 + 1) * 25'00
                                                               : qint64(random() % 30'000) + 1);
            const QList<AllocationLine> expected = PaymentAllocator::allocate(amount, expectedOpen);
            const QList<AllocationLine> got = queue.allocate(amount);
            ASSERT_TRUE(same(expected, got)) << "round " << round << " payment " << p;
            for (const AllocationLine& line : expected)
                for (OpenInvoiceItem& o : expectedOpen)
                    if (o.invoiceId == line.invoiceId)
                        o.open -= line.amount;
            expectedOpen.removeIf([](const OpenInvoiceItem& o) { return o.open.minor() <= 0; });
            const QList<OpenInvoiceItem> left = queue.open();
            ASSERT_EQ(left.size(), expectedOpen.size());
            for (qsizetype i = 0; i < left.size(); ++i) {
                EXPECT_EQ(left[i].invoiceId, expectedOpen[i].invoiceId);
                EXPECT_EQ(left[i].open, expectedOpen[i].open);
            }
        }
    }
}
