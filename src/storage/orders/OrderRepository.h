#pragma once

#include "Confirmation.h"
#include "Database.h"
#include "Order.h"
#include "OrderEvent.h"
#include "OrderRevisionSnapshot.h"

#include <QList>

#include <optional>

namespace od {

// Orders with their lines, timeline, revisions and search index. Callers hold the transaction.
class OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(Database& db) : m_db(db) {}

    Result<std::optional<Order>> load(qint64 id);
    // The order, or a NotFound error saying it no longer exists.
    Result<Order> loadExisting(qint64 id);
    Result<std::optional<qint64>> idByNumber(const QString& orderNo);
    // The stored order number equal to `orderNo` when case is ignored ("SO-2026-000466" for
    // "so-2026-000466"), if any.
    Result<std::optional<QString>> numberIgnoringCase(const QString& orderNo);
    // The salesperson of an order (nullopt when there is no such order): who may see it.
    Result<std::optional<qint64>> salespersonOf(qint64 orderId);

    // Inserts header and lines, sets order.id and order.version = 1. order.orderNo must be set.
    Status insert(Order& order);
    // Replaces header and lines when the stored version is still order.version, then bumps it.
    // Someone else's save in between gives a Conflict error naming who and when.
    Status update(Order& order);
    // Status-only change with the same version check.
    Status updateStatus(Order& order);
    // Stores the promised date (a committed plan's), bumping the version.
    Status updatePromisedDate(Order& order);
    Status setLastSentRevision(qint64 orderId, int revision);

    Status addEvent(const OrderEvent& event);
    Result<QList<OrderEvent>> events(qint64 orderId);

    Status saveRevision(qint64 orderId, int revision, const QString& snapshotJson);
    Result<QList<OrderRevisionSnapshot>> revisions(qint64 orderId);

    Status insertConfirmation(const Confirmation& confirmation);
    Result<QList<Confirmation>> confirmations(qint64 orderId);

    // Whether a confirmation of that revision of the order is recorded.
    Result<bool> hasConfirmation(qint64 orderId, int revision);

    // The Conflict error for an order saved by someone else since it was read: who and when.
    Status conflictFor(qint64 orderId);

    // Rebuilds the order's row of the full-text index from what is stored.
    Status reindex(qint64 orderId);

private:
    Status insertLines(const Order& order);
    Result<QList<OrderLine>> loadLines(qint64 orderId);
    Database& m_db;
};

} // namespace od
