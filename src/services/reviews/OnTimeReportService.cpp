#include "OnTimeReportService.h"

#include "LocaleFormat.h"
#include "OnTimeRepository.h"
#include "Permissions.h"
#include "ReviewCause.h"

namespace od {

Result<OnTimeReport> OnTimeReportService::report(QDate from, QDate to, OnTimeGrouping grouping)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewDashboard); !ok)
        return std::unexpected(ok.error());
    if (!to.isValid())
        to = m_session.today();
    if (!from.isValid())
        from = to.addDays(-(DefaultDays - 1));
    if (from > to)
        return std::unexpected(Error::invalid(tr("The period ends on %1, before it starts on %2.")
                                                  .arg(LocaleFormat::date(to), LocaleFormat::date(from)),
                                              QStringLiteral("to")));
    auto report = OnTimeRepository(m_session.db()).report(from, to, grouping);
    if (!report)
        return std::unexpected(report.error());
    if (grouping == OnTimeGrouping::Cause)
        for (OnTimeRow& row : report->rows) {
            const auto cause = ReviewCauseInfo::fromKey(row.key);
            row.name = cause ? ReviewCauseInfo::displayName(*cause) : tr("Not reviewed");
        }
    return report;
}

bool OnTimeReportService::opensOrders(OnTimeGrouping grouping)
{
    return grouping == OnTimeGrouping::Customer || grouping == OnTimeGrouping::Salesperson;
}

std::optional<OrderListQuery> OnTimeReportService::ordersBehind(OnTimeGrouping grouping, const OnTimeRow& row,
                                                                const QDate& from, const QDate& to)
{
    if (!opensOrders(grouping) || row.id <= 0)
        return std::nullopt;
    OrderListQuery q;
    if (grouping == OnTimeGrouping::Customer)
        q.customerId = row.id;
    else
        q.salespersonId = row.id;
    q.deliveredFrom = from;
    q.deliveredTo = to;
    return q;
}

} // namespace od
