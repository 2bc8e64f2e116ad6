#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od {

// Where a customer's change request stands (变更状态): a draft the salesperson is still writing,
// waiting for a manager's approval, approved (a cancellation, which needs no re-confirmation),
// rejected, waiting for the customer to confirm the new revision, done.
enum class ChangeStatus
{
    Draft,
    WaitingApproval,
    Approved,
    Rejected,
    WaitingCustomer,
    Done
};

class ChangeStatusInfo
{
public:
    static QList<ChangeStatus> all();
    static QString key(ChangeStatus status);
    static std::optional<ChangeStatus> fromKey(QStringView key);
    static QString displayName(ChangeStatus status);
    // Not decided yet: a second request on the same order waits until this one is decided.
    static bool isOpen(ChangeStatus status)
    {
        return status == ChangeStatus::Draft || status == ChangeStatus::WaitingApproval;
    }
};

} // namespace od
