#pragma once

#include "Database.h"
#include "SettlementFigures.h"
#include "WorkFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace od {

// The reads behind My work that no other list makes: each is bounded by `limit` and ordered by
// urgency, so the cost follows the work listed, not the size of the book.
class MyWorkRepository
{
    Q_DECLARE_TR_FUNCTIONS(MyWorkRepository)

public:
    explicit MyWorkRepository(Database& db) : m_db(db) {}

    // Unfinished steps of committed plans owned by `userId` that start by `until`, the earliest
    // planned finish first.
    Result<QList<OwnedStep>> ownedSteps(qint64 userId, const QDate& until, int limit);
    // Open invoices due before `asOf` of the customers this salesperson looks after (whose latest
    // order is theirs), oldest due first.
    Result<QList<OverdueInvoice>> overdueForSalesperson(qint64 salespersonId, const QDate& asOf, int limit);
    // Orders planned, in production or ready to ship whose committed plan is behind the promise
    // on `today`, the earliest promised date first.
    Result<QList<OrderBehindPromise>> behindPromise(const QDate& today, int limit);

private:
    Database& m_db;
};

} // namespace od
