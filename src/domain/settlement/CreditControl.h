#pragma once

#include "CreditPolicy.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace od {

enum class CreditHoldReason
{
    Overdue,
    OverLimit
};

// Where a customer stands with the credit rules on a day.
struct CreditStanding
{
    QList<CreditHoldReason> reasons;      // why the rules hold it (empty: in good standing)
    std::optional<CreditRelease> release; // a manager's release in force that day

    bool held() const { return !reasons.isEmpty(); }
    // Submitting an order and shipping are refused.
    bool onHold() const { return held() && !release; }
};

// The credit-hold rule: on hold when an invoice is overdue by more than the policy's days, or
// when receivables (net of advances) plus open orders exceed the credit limit. Only a manager
// lifts a hold, by a release that holds until its last day whatever the rules then say.
class CreditControl
{
    Q_DECLARE_TR_FUNCTIONS(CreditControl)

public:
    static constexpr int MaxReleaseDays = 90;

    static QList<CreditHoldReason> reasons(const CreditPolicy& policy, const CreditExposure& exposure);
    static CreditStanding standing(const CreditPolicy& policy, const CreditExposure& exposure,
                                   const std::optional<CreditRelease>& latestRelease, const QDate& today);
    // "overdue", "over_limit"
    static QString reasonKey(CreditHoldReason reason);
    // "Invoice INV-2026-000012 is 45 days overdue (the limit is 30)." …
    static QString describe(CreditHoldReason reason, const CreditPolicy& policy,
                            const CreditExposure& exposure);

    static Status checkPolicy(const CreditPolicy& policy);
    // A release needs a reason and a last day from its own day up to MaxReleaseDays later.
    static Status checkRelease(const CreditRelease& release);
};

} // namespace od
