#include "InvoiceCalculator.h"

#include "FixedPoint.h"
#include "LineCalculator.h"

#include <QMap>
#include <QSet>

namespace od {

namespace {

Error tooLarge()
{
    return Error::invalid(InvoiceCalculator::tr("The amounts are too large to invoice."));
}

QString quantityText(Quantity q, const QString& unit)
{
    return unit.isEmpty() ? q.toDecimalString() : QStringLiteral("%1 %2").arg(q.toDecimalString(), unit);
}

// Adds to `sum`; false past Money's range.
bool add(Money& sum, Money value)
{
    const auto next = sum.checkedAdd(value);
    if (!next)
        return false;
    sum = *next;
    return true;
}

Result<Money> goodsAmount(const InvoiceSourceOrder& order, const InvoiceSourceLine& line)
{
    if (line.invoiced.raw() + line.toInvoice.raw() == line.ordered.raw()) {
        // The last part of the line: what is left of its amount, so the parts add up exactly.
        const auto rest = line.orderedAmount.checkedSub(line.invoicedAmount);
        if (!rest)
            return std::unexpected(tooLarge());
        if ((rest->isNegative() && !line.orderedAmount.isNegative()) ||
            (!rest->isNegative() && line.orderedAmount.isNegative() && !rest->isZero()))
            return std::unexpected(Error::invalid(
                InvoiceCalculator::tr("Line %1 of order %2: what is left to invoice (%3) does not agree with "
                                      "its amount on the order (%4).")
                    .arg(QString::number(line.lineNo), order.orderNo, rest->toDecimalString(),
                         line.orderedAmount.toDecimalString())));
        return *rest;
    }
    const auto amount = LineCalculator::lineAmount(line.toInvoice, line.unitPrice, line.discount);
    if (!amount)
        return std::unexpected(tooLarge());
    return *amount;
}

} // namespace

void InvoiceCalculator::select(InvoiceSourceOrder& order, Scope scope)
{
    for (InvoiceSourceLine& line : order.lines) {
        const qint64 limit = scope == Scope::WholeOrder ? line.ordered.raw() : line.shipped.raw();
        line.toInvoice = Quantity::fromRaw(qMax<qint64>(0, limit - line.invoiced.raw()));
    }
}

Result<Invoice> InvoiceCalculator::invoice(const InvoiceRequest& request)
{
    if (request.customerId <= 0)
        return std::unexpected(
            Error::invalid(tr("Choose the customer to invoice."), QStringLiteral("customer")));
    if (!request.date.isValid())
        return std::unexpected(Error::invalid(tr("Enter the invoice date."), QStringLiteral("date")));
    if (request.paymentTermsDays < 0)
        return std::unexpected(
            Error::invalid(tr("Payment terms cannot be negative."), QStringLiteral("terms")));
    if (request.orders.isEmpty())
        return std::unexpected(
            Error::invalid(tr("Choose at least one order to invoice."), QStringLiteral("orders")));

    Invoice invoice;
    invoice.kind = InvoiceKind::Goods;
    invoice.customerId = request.customerId;
    invoice.currency = request.orders.first().currency;
    invoice.invoiceDate = request.date;
    invoice.dueDate = dueDate(request.date, request.paymentTermsDays);

    QSet<qint64> seen;
    QList<InvoiceLine> deductions;
    for (const InvoiceSourceOrder& order : request.orders) {
        if (order.customerId != request.customerId)
            return std::unexpected(
                Error::invalid(tr("Order %1 belongs to another customer; one invoice is for one customer.")
                                   .arg(order.orderNo),
                               QStringLiteral("orders")));
        if (order.currency != invoice.currency)
            return std::unexpected(
                Error::invalid(tr("Order %1 is in %2, the others in %3; one invoice is in one currency.")
                                   .arg(order.orderNo, order.currency, invoice.currency),
                               QStringLiteral("orders")));
        if (seen.contains(order.orderId))
            return std::unexpected(
                Error::invalid(tr("Order %1 is listed twice.").arg(order.orderNo), QStringLiteral("orders")));
        seen.insert(order.orderId);

        Money orderGoods;
        for (const InvoiceSourceLine& line : order.lines) {
            if (line.toInvoice.raw() == 0)
                continue;
            const QString where = tr("Line %1 of order %2").arg(QString::number(line.lineNo), order.orderNo);
            if (line.toInvoice.raw() < 0)
                return std::unexpected(
                    Error::invalid(tr("%1: a quantity to invoice cannot be negative.").arg(where),
                                   QStringLiteral("quantity")));
            const qint64 notInvoiced = line.ordered.raw() - line.invoiced.raw();
            if (line.toInvoice.raw() > notInvoiced)
                return std::unexpected(Error::invalid(
                    tr("%1: %2 to invoice, but only %3 of it is not invoiced yet.")
                        .arg(where, quantityText(line.toInvoice, line.unit),
                             quantityText(Quantity::fromRaw(qMax<qint64>(0, notInvoiced)), line.unit)),
                    QStringLiteral("quantity")));
            const qint64 shippedNotInvoiced = line.shipped.raw() - line.invoiced.raw();
            if (line.toInvoice.raw() > shippedNotInvoiced)
                return std::unexpected(Error::invalid(
                    tr("%1: %2 to invoice, but only %3 is shipped and not invoiced yet.")
                        .arg(where, quantityText(line.toInvoice, line.unit),
                             quantityText(Quantity::fromRaw(qMax<qint64>(0, shippedNotInvoiced)), line.unit)),
                    QStringLiteral("quantity")));
            auto amount = goodsAmount(order, line);
            if (!amount)
                return std::unexpected(amount.error());
            InvoiceLine out;
            out.kind = InvoiceLineKind::Goods;
            out.orderId = order.orderId;
            out.orderNo = order.orderNo;
            out.orderLineNo = line.lineNo;
            out.description = line.description;
            out.quantity = line.toInvoice;
            out.unit = line.unit;
            out.unitPrice = line.unitPrice;
            out.discount = line.discount;
            out.taxRate = order.taxRate;
            out.amount = *amount;
            invoice.lines << out;
            if (!add(orderGoods, *amount))
                return std::unexpected(tooLarge());
        }

        if (order.deposit && order.deposit->remaining().minor() > 0 && orderGoods.minor() > 0) {
            const InvoiceDeposit& deposit = *order.deposit;
            // As much of the deposit as this invoice's goods of the order and their tax allow; the
            // invoice that completes the order takes whatever is left, so none of it is forgotten.
            const auto goodsTax = LineCalculator::tax(orderGoods, order.taxRate);
            if (!goodsTax || !goodsTax->checkedAdd(orderGoods))
                return std::unexpected(tooLarge());
            const Money cap = *goodsTax->checkedAdd(orderGoods);
            bool completesOrder = true;
            for (const InvoiceSourceLine& line : order.lines)
                completesOrder =
                    completesOrder && line.invoiced.raw() + line.toInvoice.raw() == line.ordered.raw();
            const Money gross = completesOrder ? deposit.remaining() : qMin(deposit.remaining(), cap);
            const Int128 taxSoFar = fixed::roundDiv(
                static_cast<Int128>(deposit.deductedGross.minor() + gross.minor()) * deposit.tax.minor(),
                qMax<qint64>(1, deposit.gross.minor()));
            const Money taxPart =
                Money::fromMinor(static_cast<qint64>(taxSoFar) - deposit.deductedTax.minor());
            InvoiceLine deduction;
            deduction.kind = InvoiceLineKind::DepositDeduction;
            deduction.orderId = order.orderId;
            deduction.orderNo = order.orderNo;
            deduction.depositInvoiceId = deposit.invoiceId;
            deduction.description = tr("Less deposit invoiced on %1").arg(deposit.invoiceNo);
            deduction.taxRate = order.taxRate;
            deduction.amount = -(gross - taxPart);
            deduction.fixedTax = -taxPart;
            deductions << deduction;
        }
    }
    invoice.lines << deductions;
    if (invoice.lines.isEmpty())
        return std::unexpected(
            Error::invalid(tr("There is nothing shipped and not yet invoiced to put on this invoice."),
                           QStringLiteral("orders")));

    for (int i = 0; i < invoice.lines.size(); ++i) {
        invoice.lines[i].lineNo = i + 1;
        if (!add(invoice.subtotal, invoice.lines[i].amount))
            return std::unexpected(tooLarge());
    }
    const auto tax = documentTax(invoice.lines);
    if (!tax)
        return std::unexpected(tooLarge());
    invoice.tax = *tax;
    const auto total = invoice.subtotal.checkedAdd(invoice.tax);
    if (!total)
        return std::unexpected(tooLarge());
    invoice.total = *total;
    if (invoice.total.isNegative())
        return std::unexpected(Error::invalid(
            tr("This invoice would be for less than nothing (%1).").arg(invoice.total.toDecimalString()),
            QStringLiteral("orders")));
    return invoice;
}

Result<Invoice> InvoiceCalculator::deposit(const InvoiceSourceOrder& order, BasisPoints share,
                                           const QDate& date, int paymentTermsDays)
{
    if (!date.isValid())
        return std::unexpected(Error::invalid(tr("Enter the invoice date."), QStringLiteral("date")));
    if (paymentTermsDays < 0)
        return std::unexpected(
            Error::invalid(tr("Payment terms cannot be negative."), QStringLiteral("terms")));
    if (share.raw() <= 0 || share.raw() > BasisPoints::Full)
        return std::unexpected(
            Error::invalid(tr("A deposit is more than 0% and at most 100% of the order (not %1%).")
                               .arg(share.toPercentString()),
                           QStringLiteral("share")));
    if (order.deposit)
        return std::unexpected(Error::invalid(
            tr("Order %1 already has a deposit invoice, %2.").arg(order.orderNo, order.deposit->invoiceNo),
            QStringLiteral("orders")));
    for (const InvoiceSourceLine& line : order.lines)
        if (line.invoiced.raw() != 0)
            return std::unexpected(Error::invalid(
                tr("Order %1 is already invoiced in part; a deposit is invoiced before anything else.")
                    .arg(order.orderNo),
                QStringLiteral("orders")));
    const Int128 exact =
        fixed::roundDiv(static_cast<Int128>(order.subtotal.minor()) * share.raw(), BasisPoints::Full);
    const Money net = Money::fromMinor(static_cast<qint64>(exact));
    if (net.minor() <= 0)
        return std::unexpected(
            Error::invalid(tr("%1% of order %2 comes to nothing; there is no deposit to invoice.")
                               .arg(share.toPercentString(), order.orderNo),
                           QStringLiteral("share")));
    const auto tax = LineCalculator::tax(net, order.taxRate);
    if (!tax || !net.checkedAdd(*tax))
        return std::unexpected(tooLarge());

    Invoice invoice;
    invoice.kind = InvoiceKind::Deposit;
    invoice.customerId = order.customerId;
    invoice.currency = order.currency;
    invoice.invoiceDate = date;
    invoice.dueDate = dueDate(date, paymentTermsDays);
    InvoiceLine line;
    line.lineNo = 1;
    line.kind = InvoiceLineKind::Deposit;
    line.orderId = order.orderId;
    line.orderNo = order.orderNo;
    line.description = tr("Deposit of %1% on order %2").arg(share.toPercentString(), order.orderNo);
    line.taxRate = order.taxRate;
    line.amount = net;
    line.fixedTax = *tax;
    invoice.lines << line;
    invoice.subtotal = net;
    invoice.tax = *tax;
    invoice.total = *net.checkedAdd(*tax);
    return invoice;
}

std::optional<Money> InvoiceCalculator::documentTax(const QList<InvoiceLine>& lines)
{
    QMap<int, Money> goodsByRate;
    Money fixedTax;
    for (const InvoiceLine& line : lines) {
        if (line.kind == InvoiceLineKind::Goods) {
            if (!add(goodsByRate[line.taxRate.raw()], line.amount))
                return std::nullopt;
        } else if (!add(fixedTax, line.fixedTax)) {
            return std::nullopt;
        }
    }
    Money tax = fixedTax;
    for (auto it = goodsByRate.cbegin(); it != goodsByRate.cend(); ++it) {
        const auto rateTax = LineCalculator::tax(it.value(), BasisPoints::fromRaw(it.key()));
        if (!rateTax || !add(tax, *rateTax))
            return std::nullopt;
    }
    return tax;
}

QDate InvoiceCalculator::dueDate(const QDate& invoiceDate, int paymentTermsDays)
{
    return invoiceDate.addDays(qMax(0, paymentTermsDays));
}

} // namespace od
