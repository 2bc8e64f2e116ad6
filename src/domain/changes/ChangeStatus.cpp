#include "ChangeStatus.h"

#include "KeyedEnum.h"

namespace od {

namespace {

constexpr EnumRow<ChangeStatus> kRows[] = {
    {ChangeStatus::Draft, "draft", QT_TRANSLATE_NOOP("ChangeStatus", "Draft")},
    {ChangeStatus::WaitingApproval, "waiting_approval",
     QT_TRANSLATE_NOOP("ChangeStatus", "Waiting for approval")},
    {ChangeStatus::Approved, "approved", QT_TRANSLATE_NOOP("ChangeStatus", "Approved")},
    {ChangeStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("ChangeStatus", "Rejected")},
    {ChangeStatus::WaitingCustomer, "waiting_customer",
     QT_TRANSLATE_NOOP("ChangeStatus", "Waiting for the customer")},
    {ChangeStatus::Done, "done", QT_TRANSLATE_NOOP("ChangeStatus", "Done")},
};

} // namespace

QList<ChangeStatus> ChangeStatusInfo::all()
{
    return enumValues(kRows);
}

QString ChangeStatusInfo::key(ChangeStatus status)
{
    return enumKey(kRows, status);
}

std::optional<ChangeStatus> ChangeStatusInfo::fromKey(QStringView key)
{
    return enumFromKey(kRows, key);
}

QString ChangeStatusInfo::displayName(ChangeStatus status)
{
    return enumName("ChangeStatus", kRows, status);
}

} // namespace od
