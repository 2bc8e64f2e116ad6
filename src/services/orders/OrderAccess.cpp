#include "OrderAccess.h"

#include "Permissions.h"
#include "SettingsRepository.h"

namespace od {

bool OrderAccess::seesAllOrders()
{
    if (Permissions::allows(m_session, Permission::ReadAllOrders))
        return true;
    auto setting =
        SettingsRepository(m_session.db()).value(QString::fromLatin1(SettingKey), QStringLiteral("0"));
    return setting && *setting == QStringLiteral("1");
}

Status OrderAccess::requireRead(qint64 orderSalespersonId)
{
    if (orderSalespersonId == m_session.user().id || seesAllOrders())
        return {};
    return std::unexpected(
        Error{Error::Kind::Forbidden, tr("This order belongs to another salesperson."), {}});
}

} // namespace od
