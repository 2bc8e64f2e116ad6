#pragma once

#include "Database.h"
#include "PeriodLock.h"

#include <QCoreApplication>

namespace od {

// The months finance has closed. The schema itself refuses any settlement document dated in a
// closed month and never lets a closed month open again; PeriodLock gives the same answer with
// a message a user can act on, before anything is written.
class ClosedPeriodRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClosedPeriodRepository)

public:
    explicit ClosedPeriodRepository(Database& db) : m_db(db) {}

    Result<PeriodLock> lock();
    // `month` is any day of it.
    Status close(const QDate& month, qint64 userId);

private:
    Database& m_db;
};

} // namespace od
