#pragma once

#include <QLatin1String>

namespace od {

// The automation rules' keys: stored in automation_rules and rule_firings, typed in the CLI;
// they never change.
namespace RuleKey {
// Remind the salesperson when a customer's confirmation is pending more than N days.
inline constexpr QLatin1String ConfirmationReminder{"confirmation_reminder"};
// A change request with a small price difference from a customer in good standing is approved
// without a manager.
inline constexpr QLatin1String SmallChangeApproval{"small_change_approval"};
// Tell finance when an order has shipped, until it is invoiced.
inline constexpr QLatin1String ShippedTellFinance{"shipped_tell_finance"};
// Put a customer on credit hold after N days overdue: the settlement setting itself.
inline constexpr QLatin1String CreditHoldOverdue{"credit_hold_overdue"};
// Ask the salesperson for the post-analysis of an order delivered late or with an exception.
inline constexpr QLatin1String LateDeliveryReview{"late_delivery_review"};
} // namespace RuleKey

// What a firing is about (rule_firings.subject_kind).
namespace RuleSubject {
inline constexpr QLatin1String Order{"order"};
inline constexpr QLatin1String Customer{"customer"};
inline constexpr QLatin1String Change{"change"};
} // namespace RuleSubject

} // namespace od
