#include "ClosedPeriodRepository.h"
#include "CollectionContactRepository.h"
#include "CreditControl.h"
#include "CreditExposureRepository.h"
#include "CreditHoldRepository.h"
#include "CustomerBalanceRepository.h"
#include "ReceivablesRepository.h"
#include "SettlementBook.h"
#include "StatementRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;
using namespace od::test;

namespace {

const QDate kMar1(2026, 3, 1);

// Customer A: an invoice of 113.00 due 31 March, one of 226.00 due 30 April and one of 56.50
// due 31 May; 150.00 paid on 10 May (113.00 to the first, 37.00 to the second). Customer B: an
// invoice of 11.30 due 30 April, and 20.00 paid on 2 May (11.30 applied, 8.70 advance).
struct AgedBook
{
    SettlementBook book;
    qint64 i1 = 0, i2 = 0, i3 = 0;

    AgedBook()
    {
        const qint64 o1 = book.addOrder(book.customerA, {{1, "100"}}, kMar1);
        const qint64 o2 = book.addOrder(book.customerA, {{1, "200"}}, kMar1);
        const qint64 o3 = book.addOrder(book.customerA, {{1, "50"}}, kMar1);
        const qint64 o4 = book.addOrder(book.customerB, {{1, "10"}}, kMar1);
        i1 = book.invoice({o1}, QDate(2026, 3, 1))->id;
        i2 = book.invoice({o2}, QDate(2026, 3, 31))->id;
        i3 = book.invoice({o3}, QDate(2026, 5, 1))->id;
        book.invoice({o4}, QDate(2026, 3, 31));
        book.pay(book.customerB, "20", QDate(2026, 5, 2), QStringLiteral("B-1"));
        book.pay(book.customerA, "150", QDate(2026, 5, 10), QStringLiteral("A-1"));
    }
};

const CustomerReceivables* find(const QList<CustomerReceivables>& list, const QString& code)
{
    for (const CustomerReceivables& r : list)
        if (r.code == code)
            return &r;
    return nullptr;
}

} // namespace

TEST(ReceivablesRepository, AgesWhatIsOpenByDueDateOnAKnownDay)
{
    AgedBook a;
    auto all = ReceivablesRepository(a.book.db()).byCustomer(QDate(2026, 6, 1));
    ASSERT_TRUE(all.has_value()) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), 2);
    const CustomerReceivables* r = find(*all, QStringLiteral("C-A"));
    ASSERT_TRUE(r);
    // On 1 June: 189.00 left of the invoice due 30 April (32 days: 31–60), 56.50 due 31 May (1 day).
    EXPECT_TRUE(r->buckets[AgeingBucket::Current].isZero());
    EXPECT_EQ(r->buckets[AgeingBucket::Days1To30], yuan("56.50"));
    EXPECT_EQ(r->buckets[AgeingBucket::Days31To60], yuan("189.00"));
    EXPECT_EQ(r->buckets.total(), yuan("245.50"));
    EXPECT_EQ(r->balance.outstanding(), yuan("245.50"));
    EXPECT_EQ(r->balance.invoiced, yuan("395.50"));
    EXPECT_EQ(r->balance.paid, yuan("150"));
    EXPECT_EQ(r->oldestOverdueDue, QDate(2026, 4, 30));
    const CustomerReceivables* b = find(*all, QStringLiteral("C-B"));
    ASSERT_TRUE(b);
    EXPECT_TRUE(b->balance.outstanding().isZero());
    EXPECT_EQ(b->balance.advance(), yuan("8.70"));
    EXPECT_FALSE(b->oldestOverdueDue.isValid());
}

TEST(ReceivablesRepository, OnAnEarlierDayTheLaterDocumentsAreLeftOut)
{
    AgedBook a;
    // On 5 May the payment of the 10th had not come: A owed all three invoices.
    auto may5 = ReceivablesRepository(a.book.db()).byCustomer(QDate(2026, 5, 5));
    ASSERT_TRUE(may5.has_value());
    const CustomerReceivables* r = find(*may5, QStringLiteral("C-A"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->balance.paid, Money());
    EXPECT_EQ(r->buckets[AgeingBucket::Current], yuan("56.50"));     // due 31 May
    EXPECT_EQ(r->buckets[AgeingBucket::Days1To30], yuan("226.00"));  // due 30 April: 5 days
    EXPECT_EQ(r->buckets[AgeingBucket::Days31To60], yuan("113.00")); // due 31 March: 35 days
    EXPECT_EQ(r->oldestOverdueDue, QDate(2026, 3, 31));
    // B had paid on the 2nd: its advance was there, its invoice paid.
    const CustomerReceivables* b = find(*may5, QStringLiteral("C-B"));
    EXPECT_EQ(b->balance.advance(), yuan("8.70"));
    // On 31 March only the invoices of March existed; A's second was not yet due.
    auto mar31 = ReceivablesRepository(a.book.db()).byCustomer(QDate(2026, 3, 31));
    r = find(*mar31, QStringLiteral("C-A"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->balance.invoiced, yuan("339"));
    EXPECT_EQ(r->buckets[AgeingBucket::Current], yuan("339"));
    // Before anything was invoiced, nobody is listed.
    EXPECT_TRUE(ReceivablesRepository(a.book.db()).byCustomer(QDate(2026, 2, 28))->isEmpty());
}

TEST(ReceivablesRepository, CreditSalesAndTheOverdueList)
{
    AgedBook a;
    ReceivablesRepository receivables(a.book.db());
    EXPECT_EQ(*receivables.creditSales(QDate(2026, 3, 1), QDate(2026, 3, 31)), yuan("350.30"));
    EXPECT_EQ(*receivables.creditSales(QDate(2026, 3, 1), QDate(2026, 5, 31), a.book.customerA),
              yuan("395.50"));
    ASSERT_TRUE(a.book.creditAmount(a.i3, "6.50", QDate(2026, 5, 20)).has_value());
    EXPECT_EQ(*receivables.creditSales(QDate(2026, 5, 1), QDate(2026, 5, 31)), yuan("50.00"));
    auto overdue = receivables.overdue(QDate(2026, 6, 1), 10);
    ASSERT_EQ(overdue->size(), 2);
    EXPECT_EQ(overdue->at(0).invoiceId, a.i2);
    EXPECT_EQ(overdue->at(0).open, yuan("189"));
    EXPECT_EQ(overdue->at(1).open, yuan("50"));
    EXPECT_EQ(overdue->at(0).customerCode, QStringLiteral("C-A"));
}

TEST(StatementRepository, OpeningDocumentsAndClosingAgreeWithTheBalance)
{
    AgedBook a;
    auto data =
        StatementRepository(a.book.db()).load(a.book.customerA, QDate(2026, 4, 1), QDate(2026, 5, 31));
    ASSERT_TRUE(data.has_value()) << data.error().message.toStdString();
    EXPECT_EQ(data->opening, yuan("339")); // the two March invoices
    ASSERT_EQ(data->entries.size(), 2);
    auto statement =
        CustomerStatement::build(QDate(2026, 4, 1), QDate(2026, 5, 31), data->opening, data->entries);
    ASSERT_TRUE(statement.has_value());
    EXPECT_EQ(statement->entries()[0].kind, StatementEntryKind::Invoice);
    EXPECT_EQ(statement->entries()[1].kind, StatementEntryKind::Payment);
    EXPECT_EQ(statement->entries()[1].documentNo, QStringLiteral("A-1"));
    EXPECT_EQ(statement->closing(), yuan("245.50"));
    EXPECT_EQ(statement->closing(),
              CustomerBalanceRepository(a.book.db()).byCustomer(a.book.customerA)->balance());

    // B's advance shows as a balance in its favour.
    auto b = StatementRepository(a.book.db()).load(a.book.customerB, QDate(2026, 1, 1), QDate(2026, 12, 31));
    auto bs = CustomerStatement::build(QDate(2026, 1, 1), QDate(2026, 12, 31), b->opening, b->entries);
    EXPECT_EQ(bs->closing(), yuan("-8.70"));
}

TEST(CreditExposureRepository, OwedAdvanceMostOverdueAndOpenOrdersNotYetInvoiced)
{
    AgedBook a;
    // An open order of 1,000.00 + 130.00 with a 30 % deposit invoiced: 339.00 of it is owed
    // already, 791.00 is not yet invoiced.
    const qint64 open = a.book.addOrder(a.book.customerA, {{10, "100"}}, QDate(2026, 5, 20));
    ASSERT_TRUE(a.book.depositInvoice(open, 3000, QDate(2026, 5, 20)).has_value());
    auto e = CreditExposureRepository(a.book.db()).exposure(a.book.customerA, QDate(2026, 6, 1));
    ASSERT_TRUE(e.has_value()) << e.error().message.toStdString();
    EXPECT_EQ(e->outstanding, yuan("584.50"));
    EXPECT_EQ(e->openOrders, yuan("791"));
    EXPECT_EQ(e->maxDaysOverdue, 32);

    // An open order never invoiced counts in full (200.00 + 26.00 tax); the invoiced ones of
    // March count nothing more.
    a.book.addOrder(a.book.customerA, {{2, "100"}}, QDate(2026, 5, 25));
    auto more = CreditExposureRepository(a.book.db()).exposure(a.book.customerA, QDate(2026, 6, 1));
    ASSERT_TRUE(more.has_value()) << more.error().message.toStdString();
    EXPECT_EQ(more->openOrders, yuan("1017"));
    EXPECT_FALSE(e->mostOverdueInvoice.isEmpty());
    CreditPolicy policy;
    EXPECT_EQ(CreditControl::reasons(policy, *e), QList<CreditHoldReason>{CreditHoldReason::Overdue});
}

TEST(CreditHoldRepository, OneHoldInForceAndTheManagersReleases)
{
    SettlementBook book;
    CreditHoldRepository holds(book.db());
    CreditHold hold{0, book.customerA, QDate(2026, 6, 1), {QStringLiteral("overdue")}, QStringLiteral("…"),
                    {}};
    ASSERT_TRUE(holds.place(hold).has_value());
    CreditHold second = hold;
    EXPECT_FALSE(holds.place(second).has_value()); // one in force at a time
    CreditRelease release{0,
                          book.customerA,
                          QDate(2026, 6, 1),
                          QDate(2026, 6, 7),
                          book.t().managerId,
                          {},
                          QStringLiteral("老客户,承诺6月5日付款")};
    ASSERT_TRUE(holds.insertRelease(release).has_value());
    auto latest = holds.latestRelease(book.customerA);
    ASSERT_TRUE(latest.has_value() && latest->has_value());
    EXPECT_EQ((*latest)->managerName, QStringLiteral("李强"));
    EXPECT_EQ((*latest)->validUntil, QDate(2026, 6, 7));
    EXPECT_EQ(book.number(QStringLiteral("SELECT hold_id FROM credit_releases")), hold.id);
    ASSERT_TRUE(holds.lift(hold.id, QDate(2026, 6, 5)).has_value());
    EXPECT_FALSE(holds.lift(hold.id, QDate(2026, 6, 5)).has_value());
    EXPECT_FALSE(holds.inForce(book.customerA)->has_value());
    EXPECT_TRUE(holds.place(second).has_value()); // a new hold once the last was lifted
    EXPECT_EQ(holds.allInForce()->size(), 1);
}

TEST(ClosedPeriodRepository, AClosedMonthTakesNoDocumentAndStaysClosed)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{1, "100"}}, QDate(2026, 4, 1));
    ClosedPeriodRepository periods(book.db());
    ASSERT_TRUE(periods.close(QDate(2026, 4, 30), book.t().financeId).has_value());
    EXPECT_FALSE(periods.close(QDate(2026, 4, 1), book.t().financeId).has_value());
    auto lock = periods.lock();
    ASSERT_TRUE(lock.has_value());
    EXPECT_TRUE(lock->isClosed(QDate(2026, 4, 15)));
    auto refused = book.invoice({order}, QDate(2026, 4, 30));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));
    EXPECT_TRUE(book.invoice({order}, QDate(2026, 5, 1)).has_value());
    EXPECT_FALSE(book.pay(book.customerA, "10", QDate(2026, 4, 30), QStringLiteral("R-APRIL")).has_value());
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payments")), 0);
    QSqlQuery q(book.db().sql());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM closed_periods")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE closed_periods SET month = '2026-03'")));
}

TEST(CollectionContactRepository, ABrokenPromiseComesBackUntilANewContactIsLogged)
{
    SettlementBook book;
    CollectionContactRepository contacts(book.db());
    CollectionContact c;
    c.customerId = book.customerA;
    c.contactedAt = QDateTime(QDate(2026, 5, 20), QTime(2, 0), Qt::UTC);
    c.contactedBy = book.t().financeId;
    c.note = QStringLiteral("财务说月底前付");
    c.promisedDate = QDate(2026, 5, 28);
    c.promisedAmount = yuan("500");
    ASSERT_TRUE(contacts.insert(c).has_value());
    EXPECT_TRUE(contacts.brokenPromises(QDate(2026, 5, 28))->isEmpty()); // its day has not passed
    book.pay(book.customerA, "300", QDate(2026, 5, 25), QStringLiteral("R1"));
    auto broken = contacts.brokenPromises(QDate(2026, 5, 29));
    ASSERT_EQ(broken->size(), 1);
    EXPECT_EQ(broken->first().paidSince, yuan("300"));
    EXPECT_EQ(broken->first().contact.promisedAmount, yuan("500"));
    book.pay(book.customerA, "200", QDate(2026, 5, 28), QStringLiteral("R2"));
    EXPECT_TRUE(contacts.brokenPromises(QDate(2026, 5, 29))->isEmpty()); // kept after all

    CollectionContact again = c;
    again.contactedAt = QDateTime(QDate(2026, 6, 2), QTime(2, 0), Qt::UTC);
    again.promisedDate = QDate(2026, 6, 10);
    again.promisedAmount = yuan("1000");
    ASSERT_TRUE(contacts.insert(again).has_value());
    EXPECT_EQ(contacts.brokenPromises(QDate(2026, 6, 11))->size(), 1);
    ASSERT_EQ(contacts.forCustomer(book.customerA, 10)->size(), 2);
    EXPECT_EQ(contacts.forCustomer(book.customerA, 10)->first().id, again.id);
}

TEST(StatementRepository, TotalsAndPagesAgreeWithTheWholeStatement)
{
    AgedBook a;
    ASSERT_TRUE(a.book.creditAmount(a.i3, "6.50", QDate(2026, 5, 20)).has_value());
    ASSERT_TRUE(a.book.pay(a.book.customerA, "10", QDate(2026, 5, 20), QStringLiteral("A-2")).has_value());
    StatementRepository statements(a.book.db());
    const QDate from(2026, 3, 1), to(2026, 5, 31);
    auto data = statements.load(a.book.customerA, from, to);
    ASSERT_TRUE(data.has_value());
    auto whole = CustomerStatement::build(from, to, data->opening, data->entries);
    ASSERT_TRUE(whole.has_value());
    auto totals = statements.totals(a.book.customerA, from, to);
    ASSERT_TRUE(totals.has_value());
    EXPECT_EQ(totals->opening, whole->opening());
    EXPECT_EQ(totals->invoiced, whole->invoiced());
    EXPECT_EQ(totals->credited, yuan("6.50"));
    EXPECT_EQ(totals->paid, yuan("160"));
    EXPECT_EQ(totals->closing(), whole->closing());
    // The entries come in the statement's own order, so pages need no sorting and add up.
    QList<StatementEntry> paged;
    for (int offset = 0;; offset += 2) {
        auto page = statements.entries(a.book.customerA, from, to, 2, offset);
        ASSERT_TRUE(page.has_value());
        if (page->isEmpty())
            break;
        paged << *page;
    }
    ASSERT_EQ(paged.size(), whole->entries().size());
    for (int i = 0; i < paged.size(); ++i) {
        EXPECT_EQ(paged[i].documentNo, whole->entries()[i].documentNo) << i;
        EXPECT_EQ(paged[i].date, whole->entries()[i].date) << i;
    }
    // 20 May: the credit note before the payment of the same day.
    EXPECT_EQ(paged[paged.size() - 2].kind, StatementEntryKind::CreditNote);
    EXPECT_EQ(paged.last().documentNo, QStringLiteral("A-2"));
}
