#include "CreditNoteRepository.h"
#include "DocumentNumberAllocator.h"
#include "InvoiceRepository.h"
#include "InvoiceSourceRepository.h"
#include "PaymentRepository.h"
#include "SettlementBook.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;
using namespace od::test;

namespace {

const QDate kMay1(2026, 5, 1);

bool runs(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql);
}

} // namespace

TEST(DocumentNumberAllocator, InvoicesAndCreditNotesHaveTheirOwnGapFreeNumbersPerYear)
{
    TestDatabase t;
    DocumentNumberAllocator numbers(t.db());
    using Kind = DocumentNumberAllocator::Kind;
    {
        Transaction tx(t.db());
        EXPECT_EQ(*numbers.next(Kind::Invoice, QStringLiteral("INV"), 2026),
                  QStringLiteral("INV-2026-000001"));
        EXPECT_EQ(*numbers.next(Kind::Invoice, QStringLiteral("INV"), 2026),
                  QStringLiteral("INV-2026-000002"));
        EXPECT_EQ(*numbers.next(Kind::CreditNote, QStringLiteral("CN"), 2026),
                  QStringLiteral("CN-2026-000001"));
        // The same prefix for both kinds still gives each its own sequence.
        EXPECT_EQ(*numbers.next(Kind::CreditNote, QStringLiteral("INV"), 2026),
                  QStringLiteral("INV-2026-000001"));
        EXPECT_EQ(*numbers.next(Kind::Invoice, QStringLiteral("INV"), 2027),
                  QStringLiteral("INV-2027-000001"));
        ASSERT_TRUE(tx.commit().has_value());
    }
    {
        Transaction tx(t.db());
        EXPECT_EQ(*numbers.next(Kind::Invoice, QStringLiteral("INV"), 2026),
                  QStringLiteral("INV-2026-000003"));
        // rolled back: the number is given back
    }
    Transaction tx(t.db());
    EXPECT_EQ(*numbers.next(Kind::Invoice, QStringLiteral("INV"), 2026), QStringLiteral("INV-2026-000003"));
}

TEST(InvoiceRepository, AnInvoiceReadsBackAsItWasIssuedAndOnlyItsOfficialNumberChanges)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{3, "12.50"}, {2, "0.005"}}, kMay1);
    auto issued = book.invoice({order}, QDate(2026, 5, 10));
    ASSERT_TRUE(issued.has_value()) << issued.error().message.toStdString();
    EXPECT_EQ(issued->invoiceNo, QStringLiteral("INV-2026-000001"));

    InvoiceRepository invoices(book.db());
    auto read = invoices.byNumber(QStringLiteral("INV-2026-000001"));
    ASSERT_TRUE(read.has_value() && read->has_value());
    const Invoice& inv = **read;
    EXPECT_EQ(inv.total, yuan("42.39")); // 37.50 + 0.01 = 37.51; tax 4.8763 → 4.88
    EXPECT_EQ(inv.subtotal, yuan("37.51"));
    EXPECT_EQ(inv.dueDate, QDate(2026, 6, 9));
    ASSERT_EQ(inv.lines.size(), 2);
    EXPECT_EQ(inv.lines[1].orderLineNo, 2);
    EXPECT_EQ(inv.lines[1].unitPrice, *UnitPrice::parse(u"0.005"));
    EXPECT_EQ(inv.lines[0].orderNo, issued->lines[0].orderNo);
    EXPECT_EQ(inv.open(), inv.total);

    ASSERT_TRUE(invoices.setOfficial(inv.id, QStringLiteral("04403261"), QDate(2026, 5, 12)).has_value());
    EXPECT_EQ((*invoices.byId(inv.id))->officialNo, QStringLiteral("04403261"));
    // An issued invoice is never edited or deleted, whatever writes to the file.
    EXPECT_FALSE(
        runs(book.db(), QStringLiteral("UPDATE invoices SET total = total + 1, subtotal = subtotal + 1")));
    EXPECT_FALSE(runs(book.db(), QStringLiteral("UPDATE invoice_lines SET amount = 0")));
    EXPECT_FALSE(runs(book.db(), QStringLiteral("DELETE FROM invoices")));
    EXPECT_EQ((*invoices.byId(inv.id))->total, yuan("42.39"));
}

TEST(InvoiceSourceRepository, WhatIsInvoicedOfEachLineNetOfCreditedQuantities)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{10, "9.99"}, {1, "0.05"}}, kMay1);
    ASSERT_TRUE(book.invoice({order}, QDate(2026, 5, 10)).has_value());
    auto source = InvoiceSourceRepository(book.db()).load(order);
    ASSERT_TRUE(source.has_value() && source->has_value());
    EXPECT_EQ((*source)->lines[0].invoiced, Quantity::fromUnits(10));
    EXPECT_EQ((*source)->lines[0].invoicedAmount, yuan("99.90"));
    EXPECT_EQ((*source)->lines[0].description, QStringLiteral("球阀"));

    // Three of line 1 come back: they can be invoiced again.
    auto creditable = CreditNoteRepository(book.db()).creditable(1);
    ASSERT_TRUE(creditable.has_value() && creditable->has_value());
    auto note = CreditNoteCalculator::lines(**creditable,
                                            {{(*creditable)->invoice.lines[0].id, Quantity::fromUnits(3)}},
                                            QDate(2026, 5, 20), QStringLiteral("退货"));
    ASSERT_TRUE(note.has_value());
    note->creditNo = QStringLiteral("CN-2026-000001");
    {
        Transaction tx(book.db());
        ASSERT_TRUE(CreditNoteRepository(book.db()).insert(*note, book.t().financeId).has_value());
        ASSERT_TRUE(tx.commit().has_value());
    }
    source = InvoiceSourceRepository(book.db()).load(order);
    EXPECT_EQ((*source)->lines[0].invoiced, Quantity::fromUnits(7));
    EXPECT_EQ((*source)->lines[0].invoicedAmount, yuan("69.93"));
    auto again = CreditNoteRepository(book.db()).creditable(1);
    EXPECT_EQ((*again)->creditedLines.value((*again)->invoice.lines[0].id).quantity, Quantity::fromUnits(3));
    EXPECT_EQ((*again)->invoice.credited, yuan("33.87"));
    EXPECT_EQ((*again)->creditedTax, yuan("3.90"));
}

TEST(InvoiceSourceRepository, ADepositAndWhatLaterInvoicesDeducted)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{10, "100"}}, kMay1);
    auto deposit = book.depositInvoice(order, 3000, kMay1);
    ASSERT_TRUE(deposit.has_value()) << deposit.error().message.toStdString();
    EXPECT_EQ(deposit->total, yuan("339.00"));
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Invoiced);
    auto source = InvoiceSourceRepository(book.db()).load(order);
    ASSERT_TRUE((*source)->deposit.has_value());
    EXPECT_EQ((*source)->deposit->invoiceNo, deposit->invoiceNo);
    EXPECT_EQ((*source)->deposit->remaining(), yuan("339.00"));
    EXPECT_FALSE(book.depositInvoice(order, 3000, kMay1).has_value()); // one deposit per order

    auto final = book.invoice({order}, QDate(2026, 5, 20));
    ASSERT_TRUE(final.has_value());
    EXPECT_EQ(final->total, yuan("791.00"));
    source = InvoiceSourceRepository(book.db()).load(order);
    EXPECT_TRUE((*source)->deposit->remaining().isZero());
    EXPECT_EQ((*source)->deposit->deductedTax, yuan("39.00"));
    EXPECT_EQ(book.number(QStringLiteral("SELECT sum(total) FROM invoices")), 113000);
}

TEST(PaymentRepository, TheSameReferenceOfACustomerIsRecordedOnce)
{
    SettlementBook book;
    auto first = book.pay(book.customerA, "500", kMay1, QStringLiteral("CMB-0001"));
    ASSERT_TRUE(first.has_value());
    auto twice = book.pay(book.customerA, "500", kMay1, QStringLiteral(" CMB-0001 "));
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().kind, Error::Kind::Conflict);
    EXPECT_EQ(twice.error().field, QStringLiteral("reference"));
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("CMB-0001")));
    // Another customer may use the same bank reference.
    EXPECT_TRUE(book.pay(book.customerB, "500", kMay1, QStringLiteral("CMB-0001")).has_value());
    EXPECT_EQ(book.number(QStringLiteral("SELECT count(*) FROM payments")), 2);
    // The schema refuses it too, whatever writes to the file.
    EXPECT_FALSE(
        runs(book.db(), QStringLiteral("INSERT INTO payments (customer_id, payment_date, amount, method, "
                                       "reference, created_at) VALUES (%1, '2026-05-01', 1, 'cash', "
                                       "'CMB-0001', 'x')")
                            .arg(book.customerA)));

    auto recorded = PaymentRepository(book.db()).recorded({{book.customerA, QStringLiteral("CMB-0001")},
                                                           {book.customerA, QStringLiteral("CMB-0002")},
                                                           {book.customerB, QStringLiteral("CMB-0001 ")}});
    ASSERT_TRUE(recorded.has_value());
    EXPECT_EQ(recorded->size(), 2);
    EXPECT_TRUE(recorded->contains(PaymentKey{book.customerB, QStringLiteral("CMB-0001")}));
    EXPECT_EQ(recorded->value(PaymentKey{book.customerA, QStringLiteral("CMB-0001")}).amount, yuan("500"));
    EXPECT_FALSE(recorded->contains(PaymentKey{book.customerA, QStringLiteral("CMB-0002")}));
}

TEST(SettlementSchema, RefusesMoneyThatDoesNotAddUpWhateverWritesToTheFile)
{
    SettlementBook book;
    const qint64 orderA = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    const qint64 orderB = book.addOrder(book.customerB, {{1, "100"}}, kMay1);
    const qint64 invA = book.invoice({orderA}, QDate(2026, 5, 2))->id;
    const qint64 invB = book.invoice({orderB}, QDate(2026, 5, 2))->id;
    const qint64 pay = book.pay(book.customerA, "50", QDate(2026, 5, 3), QStringLiteral("R1"))->id;
    const auto apply = [&](qint64 invoice, qint64 amount, const char* on = "2026-05-03") {
        return runs(book.db(),
                    QStringLiteral("INSERT INTO payment_applications (payment_id, invoice_id, amount, "
                                   "applied_on, created_at) VALUES (%1, %2, %3, '%4', 'x')")
                        .arg(pay)
                        .arg(invoice)
                        .arg(amount)
                        .arg(QLatin1String(on)));
    };
    EXPECT_FALSE(apply(invA, 1)) << "the payment is applied in full already";
    EXPECT_FALSE(apply(invB, -1)) << "another customer's invoice";
    EXPECT_FALSE(apply(invA, -5001)) << "more taken back than applied";
    EXPECT_FALSE(apply(invA, -1, "2026-05-02")) << "dated before the payment";
    EXPECT_TRUE(apply(invA, -1000));
    EXPECT_EQ(book.number(QStringLiteral("SELECT applied FROM payments")), 4000);
    EXPECT_EQ(book.number(QStringLiteral("SELECT open_amount FROM invoices WHERE id = %1").arg(invA)),
              11300 - 4000);
    EXPECT_FALSE(runs(book.db(), QStringLiteral("DELETE FROM payment_applications")));
    EXPECT_FALSE(runs(book.db(), QStringLiteral("UPDATE payments SET amount = 1")));
    // A credit note for more than is open on the invoice (the paid part must be taken back first).
    EXPECT_FALSE(
        runs(book.db(), QStringLiteral("INSERT INTO credit_notes (credit_no, invoice_id, customer_id, "
                                       "credit_date, reason, subtotal, tax, total, created_at) VALUES "
                                       "('CN-X', %1, %2, '2026-05-04', 'r', 7301, 0, 7301, 'x')")
                            .arg(invA)
                            .arg(book.customerA)));
}

TEST(CreditNoteRepository, ACreditNoteOnAPaidInvoiceGivesThePaymentBackAsAdvance)
{
    SettlementBook book;
    const qint64 order = book.addOrder(book.customerA, {{1, "100"}}, kMay1);
    auto invoice = book.invoice({order}, QDate(2026, 5, 2));
    ASSERT_TRUE(book.pay(book.customerA, "113", QDate(2026, 5, 3), QStringLiteral("R1")).has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Paid);
    auto note = book.creditAmount(invoice->id, "13.00", QDate(2026, 5, 4));
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    EXPECT_EQ(note->creditNo, QStringLiteral("CN-2026-000001"));
    auto read = InvoiceRepository(book.db()).byId(invoice->id);
    EXPECT_EQ((*read)->credited, yuan("13"));
    EXPECT_EQ((*read)->applied, yuan("100"));
    EXPECT_TRUE((*read)->open().isZero());
    EXPECT_EQ(book.number(QStringLiteral("SELECT paid - applied FROM customer_balances")), 1300);
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Paid);
    ASSERT_EQ(CreditNoteRepository(book.db()).forInvoice(invoice->id)->size(), 1);

    auto tooMuch = book.creditAmount(invoice->id, "100.01", QDate(2026, 5, 4));
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("100.00")));

    // The rest credited: nothing invoiced any more, the whole payment is the customer's advance.
    ASSERT_TRUE(book.creditWhole(invoice->id, QDate(2026, 5, 5)).has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Unbilled);
    EXPECT_EQ(book.number(QStringLiteral("SELECT paid - applied FROM customer_balances")), 11300);
    // The advance pays the next invoice.
    ASSERT_TRUE(book.invoice({order}, QDate(2026, 5, 6)).has_value());
    EXPECT_EQ(book.settlementOf(order), SettlementStatus::Paid);
}
