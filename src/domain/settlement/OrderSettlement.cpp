#include "OrderSettlement.h"

namespace od {

SettlementStatus OrderSettlement::derive(const OrderSettlementFacts& facts)
{
    if (!facts.hasInvoice)
        return SettlementStatus::Unbilled;
    if (facts.invoiced.minor() <= 0)
        return facts.fullyInvoiced && facts.writtenOff.isZero() ? SettlementStatus::Paid
                                                                : SettlementStatus::Unbilled;
    if (facts.open.minor() <= 0 && facts.writtenOff.minor() > 0)
        return SettlementStatus::WrittenOff;
    if (facts.applied.minor() <= 0)
        return SettlementStatus::Invoiced;
    if (facts.open.minor() <= 0 && facts.fullyInvoiced)
        return SettlementStatus::Paid;
    return SettlementStatus::PartiallyPaid;
}

Result<SettlementStatus> OrderSettlement::next(SettlementStatus current, const OrderSettlementFacts& facts)
{
    const SettlementStatus to = derive(facts);
    if (to != current && !SettlementStatusMachine::canTransition(current, to))
        return std::unexpected(Error::conflict(SettlementStatusMachine::refusal(current, to)));
    return to;
}

} // namespace od
