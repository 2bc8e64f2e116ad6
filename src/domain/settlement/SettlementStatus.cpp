#include "SettlementStatus.h"

namespace od {

namespace {

struct StatusRow
{
    SettlementStatus status;
    const char* key;
};

constexpr StatusRow kRows[] = {
    {SettlementStatus::Unbilled, "unbilled"},
    {SettlementStatus::Invoiced, "invoiced"},
    {SettlementStatus::PartiallyPaid, "partially_paid"},
    {SettlementStatus::Paid, "paid"},
    {SettlementStatus::WrittenOff, "written_off"},
};

} // namespace

QList<SettlementStatus> SettlementStatusInfo::all()
{
    QList<SettlementStatus> out;
    for (const auto& row : kRows)
        out << row.status;
    return out;
}

QString SettlementStatusInfo::key(SettlementStatus status)
{
    for (const auto& row : kRows)
        if (row.status == status)
            return QString::fromLatin1(row.key);
    return {};
}

std::optional<SettlementStatus> SettlementStatusInfo::fromKey(QStringView key)
{
    for (const auto& row : kRows)
        if (key == QLatin1StringView(row.key))
            return row.status;
    return std::nullopt;
}

QString SettlementStatusInfo::displayName(SettlementStatus status)
{
    switch (status) {
    case SettlementStatus::Unbilled:
        return tr("Not invoiced");
    case SettlementStatus::Invoiced:
        return tr("Invoiced");
    case SettlementStatus::PartiallyPaid:
        return tr("Partially paid");
    case SettlementStatus::Paid:
        return tr("Paid");
    case SettlementStatus::WrittenOff:
        return tr("Written off");
    }
    return {};
}

bool SettlementStatusMachine::canTransition(SettlementStatus from, SettlementStatus to)
{
    if (from == to || from == SettlementStatus::WrittenOff)
        return false; // a bad debt written off is final
    switch (to) {
    case SettlementStatus::WrittenOff:
        // Only something invoiced and not fully paid can be a bad debt.
        return from == SettlementStatus::Invoiced || from == SettlementStatus::PartiallyPaid;
    case SettlementStatus::Unbilled:
        // Every invoice of the order credited in full (a return, a cancelled sale).
        return true;
    case SettlementStatus::Invoiced:
        // Invoiced; or a payment re-applied to other invoices left this one unpaid again.
        return true;
    case SettlementStatus::PartiallyPaid:
    case SettlementStatus::Paid:
        // A payment (or the customer's advance, as the invoice is issued) applied; Paid also
        // drops back to PartiallyPaid when part of its payment is re-applied elsewhere.
        return true;
    }
    return false;
}

QList<SettlementStatus> SettlementStatusMachine::allowedTargets(SettlementStatus from)
{
    QList<SettlementStatus> out;
    for (SettlementStatus to : SettlementStatusInfo::all())
        if (canTransition(from, to))
            out << to;
    return out;
}

QString SettlementStatusMachine::refusal(SettlementStatus from, SettlementStatus to)
{
    return tr("The settlement of an order that is \"%1\" cannot become \"%2\".")
        .arg(SettlementStatusInfo::displayName(from), SettlementStatusInfo::displayName(to));
}

} // namespace od
