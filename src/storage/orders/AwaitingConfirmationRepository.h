#pragma once

#include "AwaitingConfirmation.h"
#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace od {

// The queue of orders sent to customers and not yet answered, oldest first.
class AwaitingConfirmationRepository
{
public:
    explicit AwaitingConfirmationRepository(Database& db) : m_db(db) {}

    // visibleToSalespersonId: only that salesperson's orders; 0 = everyone's.
    Result<QList<AwaitingConfirmation>> list(qint64 visibleToSalespersonId, int limit = 5000);

private:
    Database& m_db;
};

} // namespace od
