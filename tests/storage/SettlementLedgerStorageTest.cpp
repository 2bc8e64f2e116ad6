#include "InvoiceRepository.h"
#include "PaymentApplicationRepository.h"
#include "PaymentRepository.h"
#include "SettlementBook.h"
#include "SettlementCheckRepository.h"
#include "SettlementLedgerRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <random>

using namespace od;
using namespace od::test;

namespace {

const QDate kMay1(2026, 5, 1);

// Nothing the database check looks at is out of step, and the money invariant holds.
void expectInStep(SettlementBook& book, const char* where)
{
    SettlementCheckRepository check(book.db());
    auto money = check.moneyInvariant();
    ASSERT_TRUE(money.has_value());
    EXPECT_TRUE(money->holds()) << where << ": payments " << money->payments << " applied "
                                << money->applications << " advances " << money->advances;
    EXPECT_TRUE(check.invoicesOutOfStep(5)->isEmpty()) << where;
    EXPECT_TRUE(check.paymentsOutOfStep(5)->isEmpty()) << where;
    EXPECT_TRUE(check.negativeApplications(5)->isEmpty()) << where;
    EXPECT_TRUE(check.balancesOutOfStep(5)->isEmpty()) << where;
    EXPECT_TRUE(check.creditNotesOutOfStep(5)->isEmpty()) << where;
    auto orders = check.ordersOutOfStep(5);
    ASSERT_TRUE(orders.has_value());
    EXPECT_TRUE(orders->isEmpty()) << where << ": "
                                   << (orders->isEmpty() ? "" : orders->first().orderNo.toStdString());
}

} // namespace

TEST(SettlementStorage, AnOrderGoesFromUnbilledToPaidAsItsInvoiceIsPaid)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{10, "100"}}, kMay1);
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Unbilled);
    auto invoice = book.invoice({order}, QDate(2026, 5, 2));
    ASSERT_TRUE(invoice.has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Invoiced);
    ASSERT_TRUE(book.pay(book.customerA, "130", QDate(2026, 5, 10), QStringLiteral("R1")).has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::PartiallyPaid);
    ASSERT_TRUE(book.pay(book.customerA, "1000", QDate(2026, 5, 20), QStringLiteral("R2")).has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Paid);
    EXPECT_EQ(book.number(QStringLiteral("SELECT paid - applied FROM customer_balances")), 0);
    expectInStep(book, "paid");
}

TEST(SettlementStorage, APaymentGoesToTheInvoiceOfItsAmountThenOldestDueAndTheRestIsAnAdvance)
{
    SettlementBook book;
    const qint64 o1 = book.addOrder(book.customerA, {{1, "100"}}, kMay1); // 113.00
    const qint64 o2 = book.addOrder(book.customerA, {{1, "200"}}, kMay1); // 226.00
    const qint64 o3 = book.addOrder(book.customerA, {{1, "50"}}, kMay1);  // 56.50
    const qint64 i1 = book.invoice({o1}, QDate(2026, 5, 1))->id;
    const qint64 i2 = book.invoice({o2}, QDate(2026, 5, 2))->id;
    const qint64 i3 = book.invoice({o3}, QDate(2026, 5, 3))->id;
    ASSERT_TRUE(book.pay(book.customerA, "226", QDate(2026, 5, 10), QStringLiteral("R1")).has_value());
    EXPECT_EQ(book.settlementOf(o2), SettlementStatus::Paid);
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::Invoiced);
    auto second = book.pay(book.customerA, "200", QDate(2026, 5, 11), QStringLiteral("R2"));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->applied, yuan("169.50")); // 113.00 to the first, 56.50 to the third
    EXPECT_EQ(second->unapplied(), yuan("30.50"));
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::Paid);
    EXPECT_EQ(book.settlementOf(o3), SettlementStatus::Paid);
    auto pairs = PaymentApplicationRepository(book.db()).forPayment(second->id);
    ASSERT_EQ(pairs->size(), 2);
    EXPECT_EQ((*pairs)[0], (LedgerChange{second->id, i1, yuan("113")}));
    EXPECT_EQ((*pairs)[1], (LedgerChange{second->id, i3, yuan("56.50")}));
    Q_UNUSED(i2);

    // The advance pays the next invoice.
    const qint64 o4 = book.addOrder(book.customerA, {{1, "10"}}, kMay1); // 11.30
    ASSERT_TRUE(book.invoice({o4}, QDate(2026, 5, 12)).has_value());
    EXPECT_EQ(book.settlementOf(o4), SettlementStatus::Paid);
    EXPECT_EQ(
        book.number(QStringLiteral("SELECT paid - applied FROM customer_balances WHERE customer_id = %1")
                        .arg(book.customerA)),
        3050 - 1130);
    expectInStep(book, "advance");
}

TEST(SettlementStorage, ReapplyingAPaymentByHandMovesItsMoneyAndTheOrdersFollow)
{
    SettlementBook book;
    const qint64 o1 = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    const qint64 o2 = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    const qint64 i1 = book.invoice({o1}, QDate(2026, 5, 1))->id;
    const qint64 i2 = book.invoice({o2}, QDate(2026, 5, 2))->id;
    const qint64 pay = book.pay(book.customerA, "113", QDate(2026, 5, 10), QStringLiteral("R1"))->id;
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::Paid);
    ASSERT_TRUE(book.reapply(pay, {{i2, yuan("100")}}, QDate(2026, 5, 11)).has_value());
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::Invoiced);
    EXPECT_EQ(book.settlementOf(o2), SettlementStatus::PartiallyPaid);
    EXPECT_EQ((*PaymentRepository(book.db()).byId(pay))->unapplied(), yuan("13"));
    // The history keeps both: applied on the 10th, taken back and applied elsewhere on the 11th.
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payment_applications")), 3);
    auto tooMuch = book.reapply(pay, {{i1, yuan("113")}, {i2, yuan("1")}}, QDate(2026, 5, 12));
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(book.settlementOf(o2), SettlementStatus::PartiallyPaid); // nothing changed
    expectInStep(book, "reapplied");
}

TEST(SettlementStorage, AWrittenOffInvoiceLeavesItsOrderWrittenOff)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    const qint64 invoice = book.invoice({order}, QDate(2026, 5, 1))->id;
    ASSERT_TRUE(book.pay(book.customerA, "13", QDate(2026, 5, 10), QStringLiteral("R1")).has_value());
    ASSERT_TRUE(book.writeOff(invoice, QDate(2026, 5, 31)).has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::WrittenOff);
    EXPECT_EQ(book.number(QStringLiteral("SELECT written_off FROM customer_balances")), 10000);
    EXPECT_FALSE(book.writeOff(invoice, QDate(2026, 5, 31)).has_value());
    // Money arriving later stays an advance: a written-off invoice has nothing open.
    ASSERT_TRUE(book.pay(book.customerA, "100", QDate(2026, 6, 1), QStringLiteral("R2")).has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::WrittenOff);
    expectInStep(book, "written off");
}

TEST(SettlementStorage, SeveralOrdersOnOneInvoiceArePaidTogether)
{
    SettlementBook book;
    const qint64 o1 = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    const qint64 o2 = book.addOrder(book.customerA, {{2, "50"}}, kMay1);
    auto invoice = book.invoice({o1, o2}, QDate(2026, 5, 2));
    ASSERT_TRUE(invoice.has_value());
    EXPECT_EQ(invoice->total, yuan("226"));
    EXPECT_EQ(*InvoiceRepository(book.db()).orderIds(invoice->id), (QList<qint64>{o1, o2}));
    ASSERT_TRUE(book.pay(book.customerA, "200", QDate(2026, 5, 10), QStringLiteral("R1")).has_value());
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::PartiallyPaid);
    EXPECT_EQ(book.settlementOf(o2), SettlementStatus::PartiallyPaid);
    ASSERT_TRUE(book.pay(book.customerA, "26", QDate(2026, 5, 11), QStringLiteral("R2")).has_value());
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::Paid);
    EXPECT_EQ(book.settlementOf(o2), SettlementStatus::Paid);
    expectInStep(book, "two orders");
}

TEST(SettlementStorage, AFailureInTheMiddleOfAPaymentLeavesNothingBehind)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    const qint64 invoice = book.invoice({order}, QDate(2026, 5, 1))->id;
    {
        Transaction tx(book.db());
        Payment p;
        p.customerId = book.customerA;
        p.date = QDate(2026, 5, 10);
        p.amount = yuan("200");
        p.reference = QStringLiteral("R-CRASH");
        ASSERT_TRUE(PaymentRepository(book.db()).insert(p, 0).has_value());
        // The first application goes in, the second is refused (more than the invoice has open).
        ASSERT_TRUE(PaymentApplicationRepository(book.db())
                        .record({{p.id, invoice, yuan("100")}}, p.date, 0)
                        .has_value());
        EXPECT_FALSE(PaymentApplicationRepository(book.db())
                         .record({{p.id, invoice, yuan("100")}}, p.date, 0)
                         .has_value());
        // no commit: the transaction rolls back as a crash would
    }
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payments")), 0);
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payment_applications")), 0);
    EXPECT_EQ(book.number(QStringLiteral("SELECT open_amount FROM invoices")), 11300);
    EXPECT_EQ(book.number(QStringLiteral("SELECT paid FROM customer_balances")), 0);
    expectInStep(book, "rolled back");
    // The same reference can then be recorded for real.
    EXPECT_TRUE(book.pay(book.customerA, "200", QDate(2026, 5, 10), QStringLiteral("R-CRASH")).has_value());
}

TEST(SettlementCheckRepository, FindsRunningSumsEditedBehindTheAppsBack)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    book.invoice({order}, QDate(2026, 5, 1));
    book.pay(book.customerA, "150", QDate(2026, 5, 10), QStringLiteral("R1"));
    expectInStep(book, "before");
    QSqlQuery q(book.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customer_balances SET paid = paid + 1")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE payments SET applied = applied - 1")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE orders SET settlement_status = 'invoiced'")));
    SettlementCheckRepository check(book.db());
    EXPECT_FALSE(check.moneyInvariant()->holds());
    ASSERT_EQ(check.balancesOutOfStep(5)->size(), 1);
    EXPECT_EQ(check.balancesOutOfStep(5)->first().recounted.paid, yuan("150"));
    ASSERT_EQ(check.paymentsOutOfStep(5)->size(), 1);
    EXPECT_EQ(check.paymentsOutOfStep(5)->first().reference, QStringLiteral("R1"));
    auto orders = check.ordersOutOfStep(5);
    ASSERT_EQ(orders->size(), 1);
    EXPECT_EQ(orders->first().derived, SettlementStatus::Paid);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE orders SET settlement_status = 'settled'")));
    EXPECT_EQ(check.ordersWithUnknownSettlement(5)->size(), 1);
}

// Random sequences of everything that moves money, through the repositories and the schema's
// triggers: after each step the database check finds nothing and no cent is created or lost.
TEST(SettlementStorage, NoCentIsCreatedOrLostThroughTheDatabase)
{
    SettlementBook book;
    std::mt19937_64 random(7);
    const auto between = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(random);
    };
    const qint64 customers[] = {book.customerA, book.customerB};
    QList<qint64> invoices;
    QList<qint64> payments;
    qint64 paidTotal = 0;
    QDate day(2026, 1, 5);
    int refused = 0;
    for (int step = 0; step < 160; ++step) {
        day = day.addDays(between(0, 1));
        const qint64 customer = customers[between(0, 1)];
        const qint64 what = between(0, 9);
        if (what <= 3) {
            const QByteArray price =
                QByteArray::number(between(1, 99'999)) + '.' + QByteArray::number(between(10, 99));
            const qint64 order = book.addOrder(customer, {{int(between(1, 5)), price.constData()}}, day);
            auto invoice = book.invoice({order}, day);
            ASSERT_TRUE(invoice.has_value()) << invoice.error().message.toStdString();
            invoices << invoice->id;
        } else if (what <= 6) {
            const QByteArray amount =
                QByteArray::number(between(1, 300'000)) + ".0" + QByteArray::number(between(0, 9));
            auto payment = book.pay(customer, amount.constData(), day, QStringLiteral("R%1").arg(step));
            ASSERT_TRUE(payment.has_value());
            payments << payment->id;
            paidTotal += payment->amount.minor();
        } else if (what == 7 && !payments.isEmpty()) {
            const qint64 id = payments[int(between(0, payments.size() - 1))];
            auto ledger = SettlementLedgerRepository(book.db()).openLedger(
                (*PaymentRepository(book.db()).byId(id))->customerId);
            ASSERT_TRUE(SettlementLedgerRepository(book.db()).addPayment(*ledger, id).has_value());
            QList<AllocationLine> wanted;
            const auto open = ledger->openInvoices();
            if (!open.isEmpty())
                wanted << AllocationLine{open.last().invoiceId,
                                         Money::fromMinor(between(1, open.last().open.minor() + 1000))};
            if (!book.reapply(id, wanted, day))
                ++refused;
        } else if (what == 8 && !invoices.isEmpty()) {
            const qint64 id = invoices[int(between(0, invoices.size() - 1))];
            const QByteArray amount = QByteArray::number(between(1, 2000)) + ".00";
            if (!book.creditAmount(id, amount.constData(), day))
                ++refused;
        } else if (what == 9 && !invoices.isEmpty() && between(0, 2) == 0) {
            if (!book.writeOff(invoices[int(between(0, invoices.size() - 1))], day))
                ++refused;
        }
        if (step % 20 == 19)
            expectInStep(book, "random step");
    }
    expectInStep(book, "random end");
    EXPECT_EQ(book.number(QStringLiteral("SELECT sum(amount) FROM payments")), paidTotal);
    EXPECT_EQ(book.number(QStringLiteral("SELECT sum(paid) FROM customer_balances")), paidTotal);
    EXPECT_GT(invoices.size(), 30);
    EXPECT_GT(refused, 0); // some steps asked for the impossible and were refused whole
}

TEST(SettlementLedgerRepository, APaymentReadsOnlyWhatItReachesAndIsAppliedAsWithEverythingLoaded)
{
    SettlementBook book;
    std::mt19937_64 random(11);
    const auto between = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(random);
    };
    for (int i = 0; i < 40; ++i) {
        const QByteArray price = QByteArray::number(between(1, 500)) + ".00";
        const qint64 order = book.addOrder(book.customerA, {{1, price.constData()}}, QDate(2026, 4, 1));
        ASSERT_TRUE(book.invoice({order}, QDate(2026, 4, 1).addDays(between(0, 40))).has_value());
    }
    SettlementLedgerRepository ledgers(book.db());
    auto all = ledgers.openLedger(book.customerA);
    ASSERT_EQ(all->openInvoices().size(), 40);
    for (int i = 0; i < 200; ++i) {
        // Sometimes exactly one invoice's open amount, otherwise anything up to more than all.
        const auto open = all->openInvoices();
        const Money amount = between(0, 2) == 0 ? open[int(between(0, open.size() - 1))].open
                                                : Money::fromMinor(between(1, 1'500'000));
        auto full = ledgers.openLedger(book.customerA);
        auto reached = ledgers.ledgerForPayment(book.customerA, amount);
        ASSERT_TRUE(reached.has_value());
        const LedgerPayment payment{999, QDate(2026, 6, 1), amount, {}};
        EXPECT_EQ(reached->receivePayment(payment), full->receivePayment(payment))
            << amount.toDecimalString().toStdString();
    }
    // A small payment reads one or two invoices, not forty.
    auto small = ledgers.ledgerForPayment(book.customerA, Money::fromMinor(1));
    EXPECT_EQ(small->openInvoices().size(), 1);
}
