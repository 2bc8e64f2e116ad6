#pragma once

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// Which orders a user may see (the rule; OrderQueryService applies it to every read). Managers, finance and
// administrators see every order; a salesperson sees their own, and colleagues' orders read-only only when
// the company setting "salespeople see all orders" is on.
class OrderAccess
{
    Q_DECLARE_TR_FUNCTIONS(OrderAccess)

public:
    static constexpr const char* SettingKey = "orders.salespeople_see_all";

    explicit OrderAccess(Session& session) : m_session(session) {}

    bool seesAllOrders();
    Status requireRead(qint64 orderSalespersonId);

private:
    Session& m_session;
};

} // namespace od
