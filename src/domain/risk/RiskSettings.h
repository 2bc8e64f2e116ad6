#pragma once

namespace od {

// The thresholds of the early warning, company settings with these defaults.
struct RiskSettings
{
    static constexpr int MaxDays = 90;

    // An order without a plan whose promised date is this many days away or fewer, and that is
    // not ready to ship, is at risk.
    int atRiskMarginDays = 3;
    // An order sent to the customer and not confirmed for this many days is at risk.
    int confirmationPendingDays = 3;
    // A shipment not signed for this many days after it left is at risk (late once the due date
    // has passed).
    int transitDays = 5;

    bool operator==(const RiskSettings&) const = default;
};

} // namespace od
