#pragma once

#include "CollectionContact.h"
#include "Session.h"
#include "SettlementFigures.h"

#include <QCoreApplication>

namespace od {

// Collection (催款): each contact with a customer about what it owes, with the day it promised to
// pay; a promise whose day passed without the money comes back as a reminder.
class CollectionService
{
    Q_DECLARE_TR_FUNCTIONS(CollectionService)

public:
    explicit CollectionService(Session& session) : m_session(session) {}

    // Logged as the session's user, now; audited.
    Result<CollectionContact> logContact(const CollectionContact& contact);
    Result<QList<CollectionContact>> contacts(qint64 customerId, int limit);
    Result<QList<BrokenPromise>> brokenPromises();

private:
    Session& m_session;
};

} // namespace od
