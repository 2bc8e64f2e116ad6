#pragma once

#include "Database.h"
#include "Product.h"

#include <QHash>
#include <QList>

#include <optional>

namespace od {

class ProductRepository
{
public:
    explicit ProductRepository(Database& db) : m_db(db) {}

    Result<std::optional<Product>> byId(qint64 id);
    Result<std::optional<Product>> bySku(const QString& sku);
    Result<QHash<qint64, Product>> byIds(const QList<qint64>& ids);
    // SKU, name or spec containing `text`; SKU order.
    Result<QList<Product>> search(const QString& text, int limit, bool includeInactive);
    Result<QList<Product>> all();
    Result<qint64> count();
    Result<qint64> insert(const Product& product);
    Status update(const Product& product);

private:
    Database& m_db;
};

} // namespace od
