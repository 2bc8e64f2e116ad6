#include "CollectionService.h"
#include "CreditControlService.h"
#include "CsvTestFiles.h"
#include "InvoicingService.h"
#include "OrderEventText.h"
#include "OrderIntakeService.h"
#include "OrderRepository.h"
#include "PaymentService.h"
#include "PeriodCloseService.h"
#include "ReceivablesService.h"
#include "SettlementBook.h"
#include "SettlementCheckRepository.h"
#include "SettlementSettingsService.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;
using namespace od::test;

namespace {

// A finance clerk's book: customers A and B, shipped orders at 13 % made by SettlementBook, and
// the settlement services acting as the clerk (today is 2026-06-01).
struct Finance : ::testing::Test
{
    SettlementBook book;
    Session& session = book.t().session();
    InvoicingService invoicing{session};
    PaymentService payments{session};

    qint64 shipped(qint64 customer, const QList<std::pair<int, const char*>>& lines, const QDate& date)
    {
        return book.addOrder(customer, lines, date);
    }

    void setStatus(qint64 orderId, const char* status)
    {
        QSqlQuery q(book.db().sql());
        q.prepare(QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"));
        q.addBindValue(QString::fromLatin1(status));
        q.addBindValue(orderId);
        ASSERT_TRUE(q.exec());
    }

    Payment payment(qint64 customer, const char* amount, const QDate& date, const char* reference)
    {
        Payment p;
        p.customerId = customer;
        p.amount = yuan(amount);
        p.date = date;
        p.reference = QString::fromLatin1(reference);
        return p;
    }

    Invoice invoiceOf(const QString& number) { return *invoicing.invoice(number); }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = book.t().dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    MoneyInvariant invariant() { return *SettlementCheckRepository(book.db()).moneyInvariant(); }

    // The order's settlement events, oldest first.
    QList<OrderEvent> settlementEvents(qint64 orderId)
    {
        QList<OrderEvent> out;
        const auto all = OrderRepository(book.db()).events(orderId);
        EXPECT_TRUE(all.has_value());
        for (const OrderEvent& e : all.value_or(QList<OrderEvent>{}))
            if (e.kind == OrderEventKind::SettlementChanged)
                out << e;
        return out;
    }
};

} // namespace

TEST_F(Finance, InvoicesAWholeShippedOrderWithGapFreeNumbersAndDueDateFromTerms)
{
    const qint64 a = shipped(book.customerA, {{2, "100"}}, QDate(2026, 5, 1));
    const qint64 b = shipped(book.customerA, {{1, "50"}}, QDate(2026, 5, 2));
    auto queue = invoicing.toInvoice(0, 50);
    ASSERT_TRUE(queue.has_value());
    ASSERT_EQ(queue->size(), 2);
    EXPECT_EQ(queue->at(0).orderId, a); // oldest first

    auto first = invoicing.invoiceOrders({a}, QDate(2026, 5, 10));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->invoiceNo, QStringLiteral("INV-2026-000001"));
    EXPECT_EQ(first->total, yuan("226"));
    EXPECT_EQ(first->dueDate, QDate(2026, 6, 9)); // 30 days' terms
    EXPECT_EQ(book.settlementOf(a), SettlementStatus::Invoiced);

    // A refused invoice gives its number back: the next one is 000002.
    EXPECT_FALSE(invoicing.invoiceOrders({a}, QDate(2026, 5, 11)).has_value());
    auto second = invoicing.invoiceOrders({b}, QDate(2026, 5, 11));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->invoiceNo, QStringLiteral("INV-2026-000002"));
    EXPECT_TRUE(invoicing.toInvoice(0, 50)->isEmpty());
}

TEST_F(Finance, ThePrefixComesFromTheSettingsAndOnlyFinanceOrManagersInvoice)
{
    SettlementSettings s = *SettlementSettingsService(session).settings();
    s.invoicePrefix = QStringLiteral("FP");
    ASSERT_TRUE(SettlementSettingsService(session).setSettings(s).has_value());
    s.invoicePrefix = QStringLiteral("F-P");
    EXPECT_FALSE(SettlementSettingsService(session).setSettings(s).has_value());
    const qint64 a = shipped(book.customerA, {{1, "10"}}, QDate(2026, 5, 1));

    book.t().actAs(book.t().salespersonId);
    auto refused = invoicing.invoiceOrders({a}, QDate(2026, 5, 10));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    EXPECT_FALSE(payments.record(payment(book.customerA, "1", QDate(2026, 5, 10), "X")).has_value());
    EXPECT_FALSE(ReceivablesService(session).receivables(QDate(2026, 6, 1)).has_value());

    book.t().actAs(book.t().managerId);
    auto invoice = invoicing.invoiceOrders({a}, QDate(2026, 5, 10));
    ASSERT_TRUE(invoice.has_value());
    EXPECT_EQ(invoice->invoiceNo, QStringLiteral("FP-2026-000001"));
}

TEST_F(Finance, InvoicesSeveralOrdersOfOneCustomerButNeverOfTwo)
{
    const qint64 a = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    const qint64 b = shipped(book.customerA, {{1, "200"}}, QDate(2026, 5, 1));
    const qint64 c = shipped(book.customerB, {{1, "300"}}, QDate(2026, 5, 1));
    EXPECT_FALSE(invoicing.invoiceOrders({a, c}, QDate(2026, 5, 10)).has_value());
    auto both = invoicing.invoiceOrders({a, b}, QDate(2026, 5, 10));
    ASSERT_TRUE(both.has_value());
    EXPECT_EQ(both->total, yuan("339"));
    auto list = invoicing.invoices(book.customerA, false, 10);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->at(0).orderNos.size(), 2);
}

TEST_F(Finance, InvoicesPartOfAnOrderNeverMoreThanShippedAndTheRestLater)
{
    const qint64 a = shipped(book.customerA, {{10, "10"}}, QDate(2026, 5, 1));
    auto over = invoicing.invoicePart(a, {{1, Quantity::fromUnits(11)}}, QDate(2026, 5, 10));
    ASSERT_FALSE(over.has_value());
    auto part = invoicing.invoicePart(a, {{1, Quantity::fromUnits(4)}}, QDate(2026, 5, 10));
    ASSERT_TRUE(part.has_value()) << part.error().message.toStdString();
    EXPECT_EQ(part->total, yuan("45.20"));
    // Still in the list: six units are left to bill.
    ASSERT_EQ(invoicing.toInvoice(0, 10)->size(), 1);
    auto rest = invoicing.invoiceOrders({a}, QDate(2026, 5, 12));
    ASSERT_TRUE(rest.has_value());
    EXPECT_EQ(rest->total, yuan("67.80"));
    EXPECT_TRUE(invoicing.toInvoice(0, 10)->isEmpty());
    // Unshipped orders are not invoiced.
    const qint64 open = shipped(book.customerA, {{1, "10"}}, QDate(2026, 5, 1));
    setStatus(open, "in_production");
    EXPECT_FALSE(invoicing.invoiceOrders({open}, QDate(2026, 5, 12)).has_value());
}

TEST_F(Finance, GoodsCreditedBackByQuantityAreToInvoiceAgain)
{
    const qint64 a = shipped(book.customerA, {{10, "10"}}, QDate(2026, 5, 1));
    auto whole = invoicing.invoiceOrders({a}, QDate(2026, 5, 10));
    ASSERT_TRUE(whole.has_value());
    EXPECT_TRUE(invoicing.toInvoice(0, 10)->isEmpty());
    // Three units were billed at the wrong price: credited back, they are to bill again.
    auto credit = invoicing.creditLines(whole->invoiceNo, {{whole->lines.first().id, Quantity::fromUnits(3)}},
                                        QDate(2026, 5, 12), QStringLiteral("单价有误"));
    ASSERT_TRUE(credit.has_value()) << credit.error().message.toStdString();
    ASSERT_EQ(invoicing.toInvoice(0, 10)->size(), 1);
    auto again = invoicing.invoiceOrders({a}, QDate(2026, 5, 13));
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->total, yuan("33.90")); // 3 × 10 + 13 %
    EXPECT_TRUE(invoicing.toInvoice(0, 10)->isEmpty());
}

TEST_F(Finance, ADepositInvoiceOnConfirmationIsDeductedByTheFinalInvoice)
{
    const qint64 a = shipped(book.customerA, {{1, "1000"}}, QDate(2026, 5, 1));
    setStatus(a, "confirmed");
    auto deposit = invoicing.depositInvoice(a, BasisPoints::fromRaw(3000), QDate(2026, 5, 2));
    ASSERT_TRUE(deposit.has_value()) << deposit.error().message.toStdString();
    EXPECT_EQ(deposit->total, yuan("339")); // 30 % of 1,000 + 13 % tax
    ASSERT_TRUE(payments.record(payment(book.customerA, "339", QDate(2026, 5, 3), "DEP-1")).has_value());
    EXPECT_EQ(book.settlementOf(a), SettlementStatus::PartiallyPaid);

    setStatus(a, "shipped");
    // Shipped with only its deposit billed: it waits on the Invoicing list.
    ASSERT_EQ(invoicing.toInvoice(0, 10)->size(), 1);
    EXPECT_EQ(invoicing.toInvoice(0, 10)->first().orderId, a);
    auto final_ = invoicing.invoiceOrders({a}, QDate(2026, 5, 20));
    ASSERT_TRUE(final_.has_value()) << final_.error().message.toStdString();
    EXPECT_EQ(final_->total, yuan("791")); // 1,130 − 339
    ASSERT_TRUE(payments.record(payment(book.customerA, "791", QDate(2026, 5, 25), "FIN-1")).has_value());
    EXPECT_EQ(book.settlementOf(a), SettlementStatus::Paid);
}

TEST_F(Finance, ACreditNoteNeverExceedsItsInvoiceAndGivesPaidMoneyBackAsAdvance)
{
    const qint64 a = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    const Invoice invoice = *invoicing.invoiceOrders({a}, QDate(2026, 5, 2));
    auto tooMuch =
        invoicing.creditAmount(invoice.invoiceNo, yuan("113.01"), QDate(2026, 5, 3), QStringLiteral("折让"));
    ASSERT_FALSE(tooMuch.has_value());
    ASSERT_TRUE(payments.record(payment(book.customerA, "113", QDate(2026, 5, 3), "P1")).has_value());
    auto note =
        invoicing.creditAmount(invoice.invoiceNo, yuan("11.30"), QDate(2026, 5, 4), QStringLiteral("折让"));
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    EXPECT_EQ(note->creditNo, QStringLiteral("CN-2026-000001"));
    const Invoice after = invoiceOf(invoice.invoiceNo);
    EXPECT_EQ(after.credited, yuan("11.30"));
    EXPECT_EQ(after.open(), Money());
    EXPECT_EQ(after.applied, yuan("101.70"));
    // The 11.30 paid too much is the customer's advance, and the next invoice takes it.
    const qint64 b = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 5));
    const Invoice next = *invoicing.invoiceOrders({b}, QDate(2026, 5, 6));
    EXPECT_EQ(next.applied, yuan("11.30"));
    EXPECT_TRUE(invariant().holds());
}

TEST_F(Finance, APaymentGoesToTheInvoiceOfExactlyItsAmountElseOldestDueFirstAndTheRestIsAdvance)
{
    const qint64 o1 = shipped(book.customerA, {{1, "100"}}, QDate(2026, 4, 1));
    const qint64 o2 = shipped(book.customerA, {{2, "100"}}, QDate(2026, 4, 2));
    const qint64 o3 = shipped(book.customerA, {{3, "100"}}, QDate(2026, 4, 3));
    const Invoice i1 = *invoicing.invoiceOrders({o1}, QDate(2026, 4, 5)); // 113
    const Invoice i2 = *invoicing.invoiceOrders({o2}, QDate(2026, 4, 6)); // 226
    const Invoice i3 = *invoicing.invoiceOrders({o3}, QDate(2026, 4, 7)); // 339

    auto exact = payments.record(payment(book.customerA, "226", QDate(2026, 5, 1), "B-1"));
    ASSERT_TRUE(exact.has_value());
    EXPECT_EQ(invoiceOf(i2.invoiceNo).open(), Money());
    EXPECT_EQ(invoiceOf(i1.invoiceNo).open(), yuan("113"));
    EXPECT_EQ(book.settlementOf(o2), SettlementStatus::Paid);

    auto oldest = payments.record(payment(book.customerA, "200", QDate(2026, 5, 2), "B-2"));
    ASSERT_TRUE(oldest.has_value());
    EXPECT_EQ(invoiceOf(i1.invoiceNo).open(), Money());
    EXPECT_EQ(invoiceOf(i3.invoiceNo).open(), yuan("252"));
    EXPECT_EQ(book.settlementOf(o3), SettlementStatus::PartiallyPaid);

    auto advance = payments.record(payment(book.customerA, "300", QDate(2026, 5, 3), "B-3"));
    ASSERT_TRUE(advance.has_value());
    EXPECT_EQ(advance->applied, yuan("252"));
    EXPECT_EQ(advance->unapplied(), yuan("48"));
    EXPECT_TRUE(invariant().holds());
}

TEST_F(Finance, APaymentDatedBeforeAnInvoicePaysItFromTheInvoicesDate)
{
    // Money received on 1 May, typed in after an invoice of 10 May: it pays that invoice, and the
    // application is dated when both existed, so the receivables of 5 May still show it unapplied.
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 2));
    const Invoice i = *invoicing.invoiceOrders({o}, QDate(2026, 5, 10)); // 113
    auto early = payments.record(payment(book.customerA, "113", QDate(2026, 5, 1), "EARLY-1"));
    ASSERT_TRUE(early.has_value()) << early.error().message.toStdString();
    EXPECT_EQ(early->applied, yuan("113"));
    EXPECT_EQ(invoiceOf(i.invoiceNo).open(), Money());
    EXPECT_EQ(book.settlementOf(o), SettlementStatus::Paid);
    QSqlQuery q(book.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT applied_on FROM payment_applications")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2026-05-10"));
    EXPECT_TRUE(invariant().holds());
}

TEST_F(Finance, BadPaymentsAreRefusedWithTheirFieldAndNothingIsRecorded)
{
    const qint64 a = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    const qint64 b = shipped(book.customerB, {{1, "100"}}, QDate(2026, 5, 1));
    invoicing.invoiceOrders({a}, QDate(2026, 5, 2));
    const Invoice ofB = *invoicing.invoiceOrders({b}, QDate(2026, 5, 2));
    ASSERT_TRUE(payments.record(payment(book.customerA, "10", QDate(2026, 5, 3), "R-1")).has_value());

    auto twice = payments.record(payment(book.customerA, "10", QDate(2026, 5, 3), " R-1 "));
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(payments.record(payment(book.customerA, "0", QDate(2026, 5, 3), "R-2")).error().field,
              QStringLiteral("amount"));
    EXPECT_EQ(payments.record(payment(book.customerA, "-5", QDate(2026, 5, 3), "R-3")).error().field,
              QStringLiteral("amount"));
    auto other = payments.record(payment(book.customerA, "5", QDate(2026, 5, 3), "R-4"), {ofB.invoiceNo});
    ASSERT_FALSE(other.has_value());
    EXPECT_EQ(other.error().field, QStringLiteral("invoice"));
    EXPECT_FALSE(
        payments.record(payment(book.customerA, "5", QDate(2026, 5, 3), "R-5"), {QStringLiteral("INV-1")})
            .has_value());
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payments")), 1);
}

TEST_F(Finance, TheClerkReappliesAPaymentByHand)
{
    const qint64 o1 = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    const qint64 o2 = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 2));
    const Invoice i1 = *invoicing.invoiceOrders({o1}, QDate(2026, 5, 3));
    const Invoice i2 = *invoicing.invoiceOrders({o2}, QDate(2026, 5, 4));
    auto paid = payments.record(payment(book.customerA, "113", QDate(2026, 5, 5), "P-1"));
    ASSERT_TRUE(paid.has_value());
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::Paid); // exact amount, oldest of the two
    ASSERT_TRUE(payments.reapply(paid->id, {{i2.id, yuan("113")}}, QDate(2026, 5, 6)).has_value());
    EXPECT_EQ(book.settlementOf(o1), SettlementStatus::Invoiced);
    EXPECT_EQ(book.settlementOf(o2), SettlementStatus::Paid);
    EXPECT_EQ(invoiceOf(i1.invoiceNo).open(), yuan("113"));
    EXPECT_FALSE(payments.reapply(paid->id, {{i2.id, yuan("113")}}, QDate(2026, 5, 4)).has_value());
    EXPECT_TRUE(invariant().holds());
}

TEST_F(Finance, ReceivablesAgeByDueDateOnAKnownDayWithDso)
{
    const qint64 o1 = shipped(book.customerA, {{1, "100"}}, QDate(2026, 1, 1));
    const qint64 o2 = shipped(book.customerA, {{2, "100"}}, QDate(2026, 1, 1));
    const qint64 o3 = shipped(book.customerB, {{3, "100"}}, QDate(2026, 1, 1));
    invoicing.invoiceOrders({o1}, QDate(2026, 1, 10)); // due 02-09: 80 days past on 04-30
    invoicing.invoiceOrders({o2}, QDate(2026, 3, 20)); // due 04-19: 11 days past
    invoicing.invoiceOrders({o3}, QDate(2026, 4, 20)); // due 05-20: not yet due
    auto report = ReceivablesService(session).receivables(QDate(2026, 4, 30));
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_EQ(report->customers.size(), 2);
    const CustomerReceivables& a = report->customers[0].figures;
    EXPECT_EQ(a.code, QStringLiteral("C-A"));
    EXPECT_EQ(a.buckets[AgeingBucket::Days61To90], yuan("113"));
    EXPECT_EQ(a.buckets[AgeingBucket::Days1To30], yuan("226"));
    EXPECT_EQ(report->customers[1].figures.buckets[AgeingBucket::Current], yuan("339"));
    EXPECT_EQ(report->totals.total(), yuan("678"));
    ASSERT_TRUE(report->dsoTenths.has_value());
    // 678 open ÷ 565 sold in the 90 days × 90 = 108.0 days.
    EXPECT_EQ(*report->dsoTenths, 1080);
}

TEST_F(Finance, AStatementShowsTheOpeningBalanceTheDocumentsAndTheClosingBalance)
{
    const qint64 o1 = shipped(book.customerA, {{1, "100"}}, QDate(2026, 3, 1));
    const qint64 o2 = shipped(book.customerA, {{1, "200"}}, QDate(2026, 4, 1));
    invoicing.invoiceOrders({o1}, QDate(2026, 3, 10));
    invoicing.invoiceOrders({o2}, QDate(2026, 4, 10));
    payments.record(payment(book.customerA, "100", QDate(2026, 4, 15), "S-1"));
    auto statement =
        ReceivablesService(session).statement(book.customerA, QDate(2026, 4, 1), QDate(2026, 4, 30));
    ASSERT_TRUE(statement.has_value());
    EXPECT_EQ(statement->opening(), yuan("113"));
    EXPECT_EQ(statement->entries().size(), 2);
    EXPECT_EQ(statement->closing(), yuan("239"));
}

TEST_F(Finance, AnOverdueCustomerGoesOnHoldUntilAManagerReleasesIt)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 3, 1));
    invoicing.invoiceOrders({o}, QDate(2026, 3, 10)); // due 04-09: 53 days overdue on 06-01
    ASSERT_TRUE(CreditControlService(session).refreshAll().has_value());
    auto holds = CreditControlService(session).holds();
    ASSERT_EQ(holds->size(), 1);
    EXPECT_EQ(holds->at(0).customerId, book.customerA);

    auto refused = CreditControlService(session).requireNotOnHold(book.customerA);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("INV-2026-000001")));
    EXPECT_TRUE(CreditControlService(session).requireNotOnHold(book.customerB).has_value());

    // The finance clerk cannot release it; a manager can, with a reason (audited).
    EXPECT_FALSE(CreditControlService(session)
                     .release(book.customerA, QStringLiteral("答应下周付"), QDate(2026, 6, 10))
                     .has_value());
    book.t().actAs(book.t().managerId);
    EXPECT_FALSE(
        CreditControlService(session).release(book.customerA, QString(), QDate(2026, 6, 10)).has_value());
    ASSERT_TRUE(CreditControlService(session)
                    .release(book.customerA, QStringLiteral("答应下周付"), QDate(2026, 6, 10))
                    .has_value());
    EXPECT_TRUE(CreditControlService(session).requireNotOnHold(book.customerA).has_value());
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'credit.release'")),
              1);

    // Paying lifts the hold.
    book.t().actAs(book.t().financeId);
    ASSERT_TRUE(payments.record(payment(book.customerA, "113", QDate(2026, 5, 30), "H-1")).has_value());
    EXPECT_TRUE(CreditControlService(session).holds()->isEmpty());
}

TEST_F(Finance, SubmittingAnOrderForACustomerOnHoldIsRefused)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 3, 1));
    invoicing.invoiceOrders({o}, QDate(2026, 3, 10));
    // The book numbers its orders itself; the intake's numbers start after them.
    book.number(QStringLiteral(
        "INSERT INTO order_number_counters (prefix, year, last_value) VALUES ('SO', 2026, 1000) "
        "ON CONFLICT (prefix, year) DO UPDATE SET last_value = 1000 RETURNING last_value"));
    book.t().actAs(book.t().salespersonId);
    OrderIntakeService intake(session);
    Order order = intake.newDraft();
    order.customerId = book.customerA;
    order.requestedDate = QDate(2026, 8, 1);
    OrderLine line;
    line.productId = book.product;
    line.quantity = Quantity::fromUnits(1);
    line.unitPrice = *UnitPrice::parse(u"100");
    order.lines << line;
    auto submitted = intake.submitForConfirmation(order, true);
    ASSERT_FALSE(submitted.has_value());
    EXPECT_EQ(submitted.error().kind, Error::Kind::Forbidden);
    EXPECT_EQ(submitted.error().field, QStringLiteral("customer"));
    // Saving a draft is still allowed.
    auto draft = intake.saveDraft(order, true);
    ASSERT_TRUE(draft.has_value());
    EXPECT_TRUE(draft->saved);
}

TEST_F(Finance, ABadDebtIsWrittenOffOnlyByAManager)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 3, 1));
    const Invoice invoice = *invoicing.invoiceOrders({o}, QDate(2026, 3, 10));
    payments.record(payment(book.customerA, "13", QDate(2026, 3, 20), "W-1"));
    auto refused =
        CreditControlService(session).writeOff(invoice.invoiceNo, QStringLiteral("破产"), QDate(2026, 5, 31));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, Error::Kind::Forbidden);
    book.t().actAs(book.t().managerId);
    auto written =
        CreditControlService(session).writeOff(invoice.invoiceNo, QStringLiteral("破产"), QDate(2026, 5, 31));
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    EXPECT_EQ(written->amount, yuan("100"));
    EXPECT_EQ(book.settlementOf(o), SettlementStatus::WrittenOff);
    EXPECT_FALSE(CreditControlService(session)
                     .writeOff(invoice.invoiceNo, QStringLiteral("破产"), QDate(2026, 5, 31))
                     .has_value());
}

TEST_F(Finance, NothingIsDatedInAClosedMonth)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 4, 1));
    ASSERT_TRUE(PeriodCloseService(session).closeMonth(QDate(2026, 4, 1)).has_value());
    EXPECT_FALSE(PeriodCloseService(session).closeMonth(QDate(2026, 6, 1)).has_value()); // not ended
    auto invoice = invoicing.invoiceOrders({o}, QDate(2026, 4, 30));
    ASSERT_FALSE(invoice.has_value());
    EXPECT_EQ(invoice.error().field, QStringLiteral("date"));
    auto paid = payments.record(payment(book.customerA, "10", QDate(2026, 4, 15), "L-1"));
    ASSERT_FALSE(paid.has_value());
    EXPECT_EQ(paid.error().field, QStringLiteral("date"));
    EXPECT_TRUE(invoicing.invoiceOrders({o}, QDate(2026, 5, 2)).has_value());
}

TEST_F(Finance, AnInvoiceAndAPaymentEachLeaveATimelineEventAndAnAuditRecordOnTheOrder)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    const Invoice invoice = *invoicing.invoiceOrders({o}, QDate(2026, 5, 2)); // 113
    QList<OrderEvent> events = settlementEvents(o);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data.value(QStringLiteral("to")).toString(), QStringLiteral("invoiced"));
    EXPECT_TRUE(OrderEventText::describe(events[0]).contains(invoice.invoiceNo));

    ASSERT_TRUE(payments.record(payment(book.customerA, "50", QDate(2026, 5, 3), "PART-1")).has_value());
    ASSERT_TRUE(payments.record(payment(book.customerA, "63", QDate(2026, 5, 4), "REST-2")).has_value());
    events = settlementEvents(o);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].data.value(QStringLiteral("to")).toString(), QStringLiteral("partially_paid"));
    EXPECT_EQ(events[2].data.value(QStringLiteral("to")).toString(), QStringLiteral("paid"));
    EXPECT_TRUE(OrderEventText::describe(events[2]).contains(QStringLiteral("REST-2")));
    EXPECT_EQ(events[2].userId, book.t().session().user().id);
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.settlement' "
                                         "AND entity = 'order' AND entity_id = %1")
                              .arg(o)),
              3);
}

TEST_F(Finance, AnImportAppliesEachPaymentAsTheOnesBeforeItLeftTheInvoices)
{
    const qint64 o1 = shipped(book.customerA, {{1, "100"}}, QDate(2026, 4, 1));
    const qint64 o2 = shipped(book.customerA, {{2, "100"}}, QDate(2026, 4, 2));
    const qint64 o3 = shipped(book.customerA, {{3, "100"}}, QDate(2026, 4, 3));
    const Invoice i1 = *invoicing.invoiceOrders({o1}, QDate(2026, 4, 5)); // 113
    const Invoice i2 = *invoicing.invoiceOrders({o2}, QDate(2026, 4, 6)); // 226
    const Invoice i3 = *invoicing.invoiceOrders({o3}, QDate(2026, 4, 7)); // 339
    // 226 pays invoice 2 (its exact amount) although invoice 1 is due first; 200 then pays
    // invoice 1 and 87 of invoice 3; 100 names invoice 3; 500 leaves 348 as an advance; a
    // second 113 finds nothing open of that amount any more and becomes advance too.
    const QString path =
        writeFile(QStringLiteral("bank.csv"),
                  QByteArray("customer_code,date,amount,reference,method,note,invoice_no\n"
                             "C-A,2026-05-01,226,I-1,,,\n"
                             "C-A,2026-05-02,200,I-2,,,\n"
                             "C-A,2026-05-03,100,I-3,,,") +
                      i3.invoiceNo.toUtf8() + "\nC-A,2026-05-04,500,I-4,,,\nC-A,2026-05-05,113,I-5,,,\n");
    auto report = payments.importFile(path, false);
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_TRUE(report->ok()) << report->formattedErrors().join(u'\n').toStdString();
    EXPECT_EQ(invoiceOf(i1.invoiceNo).open(), Money());
    EXPECT_EQ(invoiceOf(i2.invoiceNo).open(), Money());
    EXPECT_EQ(invoiceOf(i3.invoiceNo).open(), Money());
    EXPECT_EQ(payments.byReference(book.customerA, QStringLiteral("I-2"))->value().applied, yuan("200"));
    EXPECT_EQ(payments.byReference(book.customerA, QStringLiteral("I-4"))->value().applied, yuan("152"));
    EXPECT_EQ(payments.byReference(book.customerA, QStringLiteral("I-5"))->value().applied, Money());
    const MoneyInvariant m = invariant();
    EXPECT_TRUE(m.holds());
    EXPECT_EQ(m.advances, 348'00 + 113'00);
    for (qint64 o : {o1, o2, o3}) {
        EXPECT_EQ(book.settlementOf(o), SettlementStatus::Paid);
        const QList<OrderEvent> events = settlementEvents(o);
        ASSERT_EQ(events.size(), 2); // invoiced, then paid once by the whole import
        EXPECT_TRUE(OrderEventText::describe(events[1]).contains(QStringLiteral("bank.csv")));
    }
}

TEST_F(Finance, ImportingTheSamePaymentsTwiceRecordsNothingNewAndNamesTheRows)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    const Invoice invoice = *invoicing.invoiceOrders({o}, QDate(2026, 5, 2));
    const QString path = writeFile(QStringLiteral("pay.csv"),
                                   QByteArray("customer_code,date,amount,reference,method,note,invoice_no\n"
                                              "C-A,2026-05-10,100.00,BK-1,bank_transfer,,") +
                                       invoice.invoiceNo.toUtf8() + "\nC-B,2026-05-11,50,BK-2,cash,,\n");
    auto first = payments.importFile(path, false);
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(first->ok()) << first->formattedErrors().join(u'\n').toStdString();
    EXPECT_EQ(first->recordCount, 2);
    EXPECT_EQ(invoiceOf(invoice.invoiceNo).open(), yuan("13"));

    auto second = payments.importFile(path, false);
    ASSERT_TRUE(second.has_value());
    EXPECT_TRUE(second->ok());
    EXPECT_EQ(second->recordCount, 0);
    ASSERT_EQ(second->alreadyRecorded.size(), 2);
    EXPECT_EQ(second->alreadyRecorded[0].line, 2);
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payments")), 2);
}

TEST_F(Finance, ABadImportRecordsNothingAndNamesFileAndLine)
{
    const QString path =
        writeFile(QStringLiteral("bad.csv"), QByteArray("customer_code,date,amount,reference\n"
                                                        "C-A,2026-05-10,100.00,OK-1\n"
                                                        "C-A,2026-05-10,1.005,BAD-1\n"
                                                        "NOPE,2026-05-10,1,BAD-2\n"));
    auto report = payments.importFile(path, false);
    ASSERT_TRUE(report.has_value());
    ASSERT_EQ(report->errors.size(), 2);
    EXPECT_TRUE(report->formattedErrors()[0].startsWith(path + QStringLiteral(":3: ")));
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payments")), 0);
}

TEST_F(Finance, AFailureInTheMiddleOfAnImportLosesAndCreatesNoMoney)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    invoicing.invoiceOrders({o}, QDate(2026, 5, 2));
    payments.record(payment(book.customerA, "20", QDate(2026, 5, 3), "BEFORE"));
    // The disk "fails" when the third payment's application is written.
    QSqlQuery q(book.db().sql());
    ASSERT_TRUE(
        q.exec(QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON payments WHEN NEW.reference = 'X-3' "
                              "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
    const QString path =
        writeFile(QStringLiteral("crash.csv"), QByteArray("customer_code,date,amount,reference\n"
                                                          "C-A,2026-05-10,30,X-1\n"
                                                          "C-A,2026-05-10,40,X-2\n"
                                                          "C-A,2026-05-10,50,X-3\n"));
    auto report = payments.importFile(path, false);
    EXPECT_FALSE(report.has_value());
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payments")), 1);
    EXPECT_EQ(invoiceOf(QStringLiteral("INV-2026-000001")).applied, yuan("20"));
    const MoneyInvariant m = invariant();
    EXPECT_TRUE(m.holds());
    EXPECT_EQ(m.payments, 2000);
}

TEST_F(Finance, ABrokenPromiseComesBackAsAReminder)
{
    const qint64 o = shipped(book.customerA, {{1, "100"}}, QDate(2026, 3, 1));
    invoicing.invoiceOrders({o}, QDate(2026, 3, 10));
    CollectionContact c;
    c.customerId = book.customerA;
    c.contactedAt = QDateTime(QDate(2026, 5, 20), QTime(10, 0));
    c.note = QStringLiteral("财务说月底前付");
    c.promisedDate = QDate(2026, 5, 28);
    auto logged = CollectionService(session).logContact(c);
    ASSERT_TRUE(logged.has_value()) << logged.error().message.toStdString();
    auto broken = CollectionService(session).brokenPromises();
    ASSERT_TRUE(broken.has_value());
    ASSERT_EQ(broken->size(), 1);
    EXPECT_EQ(broken->at(0).contact.promisedDate, QDate(2026, 5, 28));
    auto overdue = ReceivablesService(session).overdue(QDate(2026, 6, 1), 10);
    ASSERT_EQ(overdue->size(), 1);
}
