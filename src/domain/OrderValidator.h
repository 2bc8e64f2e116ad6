#pragma once

#include "Customer.h"
#include "Money.h"
#include "Order.h"
#include "Product.h"
#include "ValidationReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>

namespace od {

// What the validator needs to know beyond the order itself; the service fills it from storage.
struct OrderValidationContext
{
    std::optional<Customer> customer;
    QHash<qint64, Product> products; // every product the lines refer to
    QDate today;
    Money otherOpenOrdersTotal; // the customer's open orders other than this one
    // What the company has seen before, leaving this order out: the largest quantity ordered of
    // each product of the lines, the customer's largest order total and anyone's (zero: none).
    QHash<qint64, Quantity> largestQuantities;
    Money largestCustomerTotal;
    Money largestTotal;
};

// The intake rules of the design: recomputes line amounts and totals (exactly, checked for
// overflow) and reports errors that block saving and warnings that need "save anyway".
class OrderValidator
{
    Q_DECLARE_TR_FUNCTIONS(OrderValidator)

public:
    // A quantity or total this many times the largest one seen before is most likely a typing
    // slip (an extra digit or two): a warning that names the figure.
    static constexpr int UnusualFactor = 10;

    // Fills amounts, subtotal, tax and total of `order` and returns what is wrong with it.
    static ValidationReport validate(Order& order, const OrderValidationContext& context);
    // Only the arithmetic part: amounts and totals, with overflow errors.
    static ValidationReport recalculate(Order& order);
    // Only the text part: the notes and every line's description within their length, without
    // broken or control characters. Part of validate(); the CSV import checks it on its own.
    static void checkTexts(const Order& order, ValidationReport& report);

    static constexpr int MaxNotesLength = 10'000;      // as a customer's notes
    static constexpr int MaxDescriptionLength = 2'000; // as a product's specification
    static constexpr int MaxDeliveryAddressLength = 500;

private:
    static void addUnusualFigures(ValidationReport& report, const Order& order,
                                  const OrderValidationContext& context);
};

} // namespace od
