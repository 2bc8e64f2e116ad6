#include "OrderValidator.h"

#include "LineCalculator.h"
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
            report.add(Severity::Error, QStringLiteral("overflow"), QStringLiteral("quantity"), i,
                       tr("Line %1: quantity × unit price is too large to be a real amount.").arg(i + 1));
            overflow = true;
            continue;
        }
        line.amount = *amount;
        const auto sum = subtotal.checkedAdd(*amount);
        if (!sum) {
            overflow = true;
            report.add(Severity::Error, QStringLiteral("overflow"), QStringLiteral("lines"), -1,
                       tr("The order total is too large to be a real amount."));
            break;
        }
        subtotal = *sum;
    }
    const auto tax = LineCalculator::tax(subtotal, order.taxRate);
    std::optional<Money> total = tax ? subtotal.checkedAdd(*tax) : std::nullopt;
    if (!overflow && !total)
        report.add(Severity::Error, QStringLiteral("overflow"), QStringLiteral("lines"), -1,
                   tr("The order total is too large to be a real amount."));
    order.subtotal = subtotal;
    order.tax = tax.value_or(Money());
    order.total = total.value_or(Money());
    return report;
}

void OrderValidator::checkTexts(const Order& order, ValidationReport& report)
{
    if (order.notes.size() > MaxNotesLength)
        report.add(Severity::Error, QStringLiteral("long_text"), QStringLiteral("notes"), -1,
                   tr("The notes are too long (at most %1 characters).").arg(MaxNotesLength));
    else if (const QString problem = TextCheck::problem(order.notes, true); !problem.isEmpty())
        report.add(Severity::Error, QStringLiteral("broken_text"), QStringLiteral("notes"), -1, problem);
    for (int i = 0; i < order.lines.size(); ++i) {
        const QString& description = order.lines[i].description;
        if (description.size() > MaxDescriptionLength)
            report.add(Severity::Error, QStringLiteral("long_text"), QStringLiteral("description"), i,
                       tr("Line %1: the description is too long (at most %2 characters).")
                           .arg(i + 1)
                           .arg(MaxDescriptionLength));
        else if (const QString problem = TextCheck::problem(description, true); !problem.isEmpty())
            report.add(Severity::Error, QStringLiteral("broken_text"), QStringLiteral("description"), i,
                       tr("Line %1: %2").arg(QString::number(i + 1), problem));
    }
}

ValidationReport OrderValidator::validate(Order& order, const OrderValidationContext& context)
{
    ValidationReport report = recalculate(order);

    if (!context.customer) {
        report.add(Severity::Error, QStringLiteral("no_customer"), QStringLiteral("customer"), -1,
                   tr("Choose the customer this order is for."));
    } else if (!context.customer->active) {
        report.add(Severity::Error, QStringLiteral("inactive_customer"), QStringLiteral("customer"), -1,
                   tr("Customer %1 is deactivated.").arg(context.customer->name));
    }
    if (order.lines.isEmpty())
        report.add(Severity::Error, QStringLiteral("no_lines"), QStringLiteral("lines"), -1,
                   tr("Add at least one line."));
    if (!order.orderDate.isValid())
        report.add(Severity::Error, QStringLiteral("no_order_date"), QStringLiteral("order_date"), -1,
                   tr("Enter the order date."));
    else if (!isStorableDate(order.orderDate))
        report.add(Severity::Error, QStringLiteral("bad_date"), QStringLiteral("order_date"), -1,
                   tr("The order date must be within %1.").arg(dateRangeText()));
    if (!order.requestedDate.isValid())
        report.add(Severity::Error, QStringLiteral("no_requested_date"), QStringLiteral("requested_date"), -1,
                   tr("Enter the delivery date the customer asked for."));
    else if (!isStorableDate(order.requestedDate))
        report.add(Severity::Error, QStringLiteral("bad_date"), QStringLiteral("requested_date"), -1,
                   tr("The requested delivery date must be within %1.").arg(dateRangeText()));
    else if (order.orderDate.isValid() && order.requestedDate < order.orderDate)
        report.add(Severity::Error, QStringLiteral("date_before_order"), QStringLiteral("requested_date"), -1,
                   tr("The requested delivery date is before the order date."));
    checkTexts(order, report);
    if (order.taxRate.raw() < 0 || order.taxRate.raw() > BasisPoints::Full)
        report.add(Severity::Error, QStringLiteral("bad_tax"), QStringLiteral("tax_rate"), -1,
                   tr("The tax rate must be between 0% and 100%."));

    int longestLead = 0;
    QString longestLeadProduct;
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines[i];
        const auto product = context.products.constFind(line.productId);
        if (line.productId == 0 || product == context.products.cend()) {
            report.add(Severity::Error, QStringLiteral("no_product"), QStringLiteral("product"), i,
                       tr("Line %1: choose a product.").arg(i + 1));
        } else {
            if (!product->active)
                report.add(Severity::Error, QStringLiteral("inactive_product"), QStringLiteral("product"), i,
                           tr("Line %1: product %2 is no longer sold.").arg(i + 1).arg(product->name));
            if (product->requiresSpec && line.description.trimmed().isEmpty())
                report.add(Severity::Warning, QStringLiteral("missing_spec"), QStringLiteral("description"),
                           i,
                           tr("Line %1: %2 is made to order — write down the customer's specification.")
                               .arg(i + 1)
                               .arg(product->name));
            if (product->leadTimeDays > longestLead) {
                longestLead = product->leadTimeDays;
                longestLeadProduct = product->name;
            }
        }
        if (!line.quantity.isPositive())
            report.add(Severity::Error, QStringLiteral("bad_quantity"), QStringLiteral("quantity"), i,
                       tr("Line %1: the quantity must be more than zero.").arg(i + 1));
        if (line.unitPrice.isNegative())
            report.add(Severity::Error, QStringLiteral("negative_price"), QStringLiteral("unit_price"), i,
                       tr("Line %1: the unit price cannot be negative.").arg(i + 1));
        if (line.discount.raw() < 0 || line.discount.raw() > BasisPoints::Full)
            report.add(Severity::Error, QStringLiteral("bad_discount"), QStringLiteral("discount"), i,
                       tr("Line %1: the discount must be between 0% and 100%.").arg(i + 1));
        if (line.requestedDate.isValid() && !isStorableDate(line.requestedDate))
            report.add(Severity::Error, QStringLiteral("bad_date"), QStringLiteral("line_date"), i,
                       tr("Line %1: the requested date must be within %2.")
                           .arg(QString::number(i + 1), dateRangeText()));
        if (line.requestedDate.isValid() && order.orderDate.isValid() && line.requestedDate < order.orderDate)
            report.add(Severity::Error, QStringLiteral("date_before_order"), QStringLiteral("line_date"), i,
                       tr("Line %1: the requested date is before the order date.").arg(i + 1));
    }

    if (order.requestedDate.isValid() && context.today.isValid() && longestLead > 0) {
        const QDate earliest = context.today.addDays(longestLead);
        if (order.requestedDate < earliest)
            report.add(
                Severity::Warning, QStringLiteral("lead_time"), QStringLiteral("requested_date"), -1,
                tr("%1 needs %2 days to make: the earliest realistic delivery is %3.")
                    .arg(longestLeadProduct, QString::number(longestLead), earliest.toString(Qt::ISODate)));
    }

    if (context.customer && context.customer->creditLimit.minor() > 0) {
        const auto exposure = context.otherOpenOrdersTotal.checkedAdd(order.total);
        if (exposure && *exposure > context.customer->creditLimit)
            report.add(Severity::Warning, QStringLiteral("credit_limit"), QStringLiteral("customer"), -1,
                       tr("Open orders of %1 would reach %2, above its credit limit of %3.")
                           .arg(context.customer->name, exposure->toDecimalString(),
                                context.customer->creditLimit.toDecimalString()));
    }
    return report;
}

} // namespace od
