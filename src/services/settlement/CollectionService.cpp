#include "CollectionService.h"

#include "AuditTrail.h"
#include "CollectionContactRepository.h"
#include "Database.h"
#include "Permissions.h"

namespace od {

Result<CollectionContact> CollectionService::logContact(const CollectionContact& input)
{
    if (auto ok = Permissions::require(m_session, Permission::RecordPayments); !ok)
        return std::unexpected(ok.error());
    CollectionContact c = input;
    c.id = 0;
    c.contactedBy = m_session.user().id;
    if (!c.contactedAt.isValid())
        c.contactedAt = QDateTime(m_session.today(), QTime::currentTime());
    if (auto ok = CollectionContactRules::check(c); !ok)
        return std::unexpected(ok.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    if (auto ok = CollectionContactRepository(m_session.db()).insert(c); !ok)
        return std::unexpected(ok.error());
    if (auto ok = AuditTrail::record(
            m_session, QStringLiteral("collection.contact"), QStringLiteral("customer"), c.customerId,
            QString::number(c.customerId),
            {{QStringLiteral("channel"), QString(), CollectionContactRules::channelKey(c.channel)},
             {QStringLiteral("promised_date"), QString(), c.promisedDate.toString(Qt::ISODate)},
             {QStringLiteral("note"), QString(), c.note}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return c;
}

Result<QList<CollectionContact>> CollectionService::contacts(qint64 customerId, int limit)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return CollectionContactRepository(m_session.db()).forCustomer(customerId, limit);
}

Result<QList<BrokenPromise>> CollectionService::brokenPromises()
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return CollectionContactRepository(m_session.db()).brokenPromises(m_session.today());
}

} // namespace od
