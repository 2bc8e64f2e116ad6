#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Settlement state of an order (DESIGN.md, "Order lifecycle"), separate from its fulfilment
// status. It is not chosen by anyone: it follows from the order's invoices and the payments
// applied to them (OrderSettlement::derive). The keys are stored in the database and printed by
// the CLI; they never change.
enum class SettlementStatus
{
    Unbilled,
    Invoiced,
    PartiallyPaid,
    Paid,
    WrittenOff
};

class SettlementStatusInfo
{
    Q_DECLARE_TR_FUNCTIONS(SettlementStatus)

public:
    static QList<SettlementStatus> all();
    // "unbilled", "invoiced", "partially_paid", "paid", "written_off".
    static QString key(SettlementStatus status);
    static std::optional<SettlementStatus> fromKey(QStringView key);
    // Translated name for the UI: "部分收款" / "Partially paid".
    static QString displayName(SettlementStatus status);
};

// Which settlement states an order may move between. The state is derived from the documents,
// so this machine is the guard that a derivation never takes an order somewhere the business
// does not allow: a written-off order stays written off, and only an order with something
// invoiced and unpaid can be written off.
class SettlementStatusMachine
{
    Q_DECLARE_TR_FUNCTIONS(SettlementStatusMachine)

public:
    static bool canTransition(SettlementStatus from, SettlementStatus to);
    static QList<SettlementStatus> allowedTargets(SettlementStatus from);
    // A translated sentence explaining why from → to is refused.
    static QString refusal(SettlementStatus from, SettlementStatus to);
};

} // namespace od
