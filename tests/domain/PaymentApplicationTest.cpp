#include "PaymentAllocator.h"
#include "SettlementLedger.h"

#include <gtest/gtest.h>

#include <random>

using namespace od;

namespace {

Money yuan(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

LedgerInvoice inv(qint64 id, const char* total, QDate due, QDate date = {})
{
    LedgerInvoice i;
    i.id = id;
    i.invoiceNo = QStringLiteral("INV-2026-%1").arg(id, 6, 10, QLatin1Char('0'));
    i.invoiceDate = date.isValid() ? date : due.addDays(-30);
    i.dueDate = due;
    i.total = yuan(total);
    return i;
}

LedgerPayment pay(qint64 id, const char* amount, QDate date)
{
    return LedgerPayment{id, date, yuan(amount), {}};
}

// Three open invoices: A 100.00 due 1 May, B 250.00 due 15 May, C 80.00 due 1 June.
SettlementLedger threeInvoices()
{
    SettlementLedger ledger;
    ledger.loadInvoice(inv(1, "100", QDate(2026, 5, 1)));
    ledger.loadInvoice(inv(2, "250", QDate(2026, 5, 15)));
    ledger.loadInvoice(inv(3, "80", QDate(2026, 6, 1)));
    return ledger;
}

} // namespace

TEST(PaymentAllocator, AnInvoiceOfExactlyThePaymentsAmountComesFirst)
{
    SettlementLedger ledger = threeInvoices();
    const auto changes = ledger.receivePayment(pay(10, "250", QDate(2026, 6, 1)));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0], (LedgerChange{10, 2, yuan("250")}));
    EXPECT_EQ(ledger.invoice(1)->open(), yuan("100"));
    EXPECT_TRUE(ledger.invoice(2)->open().isZero());
}

TEST(PaymentAllocator, OtherwiseTheOldestDueFirstAndTheRestIsAnAdvance)
{
    SettlementLedger ledger = threeInvoices();
    auto changes = ledger.receivePayment(pay(10, "300", QDate(2026, 6, 1)));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0], (LedgerChange{10, 1, yuan("100")}));
    EXPECT_EQ(changes[1], (LedgerChange{10, 2, yuan("200")}));
    EXPECT_TRUE(ledger.advancesTotal().isZero());

    changes = ledger.receivePayment(pay(11, "200", QDate(2026, 6, 2)));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0], (LedgerChange{11, 2, yuan("50")}));
    EXPECT_EQ(changes[1], (LedgerChange{11, 3, yuan("80")}));
    EXPECT_EQ(ledger.advancesTotal(), yuan("70"));
    EXPECT_EQ(ledger.payment(11)->unapplied(), yuan("70"));
    EXPECT_TRUE(ledger.outstanding().isZero());
    EXPECT_TRUE(ledger.verify().has_value());
}

TEST(PaymentAllocator, EqualDueDatesGoByInvoiceDateThenNumber)
{
    const QDate due(2026, 5, 31);
    const auto order = PaymentAllocator::collectionOrder(
        {OpenInvoiceItem{3, QStringLiteral("INV-2026-000003"), QDate(2026, 5, 1), due, yuan("1")},
         OpenInvoiceItem{2, QStringLiteral("INV-2026-000002"), QDate(2026, 5, 2), due, yuan("1")},
         OpenInvoiceItem{1, QStringLiteral("INV-2026-000001"), QDate(2026, 5, 2), due, yuan("1")},
         OpenInvoiceItem{4, QStringLiteral("INV-2026-000004"), QDate(2026, 4, 1), due.addDays(1),
                         yuan("1")}});
    ASSERT_EQ(order.size(), 4);
    EXPECT_EQ(order[0].invoiceId, 3);
    EXPECT_EQ(order[1].invoiceId, 1);
    EXPECT_EQ(order[2].invoiceId, 2);
    EXPECT_EQ(order[3].invoiceId, 4);
}

TEST(PaymentAllocator, TheAdvancePaysTheNextInvoiceOldestPaymentFirst)
{
    SettlementLedger ledger;
    ledger.receivePayment(pay(10, "50", QDate(2026, 5, 3)));
    ledger.receivePayment(pay(11, "80", QDate(2026, 5, 1)));
    EXPECT_EQ(ledger.advancesTotal(), yuan("130"));
    const auto changes = ledger.issueInvoice(inv(1, "100", QDate(2026, 6, 30)));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0], (LedgerChange{11, 1, yuan("80")}));
    EXPECT_EQ(changes[1], (LedgerChange{10, 1, yuan("20")}));
    EXPECT_EQ(ledger.advancesTotal(), yuan("30"));
    EXPECT_TRUE(ledger.invoice(1)->open().isZero());
    EXPECT_TRUE(ledger.verify().has_value());
}

TEST(PaymentAllocator, TheClerkReappliesAPaymentByHand)
{
    SettlementLedger ledger = threeInvoices();
    ledger.receivePayment(pay(10, "300", QDate(2026, 6, 1))); // A 100, B 200
    auto changes = ledger.reapply(10, {{3, yuan("80")}, {2, yuan("150")}});
    ASSERT_TRUE(changes.has_value()) << changes.error().message.toStdString();
    // Taken back first (A all, B 50), then C applied.
    ASSERT_EQ(changes->size(), 3);
    EXPECT_EQ((*changes)[0], (LedgerChange{10, 1, yuan("-100")}));
    EXPECT_EQ((*changes)[1], (LedgerChange{10, 2, yuan("-50")}));
    EXPECT_EQ((*changes)[2], (LedgerChange{10, 3, yuan("80")}));
    EXPECT_EQ(ledger.invoice(1)->open(), yuan("100"));
    EXPECT_EQ(ledger.payment(10)->unapplied(), yuan("70"));
    EXPECT_TRUE(ledger.verify().has_value());
}

TEST(PaymentAllocator, AManualApplicationCannotOverpayOrSpendMoreThanThePaymentHas)
{
    SettlementLedger ledger = threeInvoices();
    ledger.receivePayment(pay(10, "300", QDate(2026, 6, 1)));
    ledger.receivePayment(pay(11, "100", QDate(2026, 6, 1))); // B 50, C 50

    auto over = ledger.reapply(11, {{3, yuan("81")}});
    ASSERT_FALSE(over.has_value());
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("has only 80.00 open")))
        << over.error().message.toStdString();
    auto tooMuch = ledger.reapply(10, {{1, yuan("100")}, {2, yuan("200")}, {3, yuan("30")}});
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("only 300.00")));
    EXPECT_FALSE(ledger.reapply(10, {{1, yuan("50")}, {1, yuan("50")}}).has_value());
    EXPECT_FALSE(ledger.reapply(10, {{99, yuan("1")}}).has_value());
    EXPECT_FALSE(ledger.reapply(10, {{1, yuan("0")}}).has_value());
    EXPECT_FALSE(ledger.reapply(99, {}).has_value());
    // Nothing changed by the refusals.
    EXPECT_EQ(ledger.payment(10)->applied, yuan("300"));
    EXPECT_TRUE(ledger.verify().has_value());
}

TEST(PaymentAllocator, ACreditNoteOnAPaidInvoiceGivesTheNewestMoneyBackAsAdvance)
{
    SettlementLedger ledger;
    ledger.loadInvoice(inv(1, "100", QDate(2026, 5, 1)));
    ledger.receivePayment(pay(10, "60", QDate(2026, 5, 2)));
    ledger.receivePayment(pay(11, "40", QDate(2026, 5, 9)));
    auto changes = ledger.credit(1, yuan("50"));
    ASSERT_TRUE(changes.has_value());
    ASSERT_EQ(changes->size(), 2);
    EXPECT_EQ((*changes)[0], (LedgerChange{11, 1, yuan("-40")}));
    EXPECT_EQ((*changes)[1], (LedgerChange{10, 1, yuan("-10")}));
    EXPECT_EQ(ledger.advancesTotal(), yuan("50"));
    EXPECT_TRUE(ledger.invoice(1)->open().isZero());
    EXPECT_FALSE(ledger.credit(1, yuan("50.01")).has_value());
    EXPECT_TRUE(ledger.verify().has_value());
}

TEST(PaymentAllocator, AWriteOffTakesWhatIsOpenAndNothingElse)
{
    SettlementLedger ledger = threeInvoices();
    ledger.receivePayment(pay(10, "30", QDate(2026, 6, 1)));
    auto written = ledger.writeOff(1);
    ASSERT_TRUE(written.has_value());
    EXPECT_EQ(*written, yuan("70"));
    EXPECT_TRUE(ledger.invoice(1)->open().isZero());
    EXPECT_FALSE(ledger.writeOff(1).has_value());
    EXPECT_TRUE(ledger.verify().has_value());
}

// The money invariant under random sequences of everything that moves money: invoices issued,
// payments received, payments re-applied, credit notes, write-offs. Fixed seed, so a failure
// repeats.
TEST(PaymentAllocator, NoCentIsCreatedOrLostWhateverHappens)
{
    std::mt19937_64 random(20260601);
    const auto between = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(random);
    };
    SettlementLedger ledger;
    QList<qint64> invoices;
    QList<qint64> payments;
    Money invoicedTotal;
    Money creditedTotal;
    Money writtenOffTotal;
    Money paidTotal;
    QDate day(2026, 1, 1);
    for (int step = 0; step < 3000; ++step) {
        day = day.addDays(between(0, 1));
        const qint64 what = between(0, 9);
        if (what <= 2) {
            LedgerInvoice i;
            i.id = invoices.size() + 1;
            i.invoiceNo = QStringLiteral("INV-%1").arg(i.id);
            i.invoiceDate = day;
            i.dueDate = day.addDays(between(0, 60));
            i.total = Money::fromMinor(between(1, 500'000));
            ledger.issueInvoice(i);
            invoices << i.id;
            invoicedTotal += i.total;
        } else if (what <= 5) {
            const qint64 id = payments.size() + 1;
            ledger.receivePayment(LedgerPayment{id, day, Money::fromMinor(between(1, 400'000)), {}});
            payments << id;
            paidTotal += ledger.payment(id)->amount;
        } else if (what == 6 && !payments.isEmpty()) {
            const qint64 id = payments[int(between(0, payments.size() - 1))];
            QList<AllocationLine> wanted;
            Money left = ledger.payment(id)->amount;
            for (const OpenInvoiceItem& open : ledger.openInvoices()) {
                const Money mine = ledger.applied(id, open.invoiceId);
                if (between(0, 2) == 0 && left.minor() > 0) {
                    const Money take = Money::fromMinor(between(1, qMin(left, open.open + mine).minor()));
                    wanted << AllocationLine{open.invoiceId, take};
                    left -= take;
                }
            }
            // Sometimes more than the payment has: the ledger must refuse it and change nothing.
            if (between(0, 4) == 0 && !ledger.openInvoices().isEmpty())
                wanted << AllocationLine{ledger.openInvoices().first().invoiceId,
                                         Money::fromMinor(10'000'000)};
            const Money before = ledger.appliedTotal();
            auto changes = ledger.reapply(id, wanted);
            if (!changes) {
                EXPECT_EQ(ledger.appliedTotal(), before);
            }
        } else if (what == 7 && !invoices.isEmpty()) {
            const qint64 id = invoices[int(between(0, invoices.size() - 1))];
            const Money left = ledger.invoice(id)->creditable();
            const Money amount = Money::fromMinor(between(1, qMax<qint64>(1, left.minor() + 100)));
            if (ledger.credit(id, amount)) {
                creditedTotal += amount;
            } else {
                EXPECT_TRUE(amount > left || left.isZero());
            }
        } else if (what == 8 && !invoices.isEmpty() && between(0, 3) == 0) {
            const qint64 id = invoices[int(between(0, invoices.size() - 1))];
            if (auto written = ledger.writeOff(id))
                writtenOffTotal += *written;
        }
        ASSERT_TRUE(ledger.verify().has_value())
            << "step " << step << ": " << ledger.verify().error().message.toStdString();
        ASSERT_EQ(ledger.paymentsTotal(), paidTotal);
        ASSERT_EQ(ledger.paymentsTotal(), ledger.appliedTotal() + ledger.advancesTotal());
        ASSERT_EQ(ledger.outstanding(),
                  invoicedTotal - creditedTotal - writtenOffTotal - ledger.appliedTotal());
    }
    EXPECT_GT(invoices.size(), 500);
    EXPECT_GT(payments.size(), 500);
    EXPECT_GT(creditedTotal.minor(), 0);
    EXPECT_GT(writtenOffTotal.minor(), 0);
}
