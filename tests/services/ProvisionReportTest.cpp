#include "CollectionService.h"
#include "ProvisionReportService.h"
#include "SettlementBook.h"

#include <gtest/gtest.h>

using namespace od;
using namespace od::test;

// The provision report lists the invoices open more than 90 days past due (or the days asked
// for), most overdue first, with the chase finance recorded; its totals cover every one of them.
// Today is 2026-06-01; invoices fall due 30 days after their date.

TEST(ProvisionReport, ListsOnlyInvoicesLongOverdueWithTheirLastContactAndPromise)
{
    SettlementBook book;
    Session& session = book.t().session();
    const qint64 old = book.addOrder(book.customerA, {{1, "100"}}, QDate(2026, 1, 1));
    const qint64 older = book.addOrder(book.customerB, {{2, "100"}}, QDate(2025, 12, 1));
    const qint64 recent = book.addOrder(book.customerA, {{3, "100"}}, QDate(2026, 4, 1));
    auto oldInvoice = book.invoice({old}, QDate(2026, 1, 5));       // due 02-04: 117 days
    auto olderInvoice = book.invoice({older}, QDate(2025, 12, 5));  // due 2026-01-04: 148 days
    auto recentInvoice = book.invoice({recent}, QDate(2026, 4, 5)); // due 05-05: 27 days
    ASSERT_TRUE(oldInvoice && olderInvoice && recentInvoice);
    // Part of the old one was paid; a promise was made for the rest.
    ASSERT_TRUE(book.pay(book.customerA, "13", QDate(2026, 3, 1), QStringLiteral("R1")).has_value());
    CollectionContact c;
    c.customerId = book.customerA;
    c.contactedAt = QDateTime(QDate(2026, 5, 20), QTime(10, 0));
    c.note = QStringLiteral("答应月底前付清");
    c.promisedDate = QDate(2026, 5, 30);
    ASSERT_TRUE(CollectionService(session).logContact(c).has_value());

    auto report = ProvisionReportService(session).report(QDate(2026, 6, 1));
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_EQ(report->invoices.size(), 2);
    EXPECT_EQ(report->invoices.at(0).invoiceNo, olderInvoice->invoiceNo);
    EXPECT_EQ(report->invoices.at(0).daysOverdue, 148);
    EXPECT_FALSE(report->invoices.at(0).lastContact.isValid());
    const DoubtfulReceivable& a = report->invoices.at(1);
    EXPECT_EQ(a.invoiceNo, oldInvoice->invoiceNo);
    EXPECT_EQ(a.daysOverdue, 117);
    EXPECT_EQ(a.open, yuan("100")); // 113 less the 13 paid
    EXPECT_EQ(a.lastContact, QDate(2026, 5, 20));
    EXPECT_EQ(a.promisedDate, QDate(2026, 5, 30));
    EXPECT_EQ(report->totals.invoices, 2);
    EXPECT_EQ(report->totals.total, yuan("326")); // 226 + 100
    EXPECT_EQ(report->totals.customers, 2);

    // Over 120 days only the older one is left; over 10 days the recent one joins.
    EXPECT_EQ(ProvisionReportService(session).report(QDate(2026, 6, 1), 120)->invoices.size(), 1);
    EXPECT_EQ(ProvisionReportService(session).report(QDate(2026, 6, 1), 10)->totals.invoices, 3);
    EXPECT_FALSE(ProvisionReportService(session).report(QDate(2026, 6, 1), -1).has_value());
}

TEST(ProvisionReport, IsForFinanceAndManagersOnly)
{
    SettlementBook book;
    book.t().actAs(book.t().salespersonId);
    auto report = ProvisionReportService(book.t().session()).report(QDate(2026, 6, 1));
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().kind, Error::Kind::Forbidden);
    book.t().actAs(book.t().managerId);
    EXPECT_TRUE(ProvisionReportService(book.t().session()).report(QDate(2026, 6, 1)).has_value());
}
