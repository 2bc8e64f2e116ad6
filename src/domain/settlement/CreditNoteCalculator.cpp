#include "CreditNoteCalculator.h"

#include "FixedPoint.h"
#include "InvoiceCalculator.h"
#include "LineCalculator.h"
#include "TextCheck.h"

#include <QMap>
#include <QSet>

namespace od {

namespace {

Error tooLarge()
{
    return Error::invalid(CreditNoteCalculator::tr("The amounts are too large for a credit note."));
}

Status checkCommon(const CreditableInvoice& source, const QDate& date, const QString& reason)
{
    const Invoice& invoice = source.invoice;
    if (!date.isValid())
        return std::unexpected(Error::invalid(CreditNoteCalculator::tr("Enter the date of the credit note."),
                                              QStringLiteral("date")));
    if (date < invoice.invoiceDate)
        return std::unexpected(
            Error::invalid(CreditNoteCalculator::tr("A credit note cannot be dated before its "
                                                    "invoice %1 (%2).")
                               .arg(invoice.invoiceNo, invoice.invoiceDate.toString(Qt::ISODate)),
                           QStringLiteral("date")));
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(
            CreditNoteCalculator::tr("Say why the invoice is credited (a return, a price correction …)."),
            QStringLiteral("reason")));
    if (const QString problem = TextCheck::problem(reason, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("reason")));
    if (invoice.writtenOff.minor() > 0)
        return std::unexpected(Error::invalid(
            CreditNoteCalculator::tr("Invoice %1 is written off; a written-off invoice is not credited.")
                .arg(invoice.invoiceNo)));
    if (invoice.creditable().minor() <= 0)
        return std::unexpected(Error::invalid(
            CreditNoteCalculator::tr("Nothing is left of invoice %1 to credit.").arg(invoice.invoiceNo)));
    return {};
}

CreditNote header(const CreditableInvoice& source, const QDate& date, const QString& reason)
{
    CreditNote note;
    note.invoiceId = source.invoice.id;
    note.invoiceNo = source.invoice.invoiceNo;
    note.customerId = source.invoice.customerId;
    note.date = date;
    note.reason = reason.trimmed();
    return note;
}

CreditedLine creditedOf(const CreditableInvoice& source, qint64 lineId)
{
    return source.creditedLines.value(lineId);
}

// Numbers the lines, sets the subtotal and total and refuses more than is left of the invoice.
Result<CreditNote> finish(CreditNote note, const CreditableInvoice& source)
{
    Money subtotal;
    for (int i = 0; i < note.lines.size(); ++i) {
        note.lines[i].lineNo = i + 1;
        const auto sum = subtotal.checkedAdd(note.lines[i].amount);
        if (!sum)
            return std::unexpected(tooLarge());
        subtotal = *sum;
    }
    note.subtotal = subtotal;
    const auto total = note.subtotal.checkedAdd(note.tax);
    if (!total)
        return std::unexpected(tooLarge());
    note.total = *total;
    if (note.total.minor() <= 0)
        return std::unexpected(Error::invalid(
            CreditNoteCalculator::tr("A credit note must be for more than zero."), QStringLiteral("amount")));
    const Money left = source.invoice.creditable();
    if (note.total > left)
        return std::unexpected(Error::invalid(
            CreditNoteCalculator::tr("This credit note (%1) is more than is left of invoice %2 (%3).")
                .arg(note.total.toDecimalString(), source.invoice.invoiceNo, left.toDecimalString()),
            QStringLiteral("amount")));
    return note;
}

} // namespace

Result<CreditNote> CreditNoteCalculator::whole(const CreditableInvoice& source, const QDate& date,
                                               const QString& reason)
{
    if (auto ok = checkCommon(source, date, reason); !ok)
        return std::unexpected(ok.error());
    const Invoice& invoice = source.invoice;
    CreditNote note = header(source, date, reason);
    Money linesLeft;
    for (const InvoiceLine& line : invoice.lines) {
        const CreditedLine credited = creditedOf(source, line.id);
        const Quantity quantity = Quantity::fromRaw(line.quantity.raw() - credited.quantity.raw());
        const auto amount = line.amount.checkedSub(credited.amount);
        if (!amount)
            return std::unexpected(tooLarge());
        if (quantity.raw() == 0 && amount->isZero())
            continue;
        note.lines << CreditNoteLine{0, 0, line.id, line.description, quantity, *amount};
        linesLeft = linesLeft + *amount;
    }
    const Money subtotalLeft = invoice.subtotal - source.creditedSubtotal;
    if (subtotalLeft != linesLeft) {
        // Earlier amount credits (price allowances) are not tied to a line: they reduce the rest.
        note.lines << CreditNoteLine{
            0, 0, 0, tr("Less earlier price allowances"), Quantity(), subtotalLeft - linesLeft};
    }
    note.tax = invoice.tax - source.creditedTax;
    auto out = finish(note, source);
    if (out && out->total != invoice.creditable())
        return std::unexpected(Error::invalid(
            tr("The credit notes of invoice %1 do not add up (%2 credited); check the database.")
                .arg(invoice.invoiceNo, invoice.credited.toDecimalString())));
    return out;
}

Result<CreditNote> CreditNoteCalculator::lines(const CreditableInvoice& source,
                                               const QList<LineRequest>& requests, const QDate& date,
                                               const QString& reason)
{
    if (auto ok = checkCommon(source, date, reason); !ok)
        return std::unexpected(ok.error());
    const Invoice& invoice = source.invoice;
    if (requests.isEmpty())
        return std::unexpected(
            Error::invalid(tr("Choose the lines and quantities to credit."), QStringLiteral("lines")));
    CreditNote note = header(source, date, reason);
    QSet<qint64> seen;
    QHash<qint64, Money> creditedNow;
    QMap<int, Money> byRate;
    for (const LineRequest& request : requests) {
        const InvoiceLine* line = nullptr;
        for (const InvoiceLine& candidate : invoice.lines)
            if (candidate.id == request.invoiceLineId)
                line = &candidate;
        if (!line)
            return std::unexpected(Error::invalid(
                tr("That line is not on invoice %1.").arg(invoice.invoiceNo), QStringLiteral("lines")));
        if (line->kind != InvoiceLineKind::Goods)
            return std::unexpected(
                Error::invalid(tr("Line %1 of invoice %2 is not goods; credit an amount instead.")
                                   .arg(QString::number(line->lineNo), invoice.invoiceNo),
                               QStringLiteral("lines")));
        if (seen.contains(line->id))
            return std::unexpected(
                Error::invalid(tr("Line %1 is listed twice.").arg(line->lineNo), QStringLiteral("lines")));
        seen.insert(line->id);
        const CreditedLine credited = creditedOf(source, line->id);
        const qint64 left = line->quantity.raw() - credited.quantity.raw();
        if (request.quantity.raw() <= 0)
            return std::unexpected(Error::invalid(
                tr("Line %1: the quantity to credit must be more than zero.").arg(line->lineNo),
                QStringLiteral("quantity")));
        if (request.quantity.raw() > left)
            return std::unexpected(
                Error::invalid(tr("Line %1: %2 to credit, but only %3 is invoiced and not yet credited.")
                                   .arg(QString::number(line->lineNo), request.quantity.toDecimalString(),
                                        Quantity::fromRaw(qMax<qint64>(0, left)).toDecimalString()),
                               QStringLiteral("quantity")));
        Money amount;
        if (request.quantity.raw() == left) {
            amount = line->amount - credited.amount; // the rest of the line, exactly
        } else {
            const auto priced = LineCalculator::lineAmount(request.quantity, line->unitPrice, line->discount);
            if (!priced)
                return std::unexpected(tooLarge());
            amount = *priced;
        }
        note.lines << CreditNoteLine{0, 0, line->id, line->description, request.quantity, amount};
        creditedNow.insert(line->id, amount);
        const auto sum = byRate[line->taxRate.raw()].checkedAdd(amount);
        if (!sum)
            return std::unexpected(tooLarge());
        byRate[line->taxRate.raw()] = *sum;
    }

    // Does this note credit everything that is left? Then it takes the rest of the tax exactly.
    Money noteSubtotal;
    for (const CreditNoteLine& l : note.lines)
        noteSubtotal = noteSubtotal + l.amount;
    bool completes = invoice.subtotal - source.creditedSubtotal == noteSubtotal;
    for (const InvoiceLine& line : invoice.lines)
        completes =
            completes && line.amount - creditedOf(source, line.id).amount == creditedNow.value(line.id);
    if (completes) {
        note.tax = invoice.tax - source.creditedTax;
    } else {
        Money tax;
        for (auto it = byRate.cbegin(); it != byRate.cend(); ++it) {
            const auto rateTax = LineCalculator::tax(it.value(), BasisPoints::fromRaw(it.key()));
            if (!rateTax || !tax.checkedAdd(*rateTax))
                return std::unexpected(tooLarge());
            tax = *tax.checkedAdd(*rateTax);
        }
        note.tax = tax;
    }
    return finish(note, source);
}

Result<CreditNote> CreditNoteCalculator::amount(const CreditableInvoice& source, Money gross,
                                                const QDate& date, const QString& reason)
{
    if (auto ok = checkCommon(source, date, reason); !ok)
        return std::unexpected(ok.error());
    const Invoice& invoice = source.invoice;
    QSet<int> rates;
    for (const InvoiceLine& line : invoice.lines)
        rates.insert(line.taxRate.raw());
    if (rates.size() != 1)
        return std::unexpected(
            Error::invalid(tr("Invoice %1 has more than one tax rate; credit its lines instead of an amount.")
                               .arg(invoice.invoiceNo),
                           QStringLiteral("amount")));
    if (gross.minor() <= 0)
        return std::unexpected(
            Error::invalid(tr("A credit note must be for more than zero."), QStringLiteral("amount")));
    const Money left = invoice.creditable();
    if (gross > left)
        return std::unexpected(
            Error::invalid(tr("This credit note (%1) is more than is left of invoice %2 (%3).")
                               .arg(gross.toDecimalString(), invoice.invoiceNo, left.toDecimalString()),
                           QStringLiteral("amount")));
    CreditNote note = header(source, date, reason);
    Money net;
    if (gross == left) {
        net = invoice.subtotal - source.creditedSubtotal;
        note.tax = invoice.tax - source.creditedTax;
    } else {
        const int rate = *rates.cbegin();
        if (BasisPoints::Full + rate <= 0)
            return std::unexpected(tooLarge());
        net = Money::fromMinor(static_cast<qint64>(fixed::roundDiv(
            static_cast<Int128>(gross.minor()) * BasisPoints::Full, BasisPoints::Full + rate)));
        note.tax = gross - net;
    }
    note.lines << CreditNoteLine{0,          0,  0, tr("Allowance on invoice %1").arg(invoice.invoiceNo),
                                 Quantity(), net};
    return finish(note, source);
}

} // namespace od
