#include "CreditControl.h"

#include "TextCheck.h"

namespace od {

QList<CreditHoldReason> CreditControl::reasons(const CreditPolicy& policy, const CreditExposure& exposure)
{
    QList<CreditHoldReason> out;
    if (policy.holdWhenOverdue && exposure.maxDaysOverdue > policy.overdueDays)
        out << CreditHoldReason::Overdue;
    if (policy.holdOverLimit && exposure.creditLimit.minor() > 0 &&
        exposure.exposure() > exposure.creditLimit)
        out << CreditHoldReason::OverLimit;
    return out;
}

CreditStanding CreditControl::standing(const CreditPolicy& policy, const CreditExposure& exposure,
                                       const std::optional<CreditRelease>& latestRelease, const QDate& today)
{
    CreditStanding out;
    out.reasons = reasons(policy, exposure);
    if (latestRelease && latestRelease->releasedOn <= today && today <= latestRelease->validUntil)
        out.release = latestRelease;
    return out;
}

QString CreditControl::reasonKey(CreditHoldReason reason)
{
    switch (reason) {
    case CreditHoldReason::Overdue:
        return QStringLiteral("overdue");
    case CreditHoldReason::OverLimit:
        return QStringLiteral("over_limit");
    }
    return {};
}

QString CreditControl::describe(CreditHoldReason reason, const CreditPolicy& policy,
                                const CreditExposure& exposure)
{
    switch (reason) {
    case CreditHoldReason::Overdue:
        return tr("Invoice %1 is %2 days overdue (more than %3 puts the customer on hold).")
            .arg(exposure.mostOverdueInvoice)
            .arg(exposure.maxDaysOverdue)
            .arg(policy.overdueDays);
    case CreditHoldReason::OverLimit:
        return tr("Owed %1 plus open orders %2 come to %3, over the credit limit of %4.")
            .arg(exposure.receivables().toDecimalString(), exposure.openOrders.toDecimalString(),
                 exposure.exposure().toDecimalString(), exposure.creditLimit.toDecimalString());
    }
    return {};
}

Status CreditControl::checkPolicy(const CreditPolicy& policy)
{
    if (policy.overdueDays < 0 || policy.overdueDays > CreditPolicy::MaxOverdueDays)
        return std::unexpected(Error::invalid(
            tr("The days overdue before a hold must be between 0 and %1.").arg(CreditPolicy::MaxOverdueDays),
            QStringLiteral("overdue_days")));
    return {};
}

Status CreditControl::checkRelease(const CreditRelease& release)
{
    if (release.reason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(tr("Say why the customer may buy on credit despite the hold."),
                                              QStringLiteral("reason")));
    if (const QString problem = TextCheck::problem(release.reason, true); !problem.isEmpty())
        return std::unexpected(Error::invalid(problem, QStringLiteral("reason")));
    if (!release.releasedOn.isValid() || !release.validUntil.isValid() ||
        release.validUntil < release.releasedOn)
        return std::unexpected(Error::invalid(tr("Enter the last day the release holds, today or later."),
                                              QStringLiteral("valid_until")));
    if (release.releasedOn.daysTo(release.validUntil) > MaxReleaseDays)
        return std::unexpected(Error::invalid(
            tr("A release holds for at most %1 days; release again when it ends.").arg(MaxReleaseDays),
            QStringLiteral("valid_until")));
    return {};
}

} // namespace od
