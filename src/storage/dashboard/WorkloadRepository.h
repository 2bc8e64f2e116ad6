#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace od {

// What one salesperson carries, as stored: open orders counted in every currency, valued in one.
struct WorkloadCounts
{
    qint64 openOrders = 0;
    qint64 openValueMinor = 0; // orders in the given currency only
    qint64 lateOrders = 0;     // the early warning's late orders (order_risks)
    qint64 atRiskOrders = 0;
};

// The reads behind the salespeople's workload. Open orders come from the running summary
// (order_month_totals), late and at-risk orders from the early warning's partial index: neither
// reads the million orders themselves.
class WorkloadRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadRepository)

public:
    explicit WorkloadRepository(Database& db) : m_db(db) {}

    // Per salesperson id, over the orders whose status is one of `openStatusKeys`.
    Result<QHash<qint64, WorkloadCounts>> counts(const QStringList& openStatusKeys, const QString& currency);

private:
    Database& m_db;
};

} // namespace od
