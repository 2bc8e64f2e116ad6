#include "DatabaseCheckService.h"
#include "SettlementBook.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;
using namespace od::test;

namespace {

QStringList problemsOf(Session& session, const QString& check)
{
    auto problems = DatabaseCheckService(session).run();
    EXPECT_TRUE(problems.has_value());
    QStringList out;
    for (const DatabaseProblem& p : problems.value_or(QList<DatabaseProblem>()))
        if (check.isEmpty() || p.check == check)
            out << p.message;
    return out;
}

// A customer with two invoices, one paid and one partly, and an advance left over.
struct CheckedBook
{
    SettlementBook book;
    qint64 order = 0;
    qint64 second = 0;

    CheckedBook()
    {
        order = book.addOrder(book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
        second = book.addOrder(book.customerA, {{2, "100"}}, QDate(2026, 5, 1));
        EXPECT_TRUE(book.invoice({order}, QDate(2026, 5, 2)).has_value());
        EXPECT_TRUE(book.pay(book.customerA, "113", QDate(2026, 5, 3), QStringLiteral("R1")).has_value());
        EXPECT_TRUE(book.invoice({second}, QDate(2026, 5, 4)).has_value());
        EXPECT_TRUE(book.pay(book.customerA, "300", QDate(2026, 5, 5), QStringLiteral("R2")).has_value());
        EXPECT_TRUE(book.pay(book.customerB, "50", QDate(2026, 5, 5), QStringLiteral("R3")).has_value());
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(book.db().sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    }
};

} // namespace

TEST(DatabaseCheckService, ASettlementBookKeptByTheRepositoriesIsClean)
{
    CheckedBook c;
    EXPECT_EQ(problemsOf(c.book.t().session(), QString()), QStringList());
}

TEST(DatabaseCheckService, NamesMoneyThatIsNeitherAppliedNorAnAdvance)
{
    CheckedBook c;
    // An advance that appears from nowhere: the kept balance says more was paid than was.
    c.exec(QStringLiteral("UPDATE customer_balances SET paid = paid + 1 WHERE customer_id = %1")
               .arg(c.book.customerB));
    const QStringList money = problemsOf(c.book.t().session(), QStringLiteral("money"));
    ASSERT_EQ(money.size(), 1);
    EXPECT_TRUE(money[0].contains(QStringLiteral("463.00"))) << money[0].toStdString(); // the payments
    EXPECT_TRUE(money[0].contains(QStringLiteral("-0.01"))) << money[0].toStdString();
    const QStringList balances = problemsOf(c.book.t().session(), QStringLiteral("customer_balances"));
    ASSERT_EQ(balances.size(), 1);
    EXPECT_TRUE(balances[0].contains(QStringLiteral("C-B")));
}

TEST(DatabaseCheckService, NamesAnInvoiceAPaymentAndAnOrderOutOfStep)
{
    CheckedBook c;
    c.exec(QStringLiteral(
        "UPDATE invoices SET applied = applied - 100, open_amount = open_amount + 100 WHERE id = 1"));
    c.exec(QStringLiteral("UPDATE payments SET applied = applied - 1 WHERE reference = 'R2'"));
    c.exec(QStringLiteral("UPDATE orders SET settlement_status = 'invoiced' WHERE id = %1").arg(c.second));
    const QStringList invoices = problemsOf(c.book.t().session(), QStringLiteral("invoice_sums"));
    ASSERT_EQ(invoices.size(), 1);
    EXPECT_TRUE(invoices[0].contains(QStringLiteral("INV-2026-000001")));
    EXPECT_TRUE(invoices[0].contains(QStringLiteral("112.00")));
    const QStringList payments = problemsOf(c.book.t().session(), QStringLiteral("payment_sums"));
    ASSERT_EQ(payments.size(), 1);
    EXPECT_TRUE(payments[0].contains(QStringLiteral("R2")));
    // The second order says invoiced but is paid; the first says paid, but its invoice as edited
    // now says partly paid.
    const QStringList orders = problemsOf(c.book.t().session(), QStringLiteral("settlement"));
    ASSERT_EQ(orders.size(), 2);
    EXPECT_TRUE(orders[0].contains(SettlementStatusInfo::displayName(SettlementStatus::PartiallyPaid)));
    EXPECT_TRUE(orders[1].contains(SettlementStatusInfo::displayName(SettlementStatus::Invoiced)));
    EXPECT_TRUE(orders[1].endsWith(u'"' + SettlementStatusInfo::displayName(SettlementStatus::Paid) +
                                   QStringLiteral("\".")));
}

TEST(DatabaseCheckService, NamesAnOrderTheInvoicingListLeavesOutOrKeepsWrongly)
{
    CheckedBook c;
    // Fully invoiced, yet listed as invoiced in part.
    c.exec(QStringLiteral("INSERT INTO billing_remainders (order_id) VALUES (%1)").arg(c.order));
    const QStringList problems = problemsOf(c.book.t().session(), QStringLiteral("billing_queue"));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("SO-"))) << problems.first().toStdString();
}
