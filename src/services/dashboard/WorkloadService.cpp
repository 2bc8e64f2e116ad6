#include "WorkloadService.h"

#include "DashboardService.h"
#include "Permissions.h"
#include "SettingsRepository.h"
#include "UserRepository.h"
#include "WorkloadRepository.h"

#include <algorithm>

namespace od {

Result<WorkloadReport> WorkloadService::report()
{
    if (auto ok = Permissions::require(m_session, Permission::ViewWorkload); !ok)
        return std::unexpected(ok.error());
    Database& db = m_session.db();
    WorkloadReport out;
    auto currency = SettingsRepository(db).value(QStringLiteral("order.currency"), QStringLiteral("CNY"));
    if (!currency)
        return std::unexpected(currency.error());
    out.currency = *currency;
    QStringList open;
    for (OrderStatus s : DashboardService::backlogStatuses())
        open << OrderStatusInfo::key(s);
    auto counts = WorkloadRepository(db).counts(open, out.currency);
    if (!counts)
        return std::unexpected(counts.error());
    auto users = UserRepository(db).all();
    if (!users)
        return std::unexpected(users.error());
    for (const User& u : *users) {
        const WorkloadCounts c = counts->value(u.id);
        // Anyone who still carries orders is listed, whatever their role is now.
        if (u.role != Role::Salesperson && c.openOrders == 0 && c.lateOrders == 0 && c.atRiskOrders == 0)
            continue;
        SalespersonWorkload w;
        w.salespersonId = u.id;
        w.name = u.displayName;
        w.active = u.active;
        w.openOrders = c.openOrders;
        w.openValue = Money::fromMinor(c.openValueMinor);
        w.lateOrders = c.lateOrders;
        w.atRiskOrders = c.atRiskOrders;
        out.salespeople << w;
    }
    std::stable_sort(out.salespeople.begin(), out.salespeople.end(),
                     [](const SalespersonWorkload& a, const SalespersonWorkload& b) {
                         if (a.active != b.active)
                             return a.active;
                         if (a.openOrders != b.openOrders)
                             return a.openOrders < b.openOrders;
                         return a.lateOrders < b.lateOrders;
                     });
    return out;
}

} // namespace od
