#include "ChangeRules.h"

#include "FixedPoint.h"
#include "OrderValidator.h"
#include "TextCheck.h"

#include <QSet>

namespace od {

namespace {

template <typename T>
Result<T> parsed(const QString& text, const QString& what, int scale, qint64 maxRaw, const QString& field,
                 std::optional<T> (*parse)(QStringView))
{
    const QString trimmed = text.trimmed();
    switch (fixed::checkDecimal(trimmed, scale, maxRaw)) {
    case fixed::DecimalProblem::None:
        break;
    case fixed::DecimalProblem::TooManyDecimals:
        return std::unexpected(
            Error::invalid(ChangeRules::tr("%1: \"%2\" has more than %n decimal place(s).", nullptr, scale)
                               .arg(what, trimmed),
                           field));
    case fixed::DecimalProblem::TooLarge:
        return std::unexpected(
            Error::invalid(ChangeRules::tr("%1: \"%2\" is too large.").arg(what, trimmed), field));
    case fixed::DecimalProblem::Malformed:
        return std::unexpected(
            Error::invalid(ChangeRules::tr("%1: \"%2\" is not a number.").arg(what, trimmed), field));
    }
    const auto value = parse(trimmed);
    if (!value)
        return std::unexpected(
            Error::invalid(ChangeRules::tr("%1: \"%2\" is not a number.").arg(what, trimmed), field));
    return *value;
}

const OrderLine* lineOf(const Order& order, int lineNo)
{
    for (const OrderLine& line : order.lines)
        if (line.lineNo == lineNo)
            return &line;
    return nullptr;
}

} // namespace

Result<Quantity> ChangeRules::parseQuantity(const QString& text, const QString& what)
{
    return parsed<Quantity>(text, what, Quantity::Scale, Quantity::MaxRaw, QStringLiteral("quantity"),
                            &Quantity::parse);
}

Result<UnitPrice> ChangeRules::parsePrice(const QString& text, const QString& what)
{
    return parsed<UnitPrice>(text, what, UnitPrice::Scale, UnitPrice::MaxRaw, QStringLiteral("price"),
                             &UnitPrice::parse);
}

Result<Money> ChangeRules::parseAmount(const QString& text, const QString& what)
{
    return parsed<Money>(text, what, Money::Scale, Money::MaxAbsMinor, QStringLiteral("charge"),
                         &Money::parse);
}

Status ChangeRules::checkOrder(const Order& order, bool everyLineShipped)
{
    const OrderStatus status =
        order.status == OrderStatus::OnHold && order.heldFrom ? *order.heldFrom : order.status;
    switch (status) {
    case OrderStatus::Confirmed:
    case OrderStatus::Planned:
    case OrderStatus::InProduction:
    case OrderStatus::ReadyToShip:
        break;
    case OrderStatus::Draft:
    case OrderStatus::AwaitingConfirmation:
        return std::unexpected(
            Error::conflict(tr("Order %1 is \"%2\": it is not confirmed yet, so it is edited directly, "
                               "without a change request.")
                                .arg(order.orderNo, OrderStatusInfo::displayName(order.status))));
    default:
        return std::unexpected(
            Error::conflict(tr("Order %1 is \"%2\": it can no longer be changed.")
                                .arg(order.orderNo, OrderStatusInfo::displayName(order.status))));
    }
    if (everyLineShipped)
        return std::unexpected(Error::conflict(
            tr("Order %1 has been shipped in full: it can no longer be changed.").arg(order.orderNo)));
    return {};
}

Status ChangeRules::checkRequest(const ChangeRequest& request, const Order& order,
                                 const QMap<int, Quantity>& shipped)
{
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return std::unexpected(
            Error::invalid(tr("Say why the customer asks for the change."), QStringLiteral("reason")));
    for (const auto& [text, field] :
         {std::pair{request.reason, QStringLiteral("reason")},
          std::pair{request.contact, QStringLiteral("contact")},
          std::pair{request.address.value_or(QString()), QStringLiteral("address")}}) {
        if (text.size() > MaxTextLength)
            return std::unexpected(Error::invalid(
                tr("Keep it under %1 characters (this is %2).").arg(MaxTextLength).arg(text.size()), field));
        if (const QString problem = TextCheck::problem(text, true); !problem.isEmpty())
            return std::unexpected(Error::invalid(problem, field));
    }
    if (request.cancel) {
        if (request.changesContent())
            return std::unexpected(Error::invalid(
                tr("A cancellation cancels the whole order: ask for it without other changes."),
                QStringLiteral("cancel")));
        if (request.cancelCharge.isNegative())
            return std::unexpected(
                Error::invalid(tr("The cancellation charge cannot be negative."), QStringLiteral("charge")));
        if (request.cancelCharge > order.total)
            return std::unexpected(Error::invalid(
                tr("The cancellation charge %1 is more than the order is worth (%2).")
                    .arg(request.cancelCharge.toDecimalString(), order.total.toDecimalString()),
                QStringLiteral("charge")));
        return {};
    }
    if (!request.cancelCharge.isZero())
        return std::unexpected(
            Error::invalid(tr("A charge is agreed only for a cancellation."), QStringLiteral("charge")));
    if (!request.changesContent())
        return std::unexpected(
            Error::invalid(tr("Say what the customer wants changed: a quantity, a price, a line, the date, "
                              "the address, or a cancellation.")));

    QSet<int> touched;
    auto checkLine = [&](int lineNo, const QString& field, bool priceOrRemoval) -> Status {
        const OrderLine* line = lineOf(order, lineNo);
        if (!line)
            return std::unexpected(
                Error::invalid(tr("Order %1 has no line %2.").arg(order.orderNo).arg(lineNo), field));
        const Quantity sent = shipped.value(lineNo);
        if (sent.isPositive() && sent >= line->quantity)
            return std::unexpected(Error::conflict(
                tr("Line %1 has been shipped in full: it can no longer be changed.").arg(lineNo), field));
        if (priceOrRemoval && sent.isPositive())
            return std::unexpected(Error::conflict(
                tr("Line %1 has been shipped in part (%2): its price cannot change and it cannot be removed.")
                    .arg(lineNo)
                    .arg(sent.toDecimalString()),
                field));
        return {};
    };
    for (const ChangeQuantity& q : request.quantities) {
        if (touched.contains(q.lineNo * 4 + 0))
            return std::unexpected(Error::invalid(tr("Line %1: give its new quantity once.").arg(q.lineNo),
                                                  QStringLiteral("quantity")));
        touched.insert(q.lineNo * 4 + 0);
        if (auto ok = checkLine(q.lineNo, QStringLiteral("quantity"), false); !ok)
            return ok;
        if (!q.quantity.isPositive())
            return std::unexpected(Error::invalid(
                tr("Line %1: the quantity must be more than zero; to drop the line, remove it.")
                    .arg(q.lineNo),
                QStringLiteral("quantity")));
        const Quantity sent = shipped.value(q.lineNo);
        if (q.quantity < sent)
            return std::unexpected(
                Error::conflict(tr("Line %1: %2 has already been shipped; the quantity cannot go below it.")
                                    .arg(q.lineNo)
                                    .arg(sent.toDecimalString()),
                                QStringLiteral("quantity")));
    }
    for (const ChangePrice& p : request.prices) {
        if (touched.contains(p.lineNo * 4 + 1))
            return std::unexpected(Error::invalid(tr("Line %1: give its new price once.").arg(p.lineNo),
                                                  QStringLiteral("price")));
        touched.insert(p.lineNo * 4 + 1);
        if (auto ok = checkLine(p.lineNo, QStringLiteral("price"), true); !ok)
            return ok;
        if (p.unitPrice.isNegative())
            return std::unexpected(Error::invalid(tr("Line %1: the price cannot be negative.").arg(p.lineNo),
                                                  QStringLiteral("price")));
    }
    for (const ChangeSpec& spec : request.specs) {
        if (touched.contains(spec.lineNo * 4 + 3))
            return std::unexpected(Error::invalid(
                tr("Line %1: give its new specification once.").arg(spec.lineNo), QStringLiteral("spec")));
        touched.insert(spec.lineNo * 4 + 3);
        if (auto ok = checkLine(spec.lineNo, QStringLiteral("spec"), true); !ok)
            return ok;
        if (spec.description.trimmed().isEmpty())
            return std::unexpected(Error::invalid(
                tr("Line %1: write the new specification as the customer gave it.").arg(spec.lineNo),
                QStringLiteral("spec")));
        if (spec.description.size() > OrderValidator::MaxDescriptionLength)
            return std::unexpected(
                Error::invalid(tr("Line %1: the specification is too long (at most %2 characters).")
                                   .arg(spec.lineNo)
                                   .arg(OrderValidator::MaxDescriptionLength),
                               QStringLiteral("spec")));
        if (const QString problem = TextCheck::problem(spec.description, true); !problem.isEmpty())
            return std::unexpected(Error::invalid(problem, QStringLiteral("spec")));
    }
    for (int lineNo : request.removedLines) {
        if (auto ok = checkLine(lineNo, QStringLiteral("remove"), true); !ok)
            return ok;
        if (touched.contains(lineNo * 4 + 0) || touched.contains(lineNo * 4 + 1) ||
            touched.contains(lineNo * 4 + 2) || touched.contains(lineNo * 4 + 3))
            return std::unexpected(Error::invalid(
                tr("Line %1 is removed: do not change it as well.").arg(lineNo), QStringLiteral("remove")));
        touched.insert(lineNo * 4 + 2);
    }
    for (const ChangeAddedLine& added : request.addedLines) {
        if (added.productId <= 0)
            return std::unexpected(
                Error::invalid(tr("Name the product of the added line."), QStringLiteral("add_line")));
        if (!added.quantity.isPositive())
            return std::unexpected(
                Error::invalid(tr("The added line %1 needs a quantity more than zero.").arg(added.sku),
                               QStringLiteral("add_line")));
    }
    if (order.lines.size() - request.removedLines.size() + request.addedLines.size() <= 0)
        return std::unexpected(Error::invalid(
            tr("The change removes every line: ask for a cancellation instead."), QStringLiteral("remove")));
    if (request.requestedDate.isValid() && request.requestedDate < order.orderDate)
        return std::unexpected(Error::invalid(
            tr("The requested date %1 is before the order date %2.")
                .arg(request.requestedDate.toString(Qt::ISODate), order.orderDate.toString(Qt::ISODate)),
            QStringLiteral("date")));
    return {};
}

Result<Order> ChangeRules::apply(const ChangeRequest& request, const Order& order)
{
    Order after = order;
    if (request.cancel)
        return after;
    for (const ChangeQuantity& q : request.quantities)
        for (OrderLine& line : after.lines)
            if (line.lineNo == q.lineNo)
                line.quantity = q.quantity;
    for (const ChangePrice& p : request.prices)
        for (OrderLine& line : after.lines)
            if (line.lineNo == p.lineNo)
                line.unitPrice = p.unitPrice;
    for (const ChangeSpec& spec : request.specs)
        for (OrderLine& line : after.lines)
            if (line.lineNo == spec.lineNo)
                line.description = spec.description.trimmed();
    after.lines.removeIf([&](const OrderLine& line) { return request.removedLines.contains(line.lineNo); });
    int next = 0;
    for (const OrderLine& line : order.lines)
        next = qMax(next, line.lineNo);
    for (const ChangeAddedLine& added : request.addedLines) {
        OrderLine line;
        line.lineNo = ++next;
        line.productId = added.productId;
        line.productSku = added.sku;
        line.productName = added.productName;
        line.unit = added.unit;
        line.quantity = added.quantity;
        line.unitPrice = added.unitPrice;
        after.lines << line;
    }
    if (request.requestedDate.isValid())
        after.requestedDate = request.requestedDate;
    if (request.address) {
        after.deliveryAddress = request.address->trimmed();
        if (after.deliveryAddress.size() > OrderValidator::MaxDeliveryAddressLength)
            return std::unexpected(
                Error::invalid(tr("The delivery address is too long (at most %1 characters).")
                                   .arg(OrderValidator::MaxDeliveryAddressLength),
                               QStringLiteral("address")));
    }
    const ValidationReport report = OrderValidator::recalculate(after);
    if (report.hasErrors())
        return std::unexpected(Error::invalid(report.summary(), QStringLiteral("quantity")));
    return after;
}

} // namespace od
