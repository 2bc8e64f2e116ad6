#pragma once

#include "Database.h"
#include "SplitShipmentTask.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace od {

// The open "ship the finished lines now" tasks (split_shipment_tasks). A task closes in the
// transaction of the shipment that carries its lines.
class SplitShipmentTaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(SplitShipmentTaskRepository)

public:
    explicit SplitShipmentTaskRepository(Database& db) : m_db(db) {}

    // Stores the task with its lines; it gets its id.
    Status insert(SplitShipmentTask& task);
    // The open tasks of orders still open, the earliest promise first.
    Result<QList<SplitShipmentTask>> open(int limit);
    Result<std::optional<SplitShipmentTask>> openForOrder(qint64 orderId);
    // The orders that have an open task.
    Result<QSet<qint64>> openOrderIds();
    // Closes the order's open tasks whose every line has left in full.
    Status closeShipped(qint64 orderId, const QDateTime& at);

private:
    Result<QList<SplitShipmentTask>> read(const QString& where, const QVariantList& values, int limit);
    Database& m_db;
};

} // namespace od
