#include "SummaryService.h"

#include "Database.h"

#include "SummaryRepository.h"

namespace od {

SummaryService::SummaryService(Session& session) : m_db(session.db()) {}

Result<DatabaseSummary> SummaryService::summary()
{
    SummaryRepository repo(m_db);
    auto counts = repo.counts();
    if (!counts)
        return std::unexpected(counts.error());
    auto totals = repo.totalsByStatus();
    if (!totals)
        return std::unexpected(totals.error());

    DatabaseSummary s;
    s.customers = counts->customers;
    s.products = counts->products;
    s.orders = counts->orders;
    s.orderLines = counts->orderLines;
    for (OrderStatus status : OrderStatusInfo::all())
        s.byStatus << StatusSummary{status, 0, Money()};
    for (const StatusTotalsRow& row : *totals) {
        const auto status = OrderStatusInfo::fromKey(row.statusKey);
        const auto value = s.orderValue.checkedAdd(Money::fromMinor(row.totalMinor));
        if (!value)
            return std::unexpected(Error::storage(tr("The orders add up to more than OrderDesk can count.")));
        s.orderValue = *value;
        if (!status) // counted in the total; the database check names such orders
            continue;
        StatusSummary& entry = s.byStatus[qsizetype(OrderStatusInfo::all().indexOf(*status))];
        entry.orders = row.orders;
        entry.value = Money::fromMinor(row.totalMinor);
    }
    return s;
}

} // namespace od
