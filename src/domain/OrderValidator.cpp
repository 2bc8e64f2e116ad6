#include "OrderValidator.h"

#include "OrderIssue.h"

#include "LineCalculator.h"
#include "LocaleFormat.h"
#include "TextCheck.h"

namespace od {

using Severity = ValidationIssue::Severity;

namespace {

// Dates are stored as YYYY-MM-DD text, which has no room for the years QDate also accepts
// (12026, -44): such a date would be stored as nothing. Before 1900 it is a typing mistake.
bool isStorableDate(const QDate& d)
{
    return d >= QDate(1900, 1, 1) && d <= QDate(9999, 12, 31);
}

QString dateRangeText()
{
    return QStringLiteral("1900-01-01 – 9999-12-31");
}

} // namespace

ValidationReport OrderValidator::recalculate(Order& order)
{
    ValidationReport report;
    Money subtotal;
    bool overflow = false;
    for (int i = 0; i < order.lines.size(); ++i) {
        OrderLine& line = order.lines[i];
        const auto amount = LineCalculator::lineAmount(line.quantity, line.unitPrice, line.discount);
        if (!amount) {
            line.amount = Money();
            report.add(Severity::Error, OrderIssue::Overflow, QStringLiteral("quantity"), i,
                       tr("Line %1: quantity × unit price is too large to be a real amount.").arg(i + 1));
            overflow = true;
            continue;
        }
        line.amount = *amount;
        const auto sum = subtotal.checkedAdd(*amount);
        if (!sum) {
            overflow = true;
            report.add(Severity::Error, OrderIssue::Overflow, QStringLiteral("lines"), -1,
                       tr("The order total is too large to be a real amount."));
            break;
        }
        subtotal = *sum;
    }
    const auto tax = LineCalculator::tax(subtotal, order.taxRate);
    std::optional<Money> total = tax ? subtotal.checkedAdd(*tax) : std::nullopt;
    if (!overflow && !total)
        report.add(Severity::Error, OrderIssue::Overflow, QStringLiteral("lines"), -1,
                   tr("The order total is too large to be a real amount."));
    order.subtotal = subtotal;
    order.tax = tax.value_or(Money());
    order.total = total.value_or(Money());
    return report;
}

void OrderValidator::checkTexts(const Order& order, ValidationReport& report)
{
    if (order.notes.size() > MaxNotesLength)
        report.add(Severity::Error, OrderIssue::LongText, QStringLiteral("notes"), -1,
                   tr("The notes are too long (at most %1 characters).").arg(MaxNotesLength));
    else if (const QString problem = TextCheck::problem(order.notes, true); !problem.isEmpty())
        report.add(Severity::Error, OrderIssue::BrokenText, QStringLiteral("notes"), -1, problem);
    if (order.deliveryAddress.size() > MaxDeliveryAddressLength)
        report.add(
            Severity::Error, OrderIssue::LongText, QStringLiteral("delivery_address"), -1,
            tr("The delivery address is too long (at most %1 characters).").arg(MaxDeliveryAddressLength));
    else if (const QString problem = TextCheck::problem(order.deliveryAddress, true); !problem.isEmpty())
        report.add(Severity::Error, OrderIssue::BrokenText, QStringLiteral("delivery_address"), -1, problem);
    for (int i = 0; i < order.lines.size(); ++i) {
        const QString& description = order.lines[i].description;
        if (description.size() > MaxDescriptionLength)
            report.add(Severity::Error, OrderIssue::LongText, QStringLiteral("description"), i,
                       tr("Line %1: the description is too long (at most %2 characters).")
                           .arg(i + 1)
                           .arg(MaxDescriptionLength));
        else if (const QString problem = TextCheck::problem(description, true); !problem.isEmpty())
            report.add(Severity::Error, OrderIssue::BrokenText, QStringLiteral("description"), i,
                       tr("Line %1: %2").arg(QString::number(i + 1), problem));
    }
}

void OrderValidator::addUnusualFigures(ValidationReport& report, const Order& order,
                                       const OrderValidationContext& context)
{
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines[i];
        const Quantity largest = context.largestQuantities.value(line.productId);
        if (largest.raw() <= 0 || line.quantity.raw() <= largest.raw() * UnusualFactor)
            continue;
        const auto product = context.products.constFind(line.productId);
        const QString name = product != context.products.cend() ? product->name : line.productName;
        const QString unit = line.unit.isEmpty() ? QString() : u' ' + line.unit;
        report.add(Severity::Warning, OrderIssue::UnusualQuantity, QStringLiteral("quantity"), i,
                   tr("Line %1: %2 is far more than any order of %3 so far (at most %4). Check the quantity.")
                       .arg(QString::number(i + 1), LocaleFormat::quantity(line.quantity) + unit, name,
                            LocaleFormat::quantity(largest) + unit));
    }
    // The customer's own orders say most; a new customer is measured against everyone's.
    const bool ownHistory = context.largestCustomerTotal.minor() > 0;
    const Money reference = ownHistory ? context.largestCustomerTotal : context.largestTotal;
    if (reference.minor() <= 0 || report.contains(QStringLiteral("overflow")) ||
        order.total.minor() <= reference.minor() * UnusualFactor)
        return;
    const QString total = LocaleFormat::money(order.total, order.currency);
    const QString largest = LocaleFormat::money(reference, order.currency);
    report.add(
        Severity::Warning, OrderIssue::UnusualTotal, QStringLiteral("lines"), -1,
        ownHistory && context.customer
            ? tr("The total %1 is far beyond the largest order of %2 so far (%3). Check the quantities "
                 "and prices.")
                  .arg(total, context.customer->name, largest)
            : tr("The total %1 is far beyond the largest order so far (%2). Check the quantities and "
                 "prices.")
                  .arg(total, largest));
}

ValidationReport OrderValidator::validate(Order& order, const OrderValidationContext& context)
{
    ValidationReport report = recalculate(order);

    if (!context.customer) {
        report.add(Severity::Error, OrderIssue::NoCustomer, QStringLiteral("customer"), -1,
                   tr("Choose the customer this order is for."));
    } else if (!context.customer->active) {
        report.add(Severity::Error, OrderIssue::InactiveCustomer, QStringLiteral("customer"), -1,
                   tr("Customer %1 is deactivated.").arg(context.customer->name));
    }
    if (order.lines.isEmpty())
        report.add(Severity::Error, OrderIssue::NoLines, QStringLiteral("lines"), -1,
                   tr("Add at least one line."));
    if (!order.orderDate.isValid())
        report.add(Severity::Error, OrderIssue::NoOrderDate, QStringLiteral("order_date"), -1,
                   tr("Enter the order date."));
    else if (!isStorableDate(order.orderDate))
        report.add(Severity::Error, OrderIssue::BadDate, QStringLiteral("order_date"), -1,
                   tr("The order date must be within %1.").arg(dateRangeText()));
    if (!order.requestedDate.isValid())
        report.add(Severity::Error, OrderIssue::NoRequestedDate, QStringLiteral("requested_date"), -1,
                   tr("Enter the delivery date the customer asked for."));
    else if (!isStorableDate(order.requestedDate))
        report.add(Severity::Error, OrderIssue::BadDate, QStringLiteral("requested_date"), -1,
                   tr("The requested delivery date must be within %1.").arg(dateRangeText()));
    else if (order.orderDate.isValid() && order.requestedDate < order.orderDate)
        report.add(Severity::Error, OrderIssue::DateBeforeOrder, QStringLiteral("requested_date"), -1,
                   tr("The requested delivery date is before the order date."));
    checkTexts(order, report);
    if (order.taxRate.raw() < 0 || order.taxRate.raw() > BasisPoints::Full)
        report.add(Severity::Error, OrderIssue::BadTax, QStringLiteral("tax_rate"), -1,
                   tr("The tax rate must be between 0% and 100%."));

    int longestLead = 0;
    QString longestLeadProduct;
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines[i];
        const auto product = context.products.constFind(line.productId);
        if (line.productId == 0 || product == context.products.cend()) {
            report.add(Severity::Error, OrderIssue::NoProduct, QStringLiteral("product"), i,
                       tr("Line %1: choose a product.").arg(i + 1));
        } else {
            if (!product->active)
                report.add(Severity::Error, OrderIssue::InactiveProduct, QStringLiteral("product"), i,
                           tr("Line %1: product %2 is no longer sold.").arg(i + 1).arg(product->name));
            if (product->requiresSpec && line.description.trimmed().isEmpty())
                report.add(Severity::Warning, OrderIssue::MissingSpec, QStringLiteral("description"), i,
                           tr("Line %1: %2 is made to order — write down the customer's specification.")
                               .arg(i + 1)
                               .arg(product->name));
            if (product->leadTimeDays > longestLead) {
                longestLead = product->leadTimeDays;
                longestLeadProduct = product->name;
            }
        }
        if (!line.quantity.isPositive())
            report.add(Severity::Error, OrderIssue::BadQuantity, QStringLiteral("quantity"), i,
                       tr("Line %1: the quantity must be more than zero.").arg(i + 1));
        if (line.unitPrice.isNegative())
            report.add(Severity::Error, OrderIssue::NegativePrice, QStringLiteral("unit_price"), i,
                       tr("Line %1: the unit price cannot be negative.").arg(i + 1));
        if (line.discount.raw() < 0 || line.discount.raw() > BasisPoints::Full)
            report.add(Severity::Error, OrderIssue::BadDiscount, QStringLiteral("discount"), i,
                       tr("Line %1: the discount must be between 0% and 100%.").arg(i + 1));
        if (line.requestedDate.isValid() && !isStorableDate(line.requestedDate))
            report.add(Severity::Error, OrderIssue::BadDate, QStringLiteral("line_date"), i,
                       tr("Line %1: the requested date must be within %2.")
                           .arg(QString::number(i + 1), dateRangeText()));
        if (line.requestedDate.isValid() && order.orderDate.isValid() && line.requestedDate < order.orderDate)
            report.add(Severity::Error, OrderIssue::DateBeforeOrder, QStringLiteral("line_date"), i,
                       tr("Line %1: the requested date is before the order date.").arg(i + 1));
    }

    if (order.requestedDate.isValid() && context.today.isValid() && longestLead > 0) {
        const QDate earliest = context.today.addDays(longestLead);
        if (order.requestedDate < earliest)
            report.add(
                Severity::Warning, OrderIssue::LeadTime, QStringLiteral("requested_date"), -1,
                tr("%1 needs %2 days to make: the earliest realistic delivery is %3.")
                    .arg(longestLeadProduct, QString::number(longestLead), LocaleFormat::date(earliest)));
    }

    if (context.customer && context.customer->creditLimit.minor() > 0) {
        const auto exposure = context.otherOpenOrdersTotal.checkedAdd(order.total);
        if (exposure && *exposure > context.customer->creditLimit)
            report.add(Severity::Warning, OrderIssue::CreditLimit, QStringLiteral("customer"), -1,
                       tr("Open orders of %1 would reach %2, above its credit limit of %3.")
                           .arg(context.customer->name, LocaleFormat::money(*exposure, order.currency),
                                LocaleFormat::money(context.customer->creditLimit, order.currency)));
    }
    addUnusualFigures(report, order, context);
    return report;
}

} // namespace od
