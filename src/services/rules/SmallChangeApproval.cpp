#include "SmallChangeApproval.h"

#include "AutomationRuleService.h"
#include "CreditExposureRepository.h"
#include "CreditHoldRepository.h"
#include "CustomerRepository.h"
#include "Database.h"

namespace od {

Result<QString> SmallChangeApproval::check(Session& session, const ChangeRequest& request,
                                           const Order& before, const Order& after, int ordersPushed)
{
    auto refused = [&](const QString& why) {
        return std::unexpected(
            Error::conflict(tr("Change %1 waits for a manager: %2").arg(request.changeNo, why)));
    };
    auto rule = AutomationRuleService::current(session, QString(RuleKey::SmallChangeApproval));
    if (!rule)
        return std::unexpected(rule.error());
    if (!rule->enabled)
        return refused(tr("the rule \"%1\" is off.").arg(RuleCatalog::displayName(rule->key)));
    if (request.cancel)
        return refused(tr("it cancels the order."));
    const Money limit = Money::fromMinor(rule->value(QStringLiteral("max_difference")));
    Money difference = after.total - before.total;
    if (difference.isNegative())
        difference = -difference;
    if (!(difference < limit))
        return refused(tr("it changes the total by %1, not less than %2.")
                           .arg(difference.toDecimalString(), limit.toDecimalString()));
    if (ordersPushed > 0)
        return refused(tr("it pushes %n other order(s) later.", nullptr, ordersPushed));

    auto hold = CreditHoldRepository(session.db()).inForce(before.customerId);
    if (!hold)
        return std::unexpected(hold.error());
    if (*hold)
        return refused(tr("%1 is on credit hold since %2.")
                           .arg(before.customerName, (*hold)->placedOn.toString(Qt::ISODate)));
    auto exposure = CreditExposureRepository(session.db()).exposure(before.customerId, session.today());
    if (!exposure)
        return std::unexpected(exposure.error());
    if (exposure->maxDaysOverdue > 0)
        return refused(tr("%1 has invoice %2 overdue by %n day(s).", nullptr, exposure->maxDaysOverdue)
                           .arg(before.customerName, exposure->mostOverdueInvoice));
    if (exposure->creditLimit > Money()) {
        auto others = CustomerRepository(session.db()).openOrdersTotal(before.customerId, before.id);
        if (!others)
            return std::unexpected(others.error());
        const auto total = others->checkedAdd(after.total);
        if (!total || *total > exposure->creditLimit)
            return refused(tr("%1 would be over its credit limit of %2.")
                               .arg(before.customerName, exposure->creditLimit.toDecimalString()));
    }
    return tr("Approved by the rule \"%1\": the total changes by %2, less than %3, no other order moves, and "
              "%4 "
              "has no credit hold and nothing overdue.")
        .arg(RuleCatalog::displayName(rule->key), difference.toDecimalString(), limit.toDecimalString(),
             before.customerName);
}

} // namespace od
