#pragma once

#include "Database.h"
#include "OrderPlanRepository.h"

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

class PlanQueueRepository
{
public:
    explicit PlanQueueRepository(Database& db) : m_db(db) {}

    // The steps of the committed plans of open orders (planned or in production, or held from
    // either) that come after `position` in the queue and take hours of one of `centreIds`, in
    // queue order then plan order, each step with its hours per day.
    Result<QList<CommittedPlanStep>> behind(const QueuePosition& position, const QSet<qint64>& centreIds);

private:
    Database& m_db;
};

} // namespace od
