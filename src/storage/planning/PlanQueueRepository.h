#pragma once

#include "Database.h"
#include "OrderPlanRepository.h"
#include "WorkCentreLoadRepository.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace od {

// Where an order stands in the queue re-planning takes orders in (promised date, then order date,
// then id), and the committed plans behind it: what a change's impact re-plans to see which
// orders it would push later.
struct QueuePosition
{
    qint64 orderId = 0;
    QDate promisedDate; // null: not promised, behind every promised order
    QDate orderDate;
};

// The committed plans behind a position: their steps in queue order then plan order (without
// their days), and the hours they hold per work centre and day.
struct PlansBehind
{
    QList<CommittedPlanStep> steps;
    QList<WorkCentreDayLoad> load;
};

// Read on the raw SQLite handle: a change's impact reads every committed plan behind the order
// (thousands of steps on a large book) within its time budget.
class PlanQueueRepository
{
public:
    explicit PlanQueueRepository(Database& db) : m_db(db) {}

    // The committed plans of open orders (planned or in production, or held from either) that
    // come after `position` in the queue and take hours of one of `centreIds`.
    Result<PlansBehind> behind(const QueuePosition& position, const QSet<qint64>& centreIds);

private:
    Database& m_db;
};

} // namespace od
