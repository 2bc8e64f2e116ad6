#pragma once

#include "Database.h"
#include "OrderPlanStep.h"
#include "Quantity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

namespace od {

// What finished-lines shipping reads of many orders at once: the line steps of their committed
// plans and what has left of each line, a few statements per 500 orders.
class FinishedLineRepository
{
    Q_DECLARE_TR_FUNCTIONS(FinishedLineRepository)

public:
    explicit FinishedLineRepository(Database& db) : m_db(db) {}

    // The steps of the lines (line_no > 0) of each order's committed plan, with their kind,
    // quantity, quantity done and status; by order id.
    Result<QHash<qint64, QList<OrderPlanStep>>> lineSteps(const QList<qint64>& orderIds);
    // What has left of each line of each order, by order id and line number.
    Result<QHash<qint64, QMap<int, Quantity>>> shipped(const QList<qint64>& orderIds);

private:
    Database& m_db;
};

} // namespace od
