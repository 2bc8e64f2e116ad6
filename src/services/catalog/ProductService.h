#pragma once

#include "Product.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Products: list, search, add, edit, deactivate. Field errors carry the field name
// ("sku", "name", "unit_price", "lead_time_days").
class ProductService
{
    Q_DECLARE_TR_FUNCTIONS(ProductService)

public:
    explicit ProductService(Session& session) : m_session(session) {}

    Result<QList<Product>> search(const QString& text, int limit = 200, bool includeInactive = false);
    Result<Product> byId(qint64 id);
    Result<std::optional<Product>> bySku(const QString& sku);
    static Status check(const Product& product);
    Result<qint64> create(Product product);
    Status update(const Product& product);
    Status setActive(qint64 id, bool active);

private:
    Session& m_session;
};

} // namespace od
