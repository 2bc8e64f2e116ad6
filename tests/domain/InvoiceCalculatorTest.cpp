#include "InvoiceCalculator.h"
#include "LineCalculator.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

Money yuan(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

// An order line as the order stores it: its amount computed by LineCalculator.
InvoiceSourceLine orderLine(qint64 id, const char* quantity, const char* price, const char* shipped = nullptr)
{
    InvoiceSourceLine line;
    line.lineNo = int(id % 100);
    line.description = QStringLiteral("球阀 DN%1").arg(id);
    line.unit = QStringLiteral("pcs");
    line.ordered = *Quantity::parse(QString::fromLatin1(quantity));
    line.unitPrice = *UnitPrice::parse(QString::fromLatin1(price));
    line.orderedAmount = *LineCalculator::lineAmount(line.ordered, line.unitPrice, line.discount);
    line.shipped = shipped ? *Quantity::parse(QString::fromLatin1(shipped)) : line.ordered;
    return line;
}

InvoiceSourceOrder order(qint64 id, QList<InvoiceSourceLine> lines, int taxBp = 1300, qint64 customer = 7)
{
    InvoiceSourceOrder o;
    o.orderId = id;
    o.orderNo = QStringLiteral("SO-2026-%1").arg(id, 6, 10, QLatin1Char('0'));
    o.customerId = customer;
    o.taxRate = BasisPoints::fromRaw(taxBp);
    o.lines = std::move(lines);
    for (const InvoiceSourceLine& l : o.lines)
        o.subtotal += l.orderedAmount;
    o.total = o.subtotal + *LineCalculator::tax(o.subtotal, o.taxRate);
    return o;
}

InvoiceRequest request(QList<InvoiceSourceOrder> orders,
                       InvoiceCalculator::Scope scope = InvoiceCalculator::Scope::WholeOrder)
{
    InvoiceRequest r;
    r.customerId = 7;
    r.date = QDate(2026, 6, 1);
    r.paymentTermsDays = 30;
    for (InvoiceSourceOrder& o : orders)
        InvoiceCalculator::select(o, scope);
    r.orders = std::move(orders);
    return r;
}

// What the invoice changes on the order's lines, as storage would report it afterwards.
void book(InvoiceSourceOrder& o, const Invoice& invoice)
{
    for (const InvoiceLine& il : invoice.lines) {
        if (il.kind == InvoiceLineKind::DepositDeduction && o.deposit) {
            o.deposit->deductedGross += -(il.amount + il.fixedTax);
            o.deposit->deductedTax += -il.fixedTax;
        }
        for (InvoiceSourceLine& l : o.lines)
            if (l.lineNo == il.orderLineNo && il.orderId == o.orderId && il.kind == InvoiceLineKind::Goods) {
                l.invoiced = Quantity::fromRaw(l.invoiced.raw() + il.quantity.raw());
                l.invoicedAmount += il.amount;
            }
    }
    for (InvoiceSourceLine& l : o.lines)
        l.toInvoice = Quantity();
}

} // namespace

TEST(InvoiceCalculator, WholeOrderTaxRoundsHalfAwayFromZeroOncePerDocument)
{
    // 3 × 12.50 = 37.50; 13 % of it is 4.875, which rounds up to 4.88.
    auto invoice = InvoiceCalculator::invoice(request({order(1, {orderLine(101, "3", "12.5")})}));
    ASSERT_TRUE(invoice.has_value()) << invoice.error().message.toStdString();
    EXPECT_EQ(invoice->kind, InvoiceKind::Goods);
    ASSERT_EQ(invoice->lines.size(), 1);
    EXPECT_EQ(invoice->lines[0].amount, yuan("37.50"));
    EXPECT_EQ(invoice->lines[0].lineNo, 1);
    EXPECT_EQ(invoice->subtotal, yuan("37.50"));
    EXPECT_EQ(invoice->tax, yuan("4.88"));
    EXPECT_EQ(invoice->total, yuan("42.38"));
    EXPECT_EQ(invoice->dueDate, QDate(2026, 7, 1));
}

TEST(InvoiceCalculator, TaxIsOnTheDocumentNotOnEachLine)
{
    // Two lines of 0.05: per line the tax would be 0.0065 → 0.01 twice; on the document it is
    // 13 % of 0.10 = 0.013 → 0.01.
    auto invoice = InvoiceCalculator::invoice(
        request({order(1, {orderLine(101, "1", "0.05"), orderLine(102, "1", "0.05")})}));
    ASSERT_TRUE(invoice.has_value());
    EXPECT_EQ(invoice->subtotal, yuan("0.10"));
    EXPECT_EQ(invoice->tax, yuan("0.01"));
    EXPECT_EQ(invoice->total, yuan("0.11"));
}

TEST(InvoiceCalculator, PartsOfALineAddUpToTheLineOnTheOrder)
{
    // 3 × 0.005 = 0.015 → 0.02 on the order. Shipped one at a time, each part alone would be
    // 0.005 → 0.01, three times 0.03; the part that completes the line takes the rest, 0.00.
    InvoiceSourceOrder o = order(1, {orderLine(101, "3", "0.005", "1")});
    ASSERT_EQ(o.lines[0].orderedAmount, yuan("0.02"));
    Money invoiced;
    for (int shipped = 1; shipped <= 3; ++shipped) {
        o.lines[0].shipped = Quantity::fromUnits(shipped);
        auto invoice = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::ShippedPart));
        ASSERT_TRUE(invoice.has_value()) << shipped;
        EXPECT_EQ(invoice->lines[0].quantity, Quantity::fromUnits(1));
        invoiced += invoice->subtotal;
        book(o, *invoice);
    }
    EXPECT_EQ(invoiced, yuan("0.02"));
    EXPECT_EQ(o.lines[0].invoiced, o.lines[0].ordered);
}

TEST(InvoiceCalculator, ShippedPartBillsOnlyWhatIsShippedAndWholeOrderRefusesMore)
{
    InvoiceSourceOrder o = order(1, {orderLine(101, "10", "100", "4"), orderLine(102, "5", "20", "0")});
    auto part = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::ShippedPart));
    ASSERT_TRUE(part.has_value());
    ASSERT_EQ(part->lines.size(), 1); // nothing of line 2 is shipped
    EXPECT_EQ(part->lines[0].quantity, Quantity::fromUnits(4));
    EXPECT_EQ(part->subtotal, yuan("400.00"));
    EXPECT_EQ(part->tax, yuan("52.00"));

    auto whole = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::WholeOrder));
    ASSERT_FALSE(whole.has_value());
    EXPECT_TRUE(whole.error().message.contains(QStringLiteral("only 4 pcs is shipped")))
        << whole.error().message.toStdString();

    book(o, *part);
    auto again = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::ShippedPart));
    ASSERT_FALSE(again.has_value()); // everything shipped is invoiced
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("nothing shipped")));
}

TEST(InvoiceCalculator, AnInvoiceForMoreThanOrderedIsRefused)
{
    InvoiceSourceOrder o = order(1, {orderLine(101, "2", "10")});
    InvoiceRequest r = request({o});
    r.orders[0].lines[0].toInvoice = Quantity::fromUnits(3);
    r.orders[0].lines[0].shipped = Quantity::fromUnits(3);
    auto invoice = InvoiceCalculator::invoice(r);
    ASSERT_FALSE(invoice.has_value());
    EXPECT_TRUE(invoice.error().message.contains(QStringLiteral("only 2 pcs of it is not invoiced")));
    r.orders[0].lines[0].toInvoice = Quantity::fromRaw(-1000);
    EXPECT_FALSE(InvoiceCalculator::invoice(r).has_value());
}

TEST(InvoiceCalculator, SeveralOrdersOfOneCustomerTaxEachRateOnce)
{
    auto invoice = InvoiceCalculator::invoice(
        request({order(1, {orderLine(101, "1", "100")}, 1300), order(2, {orderLine(201, "1", "50")}, 900),
                 order(3, {orderLine(301, "1", "0.05")}, 1300)}));
    ASSERT_TRUE(invoice.has_value());
    EXPECT_EQ(invoice->lines.size(), 3);
    EXPECT_EQ(invoice->subtotal, yuan("150.05"));
    // 13 % of 100.05 = 13.0065 → 13.01; 9 % of 50.00 = 4.50.
    EXPECT_EQ(invoice->tax, yuan("17.51"));
    EXPECT_EQ(invoice->total, yuan("167.56"));
    EXPECT_EQ(invoice->lines[1].orderNo, QStringLiteral("SO-2026-000002"));
}

TEST(InvoiceCalculator, OneInvoiceIsForOneCustomerInOneCurrency)
{
    auto other = InvoiceCalculator::invoice(
        request({order(1, {orderLine(101, "1", "100")}), order(2, {orderLine(201, "1", "50")}, 1300, 8)}));
    ASSERT_FALSE(other.has_value());
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("SO-2026-000002 belongs to another customer")));

    InvoiceSourceOrder usd = order(2, {orderLine(201, "1", "50")});
    usd.currency = QStringLiteral("USD");
    EXPECT_FALSE(
        InvoiceCalculator::invoice(request({order(1, {orderLine(101, "1", "100")}), usd})).has_value());
    EXPECT_FALSE(InvoiceCalculator::invoice(request({order(1, {orderLine(101, "1", "100")}),
                                                     order(1, {orderLine(101, "1", "100")})}))
                     .has_value());
}

TEST(InvoiceCalculator, DepositAndFinalAddUpToTheOrderTotal)
{
    // Subtotal 1,000.00, tax 130.00, total 1,130.00. A 30 % deposit: 300.00 + 39.00 = 339.00.
    InvoiceSourceOrder o = order(1, {orderLine(101, "10", "100")});
    auto deposit = InvoiceCalculator::deposit(o, BasisPoints::fromRaw(3000), QDate(2026, 5, 1), 10);
    ASSERT_TRUE(deposit.has_value()) << deposit.error().message.toStdString();
    EXPECT_EQ(deposit->kind, InvoiceKind::Deposit);
    EXPECT_EQ(deposit->subtotal, yuan("300.00"));
    EXPECT_EQ(deposit->tax, yuan("39.00"));
    EXPECT_EQ(deposit->total, yuan("339.00"));
    EXPECT_EQ(deposit->dueDate, QDate(2026, 5, 11));
    EXPECT_EQ(deposit->lines[0].kind, InvoiceLineKind::Deposit);
    EXPECT_EQ(InvoiceCalculator::documentTax(deposit->lines), deposit->tax);

    o.deposit = InvoiceDeposit{90, QStringLiteral("INV-2026-000090"), deposit->total, deposit->tax, {}, {}};
    auto final = InvoiceCalculator::invoice(request({o}));
    ASSERT_TRUE(final.has_value());
    ASSERT_EQ(final->lines.size(), 2);
    EXPECT_EQ(final->lines[1].kind, InvoiceLineKind::DepositDeduction);
    EXPECT_EQ(final->lines[1].amount, yuan("-300.00"));
    EXPECT_EQ(final->lines[1].depositInvoiceId, 90);
    EXPECT_TRUE(final->lines[1].description.contains(QStringLiteral("INV-2026-000090")));
    EXPECT_EQ(final->subtotal, yuan("700.00"));
    EXPECT_EQ(final->tax, yuan("91.00"));
    EXPECT_EQ(final->total, yuan("791.00"));
    EXPECT_EQ(deposit->total + final->total, o.total);
    EXPECT_EQ(InvoiceCalculator::documentTax(final->lines), final->tax);
}

TEST(InvoiceCalculator, ADepositOfHalfACentRoundsAwayFromZeroAndTheFinalStillAddsUp)
{
    // 30 % of 333.33 is 99.999 → 100.00; tax 13.00. The order: 333.33 + 43.33 = 376.66.
    InvoiceSourceOrder o = order(1, {orderLine(101, "1", "333.33")});
    ASSERT_EQ(o.total, yuan("376.66"));
    auto deposit = InvoiceCalculator::deposit(o, BasisPoints::fromRaw(3000), QDate(2026, 5, 1), 0);
    ASSERT_TRUE(deposit.has_value());
    EXPECT_EQ(deposit->subtotal, yuan("100.00"));
    EXPECT_EQ(deposit->total, yuan("113.00"));
    o.deposit = InvoiceDeposit{90, QStringLiteral("INV-2026-000090"), deposit->total, deposit->tax, {}, {}};
    auto final = InvoiceCalculator::invoice(request({o}));
    ASSERT_TRUE(final.has_value());
    EXPECT_EQ(final->total, yuan("263.66"));
    EXPECT_EQ(deposit->total + final->total, o.total);
}

TEST(InvoiceCalculator, ADepositIsDeductedAcrossPartialInvoicesAndNeverTwice)
{
    // Two lines of 10 × 10.00; subtotal 200.00, total 226.00. Deposit 50 %: 100.00 + 13.00.
    InvoiceSourceOrder o = order(1, {orderLine(101, "10", "10", "5"), orderLine(102, "10", "10", "0")});
    auto deposit = InvoiceCalculator::deposit(o, BasisPoints::fromRaw(5000), QDate(2026, 5, 1), 0);
    ASSERT_TRUE(deposit.has_value());
    o.deposit = InvoiceDeposit{90, QStringLiteral("INV-2026-000090"), deposit->total, deposit->tax, {}, {}};

    // The first shipment (50.00 + 6.50 tax) is covered by the deposit: 56.50 of it deducted.
    auto first = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::ShippedPart));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->total, yuan("0.00"));
    EXPECT_EQ(first->lines[1].amount + first->lines[1].fixedTax, yuan("-56.50"));
    book(o, *first);
    EXPECT_EQ(o.deposit->remaining(), yuan("56.50"));

    o.lines[0].shipped = o.lines[0].ordered;
    o.lines[1].shipped = o.lines[1].ordered;
    auto second = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::ShippedPart));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->subtotal, yuan("100.00")); // 150.00 of goods less 50.00 of deposit
    EXPECT_EQ(second->tax, yuan("13.00"));
    EXPECT_EQ(second->total, yuan("113.00"));
    book(o, *second);
    EXPECT_TRUE(o.deposit->remaining().isZero());
    EXPECT_EQ(o.deposit->deductedTax, deposit->tax);
    EXPECT_EQ(deposit->total + first->total + second->total, o.total);
}

TEST(InvoiceCalculator, DeductionsShareTheDepositTaxExactly)
{
    // 10 × 99.99: subtotal 999.90, total 1,129.89. A 30 % deposit: 299.97 + 39.00 = 338.97,
    // deducted over shipments of 1, 1, 1 and 7 units; the tax part of each deduction is rounded
    // on the running total, so the parts add up to the deposit's 39.00 exactly.
    InvoiceSourceOrder o = order(1, {orderLine(101, "10", "99.99", "1")});
    auto deposit = InvoiceCalculator::deposit(o, BasisPoints::fromRaw(3000), QDate(2026, 5, 1), 0);
    ASSERT_TRUE(deposit.has_value());
    o.deposit = InvoiceDeposit{90, QStringLiteral("INV-2026-000090"), deposit->total, deposit->tax, {}, {}};
    Money total = deposit->total;
    for (int shipped : {1, 2, 3, 10}) {
        o.lines[0].shipped = Quantity::fromUnits(shipped);
        auto invoice = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::ShippedPart));
        ASSERT_TRUE(invoice.has_value()) << shipped;
        EXPECT_FALSE(invoice->total.isNegative());
        total += invoice->total;
        book(o, *invoice);
    }
    EXPECT_EQ(deposit->total, yuan("338.97"));
    EXPECT_EQ(o.deposit->deductedGross, yuan("338.97"));
    EXPECT_EQ(o.deposit->deductedTax, yuan("39.00"));
    EXPECT_EQ(total, o.total);
}

TEST(InvoiceCalculator, ADepositComesFirstAndOnlyOnce)
{
    InvoiceSourceOrder o = order(1, {orderLine(101, "10", "100")});
    EXPECT_FALSE(InvoiceCalculator::deposit(o, BasisPoints::fromRaw(0), QDate(2026, 5, 1), 0).has_value());
    EXPECT_FALSE(
        InvoiceCalculator::deposit(o, BasisPoints::fromRaw(10001), QDate(2026, 5, 1), 0).has_value());
    EXPECT_TRUE(InvoiceCalculator::deposit(o, BasisPoints::fromRaw(10000), QDate(2026, 5, 1), 0).has_value());
    InvoiceSourceOrder withDeposit = o;
    withDeposit.deposit =
        InvoiceDeposit{90, QStringLiteral("INV-2026-000090"), yuan("339"), yuan("39"), {}, {}};
    auto twice = InvoiceCalculator::deposit(withDeposit, BasisPoints::fromRaw(3000), QDate(2026, 5, 1), 0);
    ASSERT_FALSE(twice.has_value());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("INV-2026-000090")));
    InvoiceSourceOrder invoiced = o;
    invoiced.lines[0].invoiced = Quantity::fromUnits(1);
    EXPECT_FALSE(
        InvoiceCalculator::deposit(invoiced, BasisPoints::fromRaw(3000), QDate(2026, 5, 1), 0).has_value());
}

TEST(InvoiceCalculator, AnAbsurdAmountIsAnErrorNotAWrappedNumber)
{
    InvoiceSourceOrder o = order(1, {orderLine(101, "1", "1")});
    o.lines[0].ordered = Quantity::fromRaw(Quantity::MaxRaw);
    o.lines[0].shipped = Quantity::fromRaw(Quantity::MaxRaw - 1000); // a part, so it is priced
    o.lines[0].unitPrice = UnitPrice::fromRaw(UnitPrice::MaxRaw);
    auto invoice = InvoiceCalculator::invoice(request({o}, InvoiceCalculator::Scope::ShippedPart));
    ASSERT_FALSE(invoice.has_value());
    EXPECT_TRUE(invoice.error().message.contains(QStringLiteral("too large")));
}
