#include "ProvisionReportService.h"

#include "DoubtfulReceivablesRepository.h"
#include "Permissions.h"
#include "ReceivablesService.h"

#include <QSet>

namespace od {

Result<ProvisionReport> ProvisionReportService::report(const QDate& asOf, int minDaysOverdue)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(tr("Give the day to report on."), QStringLiteral("as_of")));
    if (minDaysOverdue < 0 || minDaysOverdue > 3650)
        return std::unexpected(
            Error::invalid(tr("Days overdue must be between 0 and 3650, not %1.").arg(minDaysOverdue),
                           QStringLiteral("days")));
    auto doubtful = DoubtfulReceivablesRepository(m_session.db()).list(asOf, minDaysOverdue, MaxInvoices);
    if (!doubtful)
        return std::unexpected(doubtful.error());
    // Which customers are on credit hold that day, by the same rule as Receivables.
    auto receivables = ReceivablesService(m_session).receivables(asOf);
    if (!receivables)
        return std::unexpected(receivables.error());
    QSet<qint64> held;
    for (const ReceivablesLine& line : receivables->customers)
        if (line.onHold)
            held.insert(line.figures.customerId);

    auto totals = DoubtfulReceivablesRepository(m_session.db()).totals(asOf, minDaysOverdue);
    if (!totals)
        return std::unexpected(totals.error());
    ProvisionReport report;
    report.asOf = asOf;
    report.minDaysOverdue = minDaysOverdue;
    report.totals = *totals;
    for (DoubtfulReceivable d : *doubtful) {
        d.onHold = held.contains(d.customerId);
        report.invoices << d;
    }
    return report;
}

} // namespace od
