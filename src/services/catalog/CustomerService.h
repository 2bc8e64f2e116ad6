#pragma once

#include "Customer.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Customers: list, search, add, edit, deactivate. Field errors carry the field name
// ("code", "name", "email", "credit_limit", "payment_terms_days").
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(Session& session) : m_session(session) {}

    Result<QList<Customer>> search(const QString& text, int limit = 200, bool includeInactive = false);
    Result<Customer> byId(qint64 id);
    Result<std::optional<Customer>> byCode(const QString& code);
    // Checks one customer's fields (also used by the CSV import).
    static Status check(const Customer& customer);
    Result<qint64> create(Customer customer);
    Status update(const Customer& customer);
    Status setActive(qint64 id, bool active);

private:
    Session& m_session;
};

} // namespace od
