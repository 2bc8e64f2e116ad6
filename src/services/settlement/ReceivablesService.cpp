#include "ReceivablesService.h"

#include "CreditHoldRepository.h"
#include "DaysSalesOutstanding.h"
#include "Permissions.h"
#include "ReceivablesRepository.h"
#include "SettlementSettingsService.h"
#include "StatementRepository.h"

#include <QSet>

namespace od {

Result<ReceivablesReport> ReceivablesService::receivables(const QDate& asOf)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    if (!asOf.isValid())
        return std::unexpected(
            Error::invalid(tr("Enter the day of the receivables."), QStringLiteral("as_of")));
    ReceivablesRepository repo(m_session.db());
    auto rows = repo.byCustomer(asOf);
    if (!rows)
        return std::unexpected(rows.error());
    auto holds = CreditHoldRepository(m_session.db()).allInForce();
    if (!holds)
        return std::unexpected(holds.error());
    QSet<qint64> held;
    for (const CreditHold& h : *holds)
        held.insert(h.customerId);
    // The overdue rule on the day asked for, also for a customer no operation has looked at since
    // its invoice fell due; a manager's release in force that day lifts it.
    auto settings = SettlementSettingsService(m_session).settings();
    if (!settings)
        return std::unexpected(settings.error());
    const CreditPolicy& policy = settings->creditPolicy;
    ReceivablesReport report;
    report.asOf = asOf;
    CreditHoldRepository holdRepo(m_session.db());
    for (const CustomerReceivables& r : *rows) {
        const bool ruleHolds =
            held.contains(r.customerId) || (policy.holdWhenOverdue && r.oldestOverdueDue.isValid() &&
                                            r.oldestOverdueDue.daysTo(asOf) > policy.overdueDays);
        bool onHold = ruleHolds;
        QDate releasedUntil;
        if (ruleHolds) {
            auto release = holdRepo.latestRelease(r.customerId);
            if (!release)
                return std::unexpected(release.error());
            if (*release && (*release)->releasedOn <= asOf && asOf <= (*release)->validUntil) {
                onHold = false;
                releasedUntil = (*release)->validUntil;
            }
        }
        report.customers << ReceivablesLine{r, onHold, releasedUntil};
        for (AgeingBucket b : ReceivablesAgeing::all())
            report.totals[b] += r.buckets[b];
        report.outstanding += r.balance.outstanding();
        report.advances += r.balance.advance();
    }
    auto sales = repo.creditSales(asOf.addDays(-DaysSalesOutstanding::DefaultPeriodDays + 1), asOf);
    if (!sales)
        return std::unexpected(sales.error());
    report.dsoTenths = DaysSalesOutstanding::tenthsOfDays(report.outstanding, *sales);
    return report;
}

Result<std::optional<qint64>> ReceivablesService::customerDso(qint64 customerId, Money outstanding,
                                                              const QDate& asOf)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    auto sales =
        ReceivablesRepository(m_session.db())
            .creditSales(asOf.addDays(-DaysSalesOutstanding::DefaultPeriodDays + 1), asOf, customerId);
    if (!sales)
        return std::unexpected(sales.error());
    return DaysSalesOutstanding::tenthsOfDays(outstanding, *sales);
}

Result<CustomerStatement> ReceivablesService::statement(qint64 customerId, const QDate& from, const QDate& to)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    if (!from.isValid() || !to.isValid() || to < from)
        return std::unexpected(Error::invalid(
            tr("A statement runs from a day to the same day or a later one."), QStringLiteral("from")));
    auto data = StatementRepository(m_session.db()).load(customerId, from, to);
    if (!data)
        return std::unexpected(data.error());
    return CustomerStatement::build(from, to, data->opening, data->entries);
}

Result<QList<OverdueInvoice>> ReceivablesService::overdue(const QDate& asOf, int limit, int offset)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return ReceivablesRepository(m_session.db()).overdue(asOf, limit, offset);
}

} // namespace od
