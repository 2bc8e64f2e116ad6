#include "DashboardService.h"

#include "CustomerDashboardRepository.h"
#include "CustomerRepository.h"
#include "DashboardChartRepository.h"
#include "DashboardRepository.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "PlanningService.h"
#include "ReceivablesService.h"
#include "SettingsRepository.h"

#include <QHash>

namespace od {

namespace {

QString monthKey(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QStringList keysOf(const QList<OrderStatus>& statuses)
{
    QStringList keys;
    for (OrderStatus s : statuses)
        keys << OrderStatusInfo::key(s);
    return keys;
}

// Sums rows of the summary into `into`: every currency's orders counted, the home currency's valued.
Status add(MonthIntake& into, qint64 orders, qint64 totalMinor, bool homeCurrency)
{
    into.orders += orders;
    if (homeCurrency) {
        auto sum = into.value.checkedAdd(Money::fromMinor(totalMinor));
        if (!sum)
            return std::unexpected(
                Error::invalid(DashboardService::tr("The orders' value is too large to add up.")));
        into.value = *sum;
    }
    return {};
}

} // namespace

std::optional<qint64> DashboardFigures::onTimeBasisPoints() const
{
    const qint64 promised = shipped - shippedWithoutPromise;
    if (promised <= 0)
        return std::nullopt;
    return shippedOnTime * 10000 / promised;
}

QList<OrderStatus> DashboardService::intakeStatuses()
{
    return {OrderStatus::Confirmed,   OrderStatus::Planned, OrderStatus::InProduction,
            OrderStatus::ReadyToShip, OrderStatus::Shipped, OrderStatus::Delivered,
            OrderStatus::Completed,   OrderStatus::OnHold};
}

QList<OrderStatus> DashboardService::backlogStatuses()
{
    return {OrderStatus::Confirmed, OrderStatus::Planned, OrderStatus::InProduction,
            OrderStatus::ReadyToShip};
}

Result<qint64> DashboardService::effectiveSalesperson(qint64 requested)
{
    if (!m_session.isSignedIn())
        return std::unexpected(Error::invalid(tr("Sign in to see the dashboard.")));
    if (Permissions::allows(m_session, Permission::ViewDashboard))
        return requested > 0 ? requested : 0;
    if (m_session.user().role == Role::Salesperson)
        return m_session.user().id; // their own figures, whatever they asked for
    if (auto ok = Permissions::require(m_session, Permission::ViewDashboard); !ok)
        return std::unexpected(ok.error());
    return 0;
}

OrderListQuery DashboardService::intakeQuery(const QDate& month, qint64 salespersonId)
{
    OrderListQuery q;
    q.statuses = intakeStatuses();
    q.from = QDate(month.year(), month.month(), 1);
    q.to = q.from.addMonths(1).addDays(-1);
    q.salespersonId = salespersonId;
    return q;
}

OrderListQuery DashboardService::backlogQuery(std::optional<OrderStatus> status, qint64 salespersonId)
{
    OrderListQuery q;
    if (status)
        q.statuses = {*status};
    else
        q.statuses = backlogStatuses();
    q.salespersonId = salespersonId;
    return q;
}

OrderListQuery DashboardService::riskQuery(RiskLevel level, qint64 salespersonId)
{
    OrderListQuery q;
    q.riskLevels = {level};
    q.salespersonId = salespersonId;
    q.sortColumn = OrderListQuery::Column::PromisedDate;
    q.descending = false;
    return q;
}

OrderListQuery DashboardService::customerIntakeQuery(qint64 customerId, const QDate& from, const QDate& to,
                                                     qint64 salespersonId)
{
    OrderListQuery q = intakeQuery(from, salespersonId);
    q.to = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    q.customerId = customerId;
    return q;
}

OrderListQuery DashboardService::shippedLateQuery(const QDate& from, const QDate& to, qint64 salespersonId)
{
    OrderListQuery q;
    q.shippedFrom = from;
    q.shippedTo = to;
    q.shippedLate = true;
    q.salespersonId = salespersonId;
    return q;
}

Result<DashboardFigures> DashboardService::figures(const DashboardFilter& filter)
{
    auto salesperson = effectiveSalesperson(filter.salespersonId);
    if (!salesperson)
        return std::unexpected(salesperson.error());
    DashboardFigures f;
    f.today = m_session.today();
    const QDate anyDay = filter.month.isValid() ? filter.month : f.today;
    f.month = QDate(anyDay.year(), anyDay.month(), 1);
    f.salespersonId = *salesperson;
    Database& db = m_session.db();
    auto currency = SettingsRepository(db).value(QStringLiteral("order.currency"), QStringLiteral("CNY"));
    if (!currency)
        return std::unexpected(currency.error());
    f.currency = *currency;
    DashboardRepository repo(db);
    // Narrowed to one customer: intake and backlog from the customer's month summaries, the rest from
    // that customer's orders.
    f.customerId = filter.customerId;
    std::optional<CustomerDashboardRepository> customerRepo;
    if (f.customerId > 0) {
        auto customer = CustomerRepository(db).byId(f.customerId);
        if (!customer)
            return std::unexpected(customer.error());
        if (!*customer)
            return std::unexpected(Error::notFound(tr("There is no such customer.")));
        f.customerName = (*customer)->name;
        customerRepo.emplace(db, f.customerId, f.salespersonId);
    }

    // Intake: the 12 months up to the month shown, and the same month a year before.
    const QDate firstMonth = f.month.addMonths(-(IntakeMonths - 1));
    const QDate lastYear = f.month.addYears(-1);
    const QString fromMonth = monthKey(std::min(firstMonth, lastYear));
    auto months = customerRepo ? customerRepo->monthTotals(fromMonth, monthKey(f.month))
                               : repo.monthTotals(fromMonth, monthKey(f.month), f.salespersonId);
    if (!months)
        return std::unexpected(months.error());
    QHash<QString, MonthIntake> byMonth;
    const QStringList intakeKeys = keysOf(intakeStatuses());
    qint64 otherCurrency = 0;
    const QStringList comparedMonths{monthKey(f.month), monthKey(f.month.addMonths(-1)), monthKey(lastYear)};
    for (const MonthStatusTotals& row : *months) {
        if (!intakeKeys.contains(row.statusKey))
            continue;
        const bool home = row.currency == f.currency;
        if (auto ok = add(byMonth[row.month], row.orders, row.totalMinor, home); !ok)
            return std::unexpected(ok.error());
        if (!home && comparedMonths.contains(row.month))
            otherCurrency += row.orders;
    }
    auto monthOf = [&](const QDate& m) {
        MonthIntake i = byMonth.value(monthKey(m));
        i.month = m;
        return i;
    };
    f.thisMonth = monthOf(f.month);
    f.lastMonth = monthOf(f.month.addMonths(-1));
    f.sameMonthLastYear = monthOf(lastYear);
    f.otherCurrencyOrders = otherCurrency;
    for (int i = 0; i < IntakeMonths; ++i)
        f.intakeByMonth << monthOf(firstMonth.addMonths(i));

    // On-time delivery month by month over the same 12 months.
    const QDate monthEnd = f.month.addMonths(1).addDays(-1);
    auto shippedByMonth = customerRepo ? customerRepo->shipmentsByMonth(firstMonth, monthEnd)
                                       : DashboardChartRepository(db).shipmentsByMonth(
                                             monthKey(firstMonth), monthKey(f.month), f.salespersonId);
    if (!shippedByMonth)
        return std::unexpected(shippedByMonth.error());
    for (int i = 0; i < IntakeMonths; ++i) {
        MonthOnTime m;
        m.month = firstMonth.addMonths(i);
        for (const MonthShipmentCounts& row : std::as_const(*shippedByMonth))
            if (row.month == monthKey(m.month))
                m = MonthOnTime{m.month, row.shipped, row.onTime, row.withoutPromise};
        f.onTimeByMonth << m;
    }

    // The customers with the most intake over those months.
    if (!customerRepo) {
        auto top = DashboardChartRepository(db).topCustomers(
            monthKey(firstMonth), monthKey(f.month), intakeKeys, f.currency, f.salespersonId, TopCustomers);
        if (!top)
            return std::unexpected(top.error());
        for (const CustomerOrderValue& c : std::as_const(*top))
            if (c.valueMinor > 0)
                f.topByValue << CustomerFigure{c.customerId, c.code, c.name, c.orders,
                                               Money::fromMinor(c.valueMinor)};
    }

    // Backlog by status.
    auto backlog = customerRepo ? customerRepo->statusTotals(keysOf(backlogStatuses()))
                                : repo.statusTotals(keysOf(backlogStatuses()), f.salespersonId);
    if (!backlog)
        return std::unexpected(backlog.error());
    for (OrderStatus status : backlogStatuses()) {
        MonthIntake sum;
        for (const MonthStatusTotals& row : *backlog)
            if (row.statusKey == OrderStatusInfo::key(status))
                if (auto ok = add(sum, row.orders, row.totalMinor, row.currency == f.currency); !ok)
                    return std::unexpected(ok.error());
        f.backlogByStatus << StatusBacklog{status, sum.orders, sum.value};
        f.backlogOrders += sum.orders;
        auto total = f.backlogValue.checkedAdd(sum.value);
        if (!total)
            return std::unexpected(Error::invalid(tr("The orders' value is too large to add up.")));
        f.backlogValue = *total;
    }

    // On-time delivery over the 90 days ending today, or at the end of a past month shown.
    f.onTimeTo = std::min(monthEnd, f.today);
    f.onTimeFrom = f.onTimeTo.addDays(-(OnTimeWindowDays - 1));
    auto shipments = customerRepo ? customerRepo->shipments(f.onTimeFrom, f.onTimeTo)
                                  : repo.shipments(f.onTimeFrom, f.onTimeTo, f.salespersonId);
    if (!shipments)
        return std::unexpected(shipments.error());
    f.shipped = shipments->shipped;
    f.shippedOnTime = shipments->onTime;
    f.shippedWithoutPromise = shipments->withoutPromise;

    auto flagged =
        customerRepo ? customerRepo->flagged(f.currency) : repo.flagged(f.currency, f.salespersonId);
    if (!flagged)
        return std::unexpected(flagged.error());
    f.lateOrders = flagged->late.orders;
    f.lateValue = Money::fromMinor(flagged->late.valueMinor);
    f.atRiskOrders = flagged->atRisk.orders;
    f.atRiskValue = Money::fromMinor(flagged->atRisk.valueMinor);
    auto exceptions = customerRepo ? customerRepo->openExceptions() : repo.openExceptions(f.salespersonId);
    if (!exceptions)
        return std::unexpected(exceptions.error());
    f.openExceptions = *exceptions;

    if (f.salespersonId == 0 && Permissions::allows(m_session, Permission::ViewReceivables)) {
        auto receivables = ReceivablesService(m_session).receivables(f.today);
        if (!receivables)
            return std::unexpected(receivables.error());
        f.receivablesShown = true;
        f.receivablesOutstanding = receivables->outstanding;
        f.ageing = receivables->totals;
        f.overdueReceivables = receivables->totals.overdue();
        f.dsoTenths = receivables->dsoTenths;
        if (f.customerId == 0) {
            for (const ReceivablesLine& line : std::as_const(receivables->customers))
                if (const Money overdue = line.figures.buckets.overdue(); overdue.minor() > 0)
                    f.topByOverdue << CustomerFigure{line.figures.customerId, line.figures.code,
                                                     line.figures.name, 0, overdue};
            std::stable_sort(f.topByOverdue.begin(), f.topByOverdue.end(),
                             [](const CustomerFigure& a, const CustomerFigure& b) {
                                 return a.amount.minor() != b.amount.minor()
                                            ? a.amount.minor() > b.amount.minor()
                                            : a.code < b.code;
                             });
            if (f.topByOverdue.size() > TopCustomers)
                f.topByOverdue.resize(TopCustomers);
        }
        if (f.customerId > 0) {
            // The customer's own balance, ageing and DSO.
            f.receivablesOutstanding = Money();
            f.ageing = AgeingBuckets();
            for (const ReceivablesLine& line : std::as_const(receivables->customers))
                if (line.figures.customerId == f.customerId) {
                    f.receivablesOutstanding = line.figures.balance.outstanding();
                    f.ageing = line.figures.buckets;
                }
            f.overdueReceivables = f.ageing.overdue();
            auto dso =
                ReceivablesService(m_session).customerDso(f.customerId, f.receivablesOutstanding, f.today);
            if (!dso)
                return std::unexpected(dso.error());
            f.dsoTenths = *dso;
        }
    }

    if (Permissions::allows(m_session, Permission::PlanOrders)) {
        const QDate monday = f.today.addDays(1 - f.today.dayOfWeek());
        auto days = PlanningService(m_session).load(monday, monday.addDays(LoadWeeks * 7 - 1));
        if (!days)
            return std::unexpected(days.error());
        QHash<QString, qsizetype> index; // centre + week → position in f.load
        for (const CentreDayLoad& d : *days) {
            const QDate week = d.date.addDays(1 - d.date.dayOfWeek());
            const QString key = d.workCentre + QLatin1Char('|') + week.toString(Qt::ISODate);
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, f.load.size());
                f.load << CentreWeekLoad{d.workCentre, d.workCentreName, week, {}, {}};
            }
            CentreWeekLoad& w = f.load[*it];
            auto available = w.available.checkedAdd(d.available);
            auto planned = w.planned.checkedAdd(d.planned);
            if (!available || !planned)
                return std::unexpected(Error::invalid(tr("The planned hours are too large to add up.")));
            w.available = *available;
            w.planned = *planned;
        }
        f.loadShown = true;
    }
    return f;
}

} // namespace od
