#include "CreditNoteCalculator.h"
#include "InvoiceCalculator.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

Money yuan(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

InvoiceLine goods(qint64 id, const char* quantity, const char* price, const char* amount)
{
    InvoiceLine l;
    l.id = id;
    l.kind = InvoiceLineKind::Goods;
    l.description = QStringLiteral("闸阀 %1").arg(id);
    l.quantity = *Quantity::parse(QString::fromLatin1(quantity));
    l.unitPrice = *UnitPrice::parse(QString::fromLatin1(price));
    l.taxRate = BasisPoints::fromRaw(1300);
    l.amount = yuan(amount);
    return l;
}

// INV-2026-000005: 10 × 9.99 = 99.90 and 1 × 0.05; subtotal 99.95, tax 12.9935 → 12.99, total 112.94.
CreditableInvoice invoice()
{
    CreditableInvoice c;
    c.invoice.id = 5;
    c.invoice.invoiceNo = QStringLiteral("INV-2026-000005");
    c.invoice.customerId = 7;
    c.invoice.invoiceDate = QDate(2026, 5, 10);
    c.invoice.lines = {goods(11, "10", "9.99", "99.90"), goods(12, "1", "0.05", "0.05")};
    c.invoice.subtotal = yuan("99.95");
    c.invoice.tax = *InvoiceCalculator::documentTax(c.invoice.lines);
    c.invoice.total = c.invoice.subtotal + c.invoice.tax;
    return c;
}

void book(CreditableInvoice& c, const CreditNote& note)
{
    for (const CreditNoteLine& l : note.lines) {
        if (!l.invoiceLineId)
            continue;
        CreditedLine& credited = c.creditedLines[l.invoiceLineId];
        credited.quantity = Quantity::fromRaw(credited.quantity.raw() + l.quantity.raw());
        credited.amount += l.amount;
    }
    c.creditedSubtotal += note.subtotal;
    c.creditedTax += note.tax;
    c.invoice.credited += note.total;
}

const QDate kDay(2026, 6, 1);
const QString kReason = QStringLiteral("退货");

} // namespace

TEST(CreditNoteCalculator, TheInvoiceUnderTestIsWhatItSays)
{
    const CreditableInvoice c = invoice();
    EXPECT_EQ(c.invoice.tax, yuan("12.99"));
    EXPECT_EQ(c.invoice.total, yuan("112.94"));
}

TEST(CreditNoteCalculator, AWholeCreditTakesExactlyWhatIsLeft)
{
    auto note = CreditNoteCalculator::whole(invoice(), kDay, kReason);
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    EXPECT_EQ(note->subtotal, yuan("99.95"));
    EXPECT_EQ(note->tax, yuan("12.99"));
    EXPECT_EQ(note->total, yuan("112.94"));
    ASSERT_EQ(note->lines.size(), 2);
    EXPECT_EQ(note->lines[0].quantity, Quantity::fromUnits(10));
    EXPECT_EQ(note->invoiceNo, QStringLiteral("INV-2026-000005"));
    EXPECT_EQ(note->reason, kReason);
}

TEST(CreditNoteCalculator, ReturnsByLineAndTheLastOneTakesTheRestOfTheTax)
{
    CreditableInvoice c = invoice();
    // 3 of line 1: 29.97; tax 3.8961 → 3.90; 33.87.
    auto first = CreditNoteCalculator::lines(c, {{11, Quantity::fromUnits(3)}}, kDay, kReason);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->subtotal, yuan("29.97"));
    EXPECT_EQ(first->tax, yuan("3.90"));
    EXPECT_EQ(first->total, yuan("33.87"));
    book(c, *first);
    EXPECT_EQ(c.invoice.creditable(), yuan("79.07"));

    // The rest: 69.93 + 0.05 = 69.98. Taxed alone that would be 9.0974 → 9.10 and 79.08, one cent
    // more than is left; as the note that completes the invoice it takes the rest, 9.09.
    auto rest = CreditNoteCalculator::lines(c, {{11, Quantity::fromUnits(7)}, {12, Quantity::fromUnits(1)}},
                                            kDay, kReason);
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->subtotal, yuan("69.98"));
    EXPECT_EQ(rest->tax, yuan("9.09"));
    EXPECT_EQ(rest->total, yuan("79.07"));
    book(c, *rest);
    EXPECT_TRUE(c.invoice.creditable().isZero());
    auto nothingLeft = CreditNoteCalculator::whole(c, kDay, kReason);
    ASSERT_FALSE(nothingLeft.has_value());
    EXPECT_TRUE(nothingLeft.error().message.contains(QStringLiteral("Nothing is left")));
}

TEST(CreditNoteCalculator, NeverMoreThanIsLeftOfTheInvoice)
{
    CreditableInvoice c = invoice();
    auto tooMuch = CreditNoteCalculator::amount(c, yuan("112.95"), kDay, kReason);
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("112.95")));
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("112.94")));
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("amount"));

    auto quantity = CreditNoteCalculator::lines(c, {{11, Quantity::fromUnits(11)}}, kDay, kReason);
    ASSERT_FALSE(quantity.has_value());
    EXPECT_TRUE(quantity.error().message.contains(QStringLiteral("only 10 is invoiced")));

    auto part = CreditNoteCalculator::amount(c, yuan("100.00"), kDay, kReason);
    ASSERT_TRUE(part.has_value());
    book(c, *part);
    auto second = CreditNoteCalculator::amount(c, yuan("12.95"), kDay, kReason);
    ASSERT_FALSE(second.has_value()); // 12.94 is left
    EXPECT_TRUE(CreditNoteCalculator::amount(c, yuan("12.94"), kDay, kReason).has_value());
    EXPECT_FALSE(CreditNoteCalculator::amount(c, yuan("0"), kDay, kReason).has_value());
    EXPECT_FALSE(CreditNoteCalculator::amount(c, yuan("-1"), kDay, kReason).has_value());
}

TEST(CreditNoteCalculator, AnAmountIsSplitIntoNetAndTaxAtTheInvoiceRate)
{
    // 10.00 including 13 %: net 10 / 1.13 = 8.849… → 8.85, tax 1.15.
    auto note = CreditNoteCalculator::amount(invoice(), yuan("10.00"), kDay, QStringLiteral("价格折让"));
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(note->subtotal, yuan("8.85"));
    EXPECT_EQ(note->tax, yuan("1.15"));
    EXPECT_EQ(note->total, yuan("10.00"));
    EXPECT_EQ(note->lines[0].invoiceLineId, 0);
}

TEST(CreditNoteCalculator, AWholeCreditAfterAnAllowanceStillComesToExactlyWhatIsLeft)
{
    CreditableInvoice c = invoice();
    auto allowance = CreditNoteCalculator::amount(c, yuan("10.00"), kDay, kReason);
    ASSERT_TRUE(allowance.has_value());
    book(c, *allowance);
    auto rest = CreditNoteCalculator::whole(c, kDay, kReason);
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->total, yuan("102.94"));
    EXPECT_EQ(rest->subtotal, yuan("91.10"));
    ASSERT_EQ(rest->lines.size(), 3);
    EXPECT_EQ(rest->lines[2].amount, yuan("-8.85"));
}

TEST(CreditNoteCalculator, RefusesWhatIsNotACreditOfThisInvoice)
{
    CreditableInvoice c = invoice();
    EXPECT_FALSE(
        CreditNoteCalculator::whole(c, QDate(2026, 5, 9), kReason).has_value()); // before the invoice
    EXPECT_FALSE(CreditNoteCalculator::whole(c, kDay, QStringLiteral("  ")).has_value());
    EXPECT_FALSE(CreditNoteCalculator::lines(c, {{99, Quantity::fromUnits(1)}}, kDay, kReason).has_value());
    EXPECT_FALSE(CreditNoteCalculator::lines(c, {{11, Quantity::fromUnits(1)}, {11, Quantity::fromUnits(1)}},
                                             kDay, kReason)
                     .has_value());
    EXPECT_FALSE(CreditNoteCalculator::lines(c, {{11, Quantity()}}, kDay, kReason).has_value());
    CreditableInvoice writtenOff = invoice();
    writtenOff.invoice.writtenOff = yuan("112.94");
    auto refused = CreditNoteCalculator::whole(writtenOff, kDay, kReason);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("written off")));
}

TEST(CreditNoteCalculator, ADepositInvoiceIsCreditedByAmountNotByLine)
{
    Invoice deposit;
    deposit.id = 9;
    deposit.invoiceNo = QStringLiteral("INV-2026-000009");
    deposit.invoiceDate = QDate(2026, 5, 1);
    InvoiceLine line;
    line.id = 91;
    line.kind = InvoiceLineKind::Deposit;
    line.taxRate = BasisPoints::fromRaw(1300);
    line.amount = yuan("300.00");
    line.fixedTax = yuan("39.00");
    deposit.lines = {line};
    deposit.subtotal = yuan("300.00");
    deposit.tax = yuan("39.00");
    deposit.total = yuan("339.00");
    CreditableInvoice c{deposit, {}, {}, {}};
    EXPECT_FALSE(CreditNoteCalculator::lines(c, {{91, Quantity::fromUnits(1)}}, kDay, kReason).has_value());
    auto all = CreditNoteCalculator::amount(c, yuan("339.00"), kDay, kReason);
    ASSERT_TRUE(all.has_value());
    EXPECT_EQ(all->subtotal, yuan("300.00"));
    EXPECT_EQ(all->tax, yuan("39.00"));
}
