#include "DatabaseCheckService.h"

#include "DashboardChartRepository.h"
#include "DashboardRepository.h"
#include "Database.h"
#include "StageSpanRepository.h"

#include "DatabaseCheckRepository.h"
#include "Money.h"
#include "OnTimeRepository.h"
#include "OrderStatus.h"
#include "SettlementCheckRepository.h"
#include "WorkCentreLoadRepository.h"

namespace od {

DatabaseCheckService::DatabaseCheckService(Session& session) : m_db(session.db()) {}

namespace {

QString money(qint64 minor)
{
    return Money::fromMinor(minor).toDecimalString();
}

} // namespace

Result<QList<DatabaseProblem>> DatabaseCheckService::run(const StepCallback& onStep)
{
    DatabaseCheckRepository repo(m_db);
    QList<DatabaseProblem> problems;
    const auto step = [&](const QString& name) {
        if (onStep)
            onStep(name);
    };
    const auto more = [&](const QString& check, qsizetype found) {
        if (found > MaxPerCheck)
            problems << DatabaseProblem{check, tr("… and more problems of this kind.")};
    };

    step(tr("Checking the database file"));
    auto integrity = repo.integrityProblems(MaxPerCheck + 1);
    if (!integrity)
        return std::unexpected(integrity.error());
    for (const QString& line : integrity->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("integrity"), tr("Database file: %1").arg(line)};
    more(QStringLiteral("integrity"), integrity->size());

    step(tr("Checking references between records"));
    auto references = repo.foreignKeyViolations(MaxPerCheck + 1);
    if (!references)
        return std::unexpected(references.error());
    for (const ForeignKeyViolation& v : references->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("foreign_key"),
            tr("Row %1 of %2 refers to a missing record in %3.").arg(v.rowId).arg(v.table, v.parentTable)};
    more(QStringLiteral("foreign_key"), references->size());

    step(tr("Checking order totals"));
    auto totals = repo.orderTotalsMismatches(MaxPerCheck + 1);
    if (!totals)
        return std::unexpected(totals.error());
    for (const OrderTotalsMismatch& m : totals->mid(0, MaxPerCheck)) {
        if (m.subtotalMinor != m.linesSumMinor)
            problems << DatabaseProblem{QStringLiteral("order_totals"),
                                        tr("Order %1: subtotal %2 but its lines add up to %3.")
                                            .arg(m.orderNo, money(m.subtotalMinor), money(m.linesSumMinor))};
        if (m.totalMinor != m.subtotalMinor + m.taxMinor)
            problems << DatabaseProblem{
                QStringLiteral("order_totals"),
                tr("Order %1: total %2 is not subtotal %3 + tax %4.")
                    .arg(m.orderNo, money(m.totalMinor), money(m.subtotalMinor), money(m.taxMinor))};
        if (m.lineCount != m.actualLineCount)
            problems << DatabaseProblem{QStringLiteral("order_totals"),
                                        tr("Order %1: says %2 lines but has %3.")
                                            .arg(m.orderNo)
                                            .arg(m.lineCount)
                                            .arg(m.actualLineCount)};
    }
    more(QStringLiteral("order_totals"), totals->size());

    step(tr("Checking order statuses"));
    QStringList keys;
    for (OrderStatus s : OrderStatusInfo::all())
        keys << OrderStatusInfo::key(s);
    auto unknown = repo.ordersWithUnknownStatus(keys, MaxPerCheck + 1);
    if (!unknown)
        return std::unexpected(unknown.error());
    for (const QString& orderNo : unknown->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("status"),
                                    tr("Order %1 has a status this version does not know.").arg(orderNo)};
    more(QStringLiteral("status"), unknown->size());

    if (auto ok = checkSettlement(problems, step); !ok)
        return std::unexpected(ok.error());

    step(tr("Checking the search index"));
    auto missing = repo.ordersMissingFromSearch(MaxPerCheck + 1);
    if (!missing)
        return std::unexpected(missing.error());
    for (const QString& orderNo : missing->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("search_index"),
            tr("Order %1 cannot be found by search (no search-index row).").arg(orderNo)};
    more(QStringLiteral("search_index"), missing->size());
    auto orphans = repo.orphanSearchRows(MaxPerCheck + 1);
    if (!orphans)
        return std::unexpected(orphans.error());
    for (qint64 rowId : orphans->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("search_index"),
            tr("The search index has a row (%1) for an order that does not exist.").arg(rowId)};
    more(QStringLiteral("search_index"), orphans->size());

    step(tr("Checking the planned load of the work centres"));
    auto load = WorkCentreLoadRepository(m_db).mismatches(MaxPerCheck + 1);
    if (!load)
        return std::unexpected(load.error());
    for (const WorkCentreLoadMismatch& m : load->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("planned_load"),
                                    tr("Work centre %1 on %2: the committed plans add up to %3 hours, the "
                                       "planned load says %4.")
                                        .arg(m.workCentre, m.date.toString(Qt::ISODate),
                                             m.planned.toDecimalString(), m.kept.toDecimalString())};
    more(QStringLiteral("planned_load"), load->size());

    step(tr("Checking the dashboard's order summaries"));
    DashboardRepository dashboard(m_db);
    auto months = dashboard.monthTotalsMismatches(MaxPerCheck + 1);
    if (!months)
        return std::unexpected(months.error());
    for (const MonthTotalsMismatch& m : months->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("dashboard_summary"),
                                    tr("Orders of %1, status %2, salesperson #%3, %4: the summary says %5 "
                                       "orders worth %6, the orders themselves are %7 worth %8.")
                                        .arg(m.month, m.statusKey)
                                        .arg(m.salespersonId)
                                        .arg(m.currency)
                                        .arg(m.storedOrders)
                                        .arg(money(m.storedTotalMinor))
                                        .arg(m.countedOrders)
                                        .arg(money(m.countedTotalMinor))};
    more(QStringLiteral("dashboard_summary"), months->size());
    auto shipments = dashboard.shipmentMismatches(MaxPerCheck + 1);
    if (!shipments)
        return std::unexpected(shipments.error());
    for (const QString& orderNo : shipments->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("dashboard_summary"),
                                    tr("Order %1: the day it shipped in the dashboard's summary is not the "
                                       "day its timeline records.")
                                        .arg(orderNo)};
    more(QStringLiteral("dashboard_summary"), shipments->size());
    DashboardChartRepository charts(m_db);
    auto shippedMonths = charts.shipmentMonthMismatches(MaxPerCheck + 1);
    if (!shippedMonths)
        return std::unexpected(shippedMonths.error());
    for (const QString& key : shippedMonths->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("dashboard_summary"),
                                    tr("Orders shipped in %1: the on-time summary differs from a count of "
                                       "the shipments.")
                                        .arg(key)};
    more(QStringLiteral("dashboard_summary"), shippedMonths->size());
    auto customerMonths = charts.customerMonthMismatches(MaxPerCheck + 1);
    if (!customerMonths)
        return std::unexpected(customerMonths.error());
    for (const QString& key : customerMonths->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("dashboard_summary"),
                                    tr("Orders of %1: the customers' summary differs from a count of the "
                                       "orders.")
                                        .arg(key)};
    more(QStringLiteral("dashboard_summary"), customerMonths->size());

    step(tr("Checking the stage durations of the bottleneck analysis"));
    auto spans = StageSpanRepository(m_db).countMismatches(MaxPerCheck + 1);
    if (!spans)
        return std::unexpected(spans.error());
    for (const StageSpanCountMismatch& m : spans->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("stage_durations"),
                                    tr("Stage %1 left on %2 after %3 hours: the summary counts %4 times, the "
                                       "recorded stage durations %5.")
                                        .arg(m.stage, m.endedOn)
                                        .arg(m.hours)
                                        .arg(m.stored)
                                        .arg(m.counted)};
    more(QStringLiteral("stage_durations"), spans->size());
    auto timeline = StageSpanRepository(m_db).timelineMismatches(MaxPerCheck + 1);
    if (!timeline)
        return std::unexpected(timeline.error());
    for (const StageSpanCountMismatch& m : timeline->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("stage_durations"),
                                    tr("Stage %1 on %2: %3 stage durations are kept, the timeline and step "
                                       "dates give %4 (or other hours).")
                                        .arg(m.stage, m.endedOn)
                                        .arg(m.stored)
                                        .arg(m.counted)};
    more(QStringLiteral("stage_durations"), timeline->size());

    step(tr("Checking the summaries of the on-time delivery report"));
    OnTimeRepository onTime(m_db);
    auto deliveries = onTime.deliveryMismatches(MaxPerCheck + 1);
    if (!deliveries)
        return std::unexpected(deliveries.error());
    for (const QString& orderNo : deliveries->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("on_time_summary"),
                                    tr("Order %1: the on-time report's summary does not count it as its "
                                       "status, shipments and review give.")
                                        .arg(orderNo)};
    more(QStringLiteral("on_time_summary"), deliveries->size());
    auto dayCounts = onTime.countMismatches(MaxPerCheck + 1);
    if (!dayCounts)
        return std::unexpected(dayCounts.error());
    for (const OnTimeCountMismatch& m : dayCounts->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("on_time_summary"),
            tr("%1 on %2, %3: the on-time report's summary counts %4 orders delivered, "
               "a recount %5 (or other figures).")
                .arg(m.table, m.day, m.key)
                .arg(m.stored)
                .arg(m.counted)};
    more(QStringLiteral("on_time_summary"), dayCounts->size());
    return problems;
}

Status DatabaseCheckService::checkSettlement(QList<DatabaseProblem>& problems,
                                             const std::function<void(const QString&)>& step)
{
    SettlementCheckRepository repo(m_db);
    const auto more = [&](const QString& check, qsizetype found) {
        if (found > MaxPerCheck)
            problems << DatabaseProblem{check, tr("… and more problems of this kind.")};
    };

    step(tr("Checking that every payment is applied or an advance"));
    auto money = repo.moneyInvariant();
    if (!money)
        return std::unexpected(money.error());
    if (!money->holds())
        problems << DatabaseProblem{
            QStringLiteral("money"),
            tr("Payments add up to %1, but %2 is applied to invoices and %3 is held as advances: %4 is "
               "unaccounted for.")
                .arg(od::money(money->payments), od::money(money->applications), od::money(money->advances),
                     od::money(money->payments - money->applications - money->advances))};

    step(tr("Checking invoices, credit notes and payments"));
    auto invoices = repo.invoicesOutOfStep(MaxPerCheck + 1);
    if (!invoices)
        return std::unexpected(invoices.error());
    const QString invoiceCheck = QStringLiteral("invoice_sums");
    for (const InvoiceSumsMismatch& m : invoices->mid(0, MaxPerCheck)) {
        if (m.subtotal != m.linesSum)
            problems << DatabaseProblem{invoiceCheck,
                                        tr("Invoice %1: subtotal %2 but its lines add up to %3.")
                                            .arg(m.invoiceNo, od::money(m.subtotal), od::money(m.linesSum))};
        if (m.tax != m.linesTax)
            problems << DatabaseProblem{invoiceCheck,
                                        tr("Invoice %1: tax %2 but its lines give %3.")
                                            .arg(m.invoiceNo, od::money(m.tax), od::money(m.linesTax))};
        if (m.credited != m.creditNotes)
            problems << DatabaseProblem{
                invoiceCheck, tr("Invoice %1: says %2 credited but its credit notes add up to %3.")
                                  .arg(m.invoiceNo, od::money(m.credited), od::money(m.creditNotes))};
        if (m.writtenOff != m.writeOffs)
            problems << DatabaseProblem{
                invoiceCheck, tr("Invoice %1: says %2 written off but its write-offs add up to %3.")
                                  .arg(m.invoiceNo, od::money(m.writtenOff), od::money(m.writeOffs))};
        if (m.applied != m.applications)
            problems << DatabaseProblem{
                invoiceCheck, tr("Invoice %1: says %2 paid but the payments applied to it add "
                                 "up to %3.")
                                  .arg(m.invoiceNo, od::money(m.applied), od::money(m.applications))};
    }
    more(invoiceCheck, invoices->size());

    auto notes = repo.creditNotesOutOfStep(MaxPerCheck + 1);
    if (!notes)
        return std::unexpected(notes.error());
    for (const CreditNoteSumsMismatch& m : notes->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("credit_notes"),
                                    tr("Credit note %1: subtotal %2 but its lines add up to %3.")
                                        .arg(m.creditNo, od::money(m.subtotal), od::money(m.linesSum))};
    more(QStringLiteral("credit_notes"), notes->size());

    auto payments = repo.paymentsOutOfStep(MaxPerCheck + 1);
    if (!payments)
        return std::unexpected(payments.error());
    for (const PaymentSumsMismatch& m : payments->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("payment_sums"),
            tr("Payment %1 of customer %2: says %3 applied but its applications add up to %4.")
                .arg(m.reference, m.customerCode, od::money(m.applied), od::money(m.applications))};
    more(QStringLiteral("payment_sums"), payments->size());

    auto negative = repo.negativeApplications(MaxPerCheck + 1);
    if (!negative)
        return std::unexpected(negative.error());
    for (const NegativeApplication& m : negative->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("payment_sums"),
            tr("Payment %1 of customer %2: %3 more taken back from invoice %4 than it "
               "applied there.")
                .arg(m.reference, m.customerCode, od::money(-m.amount), m.invoiceNo)};
    more(QStringLiteral("payment_sums"), negative->size());

    step(tr("Checking customer balances"));
    auto balances = repo.balancesOutOfStep(MaxPerCheck + 1);
    if (!balances)
        return std::unexpected(balances.error());
    for (const BalanceMismatch& m : balances->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("customer_balances"),
            tr("Customer %1: the balance kept (invoiced %2, credited %3, written off %4, paid %5, applied "
               "%6) is not "
               "what its documents add up to (%7, %8, %9, %10, %11).")
                .arg(m.customerCode, m.stored.invoiced.toDecimalString(), m.stored.credited.toDecimalString(),
                     m.stored.writtenOff.toDecimalString(), m.stored.paid.toDecimalString(),
                     m.stored.applied.toDecimalString(), m.recounted.invoiced.toDecimalString(),
                     m.recounted.credited.toDecimalString(), m.recounted.writtenOff.toDecimalString())
                .arg(m.recounted.paid.toDecimalString(), m.recounted.applied.toDecimalString())};
    more(QStringLiteral("customer_balances"), balances->size());

    step(tr("Checking order settlement"));
    auto unknown = repo.ordersWithUnknownSettlement(MaxPerCheck + 1);
    if (!unknown)
        return std::unexpected(unknown.error());
    for (const QString& orderNo : unknown->mid(0, MaxPerCheck))
        problems << DatabaseProblem{
            QStringLiteral("settlement"),
            tr("Order %1 has a settlement state this version does not know.").arg(orderNo)};
    more(QStringLiteral("settlement"), unknown->size());
    auto orders = repo.ordersOutOfStep(MaxPerCheck + 1);
    if (!orders)
        return std::unexpected(orders.error());
    for (const SettlementOutOfStep& m : orders->mid(0, MaxPerCheck)) {
        const auto stored = SettlementStatusInfo::fromKey(m.storedKey);
        if (!stored)
            continue; // named above
        problems << DatabaseProblem{QStringLiteral("settlement"),
                                    tr("Order %1 says \"%2\" but its invoices and payments make it \"%3\".")
                                        .arg(m.orderNo, SettlementStatusInfo::displayName(*stored),
                                             SettlementStatusInfo::displayName(m.derived))};
    }
    more(QStringLiteral("settlement"), orders->size());

    auto queue = repo.billingQueueOutOfStep(MaxPerCheck + 1);
    if (!queue)
        return std::unexpected(queue.error());
    for (const QString& orderNo : queue->mid(0, MaxPerCheck))
        problems << DatabaseProblem{QStringLiteral("billing_queue"),
                                    tr("Order %1 is on the wrong side of the Invoicing list: what is left to "
                                       "invoice of it says otherwise.")
                                        .arg(orderNo)};
    more(QStringLiteral("billing_queue"), queue->size());
    return {};
}

} // namespace od
