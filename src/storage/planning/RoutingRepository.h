#pragma once

#include "Database.h"
#include "Routing.h"

#include <QHash>
#include <QList>

namespace od {

// Routings (routing_steps), one per product. Steps name their work centre by code when read;
// when written the codes are looked up, and an unknown code is an error rather than a step
// silently turned into a purchase.
class RoutingRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoutingRepository)

public:
    explicit RoutingRepository(Database& db) : m_db(db) {}

    // The product's routing; empty (no steps) when it has none.
    Result<Routing> forProduct(qint64 productId);
    // The routings of these products that have one, by product id.
    Result<QHash<qint64, Routing>> forProducts(const QList<qint64>& productIds);
    // Every routing, by SKU, steps by number.
    Result<QList<Routing>> all();
    // Replaces the product's steps with these (none = the product has no routing any more).
    Status replace(qint64 productId, const QList<RoutingStep>& steps);

private:
    Result<QList<Routing>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace od
