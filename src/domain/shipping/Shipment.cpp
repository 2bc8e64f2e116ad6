#include "Shipment.h"

#include "TextCheck.h"

namespace od {

namespace {

QString quantityText(Quantity q, const QString& unit)
{
    return unit.isEmpty() ? q.toDecimalString() : q.toDecimalString() + u' ' + unit;
}

} // namespace

Status ShipmentRules::check(const Shipment& shipment, const QList<ShippableLine>& lines)
{
    const QString carrier = shipment.carrier.trimmed();
    if (carrier.isEmpty())
        return std::unexpected(Error::invalid(tr("Enter the carrier (物流公司), or your own truck."),
                                              QStringLiteral("carrier")));
    if (carrier.size() > MaxCarrierLength)
        return std::unexpected(
            Error::invalid(tr("The carrier's name is longer than %1 characters.").arg(MaxCarrierLength),
                           QStringLiteral("carrier")));
    if (shipment.trackingNo.trimmed().size() > MaxTrackingLength)
        return std::unexpected(
            Error::invalid(tr("The tracking number is longer than %1 characters.").arg(MaxTrackingLength),
                           QStringLiteral("tracking_no")));
    if (shipment.note.size() > MaxNoteLength)
        return std::unexpected(Error::invalid(tr("The note is longer than %1 characters.").arg(MaxNoteLength),
                                              QStringLiteral("note")));
    for (const auto& [text, field] : {std::pair{carrier, QStringLiteral("carrier")},
                                      std::pair{shipment.trackingNo, QStringLiteral("tracking_no")}})
        if (const QString problem = TextCheck::problem(text, false); !problem.isEmpty())
            return std::unexpected(Error::invalid(problem, field));
    if (!shipment.shipDate.isValid())
        return std::unexpected(Error::invalid(tr("Enter the ship date."), QStringLiteral("ship_date")));
    if (shipment.lines.isEmpty())
        return std::unexpected(
            Error::invalid(tr("Choose at least one line to ship."), QStringLiteral("lines")));
    QList<int> seen;
    for (const ShipmentLine& s : shipment.lines) {
        const ShippableLine* line = nullptr;
        for (const ShippableLine& l : lines)
            if (l.lineNo == s.orderLineNo)
                line = &l;
        if (!line)
            return std::unexpected(
                Error::invalid(tr("The order has no line %1.").arg(s.orderLineNo), QStringLiteral("lines")));
        if (seen.contains(s.orderLineNo))
            return std::unexpected(
                Error::invalid(tr("Line %1 is given twice.").arg(s.orderLineNo), QStringLiteral("lines")));
        seen << s.orderLineNo;
        if (!s.quantity.isPositive())
            return std::unexpected(
                Error::invalid(tr("Line %1: ship more than zero, or leave the line out.").arg(s.orderLineNo),
                               QStringLiteral("lines")));
        if (s.quantity.raw() > line->remaining().raw())
            return std::unexpected(Error::invalid(
                tr("Line %1: %2 to ship, but only %3 of %4 ordered is left to ship.")
                    .arg(s.orderLineNo)
                    .arg(quantityText(s.quantity, line->unit), quantityText(line->remaining(), line->unit),
                         quantityText(line->ordered, line->unit)),
                QStringLiteral("lines")));
    }
    return {};
}

Status ShipmentRules::checkReceipt(const QString& receivedBy, const QString& receipt)
{
    if (receivedBy.trimmed().size() > MaxReceivedByLength)
        return std::unexpected(Error::invalid(
            tr("The name of who signed is longer than %1 characters.").arg(MaxReceivedByLength),
            QStringLiteral("received_by")));
    if (receipt.trimmed().size() > MaxReceiptLength)
        return std::unexpected(
            Error::invalid(tr("The receipt's reference is longer than %1 characters.").arg(MaxReceiptLength),
                           QStringLiteral("receipt")));
    if (const QString problem = TextCheck::problem(receivedBy, false); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("received_by")));
    if (const QString problem = TextCheck::problem(receipt, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("receipt")));
    return {};
}

bool ShipmentRules::everyLineShipped(const QList<ShippableLine>& lines)
{
    if (lines.isEmpty())
        return false;
    for (const ShippableLine& l : lines)
        if (l.remaining().isPositive())
            return false;
    return true;
}

} // namespace od
