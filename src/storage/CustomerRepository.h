#pragma once

#include "Customer.h"
#include "Database.h"
#include "Money.h"

#include <QList>

#include <optional>

namespace od {

class CustomerRepository
{
public:
    explicit CustomerRepository(Database& db) : m_db(db) {}

    Result<std::optional<Customer>> byId(qint64 id);
    Result<std::optional<Customer>> byCode(const QString& code);
    // Code or name containing `text` (case-insensitive for Latin letters), code order.
    // An empty text lists from the start. Inactive customers only when asked.
    Result<QList<Customer>> search(const QString& text, int limit, bool includeInactive);
    Result<QList<Customer>> all();
    Result<qint64> count();
    Result<qint64> insert(const Customer& customer);
    Status update(const Customer& customer);
    // Sum of the totals of the customer's open orders, leaving out `excludeOrderId`.
    Result<Money> openOrdersTotal(qint64 customerId, qint64 excludeOrderId);

private:
    Database& m_db;
};

} // namespace od
