#pragma once

#include <QLatin1String>

namespace od {

// The codes of what OrderValidator finds (ValidationIssue::code): stable keys that services,
// scripts and tests test for, so each is written once, here.
namespace OrderIssue {
inline constexpr QLatin1String BadDate{"bad_date"};
inline constexpr QLatin1String BadDiscount{"bad_discount"};
inline constexpr QLatin1String BadQuantity{"bad_quantity"};
inline constexpr QLatin1String BadTax{"bad_tax"};
inline constexpr QLatin1String BrokenText{"broken_text"};
inline constexpr QLatin1String CreditLimit{"credit_limit"};
inline constexpr QLatin1String DateBeforeOrder{"date_before_order"};
inline constexpr QLatin1String InactiveCustomer{"inactive_customer"};
inline constexpr QLatin1String InactiveProduct{"inactive_product"};
inline constexpr QLatin1String LeadTime{"lead_time"};
inline constexpr QLatin1String LongText{"long_text"};
inline constexpr QLatin1String MissingSpec{"missing_spec"};
inline constexpr QLatin1String NegativePrice{"negative_price"};
inline constexpr QLatin1String NoCustomer{"no_customer"};
inline constexpr QLatin1String NoLines{"no_lines"};
inline constexpr QLatin1String NoOrderDate{"no_order_date"};
inline constexpr QLatin1String NoProduct{"no_product"};
inline constexpr QLatin1String NoRequestedDate{"no_requested_date"};
inline constexpr QLatin1String Overflow{"overflow"};
inline constexpr QLatin1String UnusualQuantity{"unusual_quantity"};
inline constexpr QLatin1String UnusualTotal{"unusual_total"};
} // namespace OrderIssue

} // namespace od
