#include "ReportCommands.h"

#include "BottleneckService.h"
#include "DashboardDocument.h"
#include "DashboardService.h"
#include "ExitCode.h"
#include "ListTables.h"
#include "OnTimeReportService.h"
#include "OutputFileService.h"
#include "SettingsService.h"
#include "TableExportService.h"
#include "TextTable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject intake(const MonthIntake& m)
{
    return {{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("orders"), m.orders},
            {QStringLiteral("value"), m.value.toDecimalString()}};
}

// Basis points as an exact percentage with two decimals: 9250 → "92.50".
QString percent(qint64 basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QString tenths(qint64 t)
{
    return QStringLiteral("%1.%2").arg(t / 10).arg(qAbs(t % 10));
}

} // namespace

bool ReportCommands::needsGui(const QStringList& arguments)
{
    if (!arguments.contains(QStringLiteral("report")) || !arguments.contains(QStringLiteral("export")))
        return false;
    for (const QString& argument : arguments)
        if (argument.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            return true;
    return false;
}

int ReportCommands::run()
{
    const QStringList args = m_ctx.commandLine().arguments();
    if (args.value(0) == QLatin1String("kpi"))
        return kpi();
    if (args.value(0) == QLatin1String("export"))
        return exportReport();
    if (args.value(0) == QLatin1String("stages"))
        return stages();
    if (args.value(0) == QLatin1String("on-time"))
        return onTime();
    return m_ctx.fail(
        Error::invalid(tr("Usage: orderdesk-cli [--db PATH] report kpi [--from YYYY-MM-DD] "
                          "[--to YYYY-MM-DD] [--salesperson NAME] [--customer CODE] [--json]\n"
                          "       orderdesk-cli [--db PATH] report stages [--from YYYY-MM-DD] "
                          "[--to YYYY-MM-DD] [--json]\n"
                          "       orderdesk-cli [--db PATH] report on-time [--from YYYY-MM-DD] "
                          "[--to YYYY-MM-DD] [--by customer|product|salesperson|work_centre|cause] [--json]\n"
                          "       orderdesk-cli [--db PATH] report export KIND "
                          "FILE.xlsx|FILE.csv|FILE.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD]")));
}

Status ReportCommands::readDays(QDate days[2], bool ordered) const
{
    const CommandLine& line = m_ctx.commandLine();
    const QString options[2] = {QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        if (!line.isSet(options[i]))
            continue;
        days[i] = QDate::fromString(line.value(options[i]), Qt::ISODate);
        if (!days[i].isValid())
            return std::unexpected(Error::invalid(
                tr("--%1 must be a date as YYYY-MM-DD, not \"%2\".").arg(options[i], line.value(options[i])),
                options[i]));
    }
    if (ordered && days[0].isValid() && days[1].isValid() && days[1] < days[0])
        return std::unexpected(Error::invalid(tr("--to must not be before --from."), QStringLiteral("to")));
    return {};
}

Result<qint64> ReportCommands::salespersonId(Session& session) const
{
    const CommandLine& line = m_ctx.commandLine();
    if (!line.isSet(QStringLiteral("salesperson")))
        return 0;
    const QString name = line.value(QStringLiteral("salesperson"));
    auto users = SettingsService(session).users();
    if (!users)
        return std::unexpected(users.error());
    for (const User& u : *users)
        if (u.name == name)
            return u.id;
    return std::unexpected(Error::notFound(tr("There is no user with the name %1.").arg(name)));
}

int ReportCommands::kpi()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("salesperson"),
                               QStringLiteral("customer"), QStringLiteral("json")},
                              1, 1,
                              QStringLiteral("report kpi [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                                             "[--salesperson NAME] [--customer CODE] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    QDate days[2];
    if (auto ok = readDays(days); !ok)
        return m_ctx.fail(ok.error());
    if (days[0].isValid() && days[1].isValid() &&
        (days[0].year() != days[1].year() || days[0].month() != days[1].month()))
        return m_ctx.fail(
            Error::invalid(tr("The figures are of one month: --from and --to must be days of the "
                              "same month, --from first."),
                           QStringLiteral("to")));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    DashboardFilter filter;
    filter.month = days[1].isValid() ? days[1] : days[0];
    QString salespersonName;
    auto chosen = salespersonId(**session);
    if (!chosen)
        return m_ctx.fail(chosen.error());
    filter.salespersonId = *chosen;
    if (line.isSet(QStringLiteral("customer"))) {
        auto customer = CliContext::customerId(**session, line.value(QStringLiteral("customer")));
        if (!customer)
            return m_ctx.fail(customer.error());
        filter.customerId = *customer;
    }
    auto figures = DashboardService(**session).figures(filter);
    if (!figures)
        return m_ctx.fail(figures.error());
    const DashboardFigures& f = *figures;
    if (auto users = SettingsService(**session).users(); users && f.salespersonId > 0)
        for (const User& u : *users)
            if (u.id == f.salespersonId)
                salespersonName = u.name;
    const std::optional<qint64> rate = f.onTimeBasisPoints();

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray byStatus;
        for (const StatusBacklog& b : f.backlogByStatus)
            byStatus << QJsonObject{{QStringLiteral("status"), OrderStatusInfo::key(b.status)},
                                    {QStringLiteral("orders"), b.orders},
                                    {QStringLiteral("value"), b.value.toDecimalString()}};
        QJsonArray months;
        for (const MonthIntake& m : f.intakeByMonth)
            months << intake(m);
        QJsonArray onTimeMonths;
        for (const MonthOnTime& m : f.onTimeByMonth) {
            const std::optional<qint64> bp = m.basisPoints();
            onTimeMonths << QJsonObject{
                {QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                {QStringLiteral("shipped"), m.shipped},
                {QStringLiteral("on_time"), m.onTime},
                {QStringLiteral("without_promise"), m.withoutPromise},
                {QStringLiteral("rate_percent"), bp ? QJsonValue(percent(*bp)) : QJsonValue()}};
        }
        auto customers = [](const QList<CustomerFigure>& list, bool withOrders) {
            QJsonArray out;
            for (const CustomerFigure& c : list) {
                QJsonObject o{{QStringLiteral("code"), c.code},
                              {QStringLiteral("name"), c.name},
                              {QStringLiteral("amount"), c.amount.toDecimalString()}};
                if (withOrders)
                    o.insert(QStringLiteral("orders"), c.orders);
                out << o;
            }
            return out;
        };
        QJsonValue receivables;
        if (f.receivablesShown) {
            QJsonObject ageing;
            for (AgeingBucket b : ReceivablesAgeing::all())
                ageing.insert(ReceivablesAgeing::key(b), f.ageing[b].toDecimalString());
            receivables = QJsonObject{
                {QStringLiteral("outstanding"), f.receivablesOutstanding.toDecimalString()},
                {QStringLiteral("overdue"), f.overdueReceivables.toDecimalString()},
                {QStringLiteral("dso_days"), f.dsoTenths ? QJsonValue(tenths(*f.dsoTenths)) : QJsonValue()},
                {QStringLiteral("ageing"), ageing},
                {QStringLiteral("top_customers_overdue"), customers(f.topByOverdue, false)}};
        }
        QJsonValue load;
        if (f.loadShown) {
            QJsonArray weeks;
            for (const CentreWeekLoad& w : f.load)
                weeks << QJsonObject{{QStringLiteral("work_centre"), w.workCentre},
                                     {QStringLiteral("week"), w.weekStart.toString(Qt::ISODate)},
                                     {QStringLiteral("available_hours"), w.available.toDecimalString()},
                                     {QStringLiteral("planned_hours"), w.planned.toDecimalString()}};
            load = weeks;
        }
        const QJsonObject out{
            {QStringLiteral("month"), f.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("today"), f.today.toString(Qt::ISODate)},
            {QStringLiteral("salesperson"),
             salespersonName.isEmpty() ? QJsonValue() : QJsonValue(salespersonName)},
            {QStringLiteral("customer"),
             f.customerId > 0 ? QJsonValue(line.value(QStringLiteral("customer"))) : QJsonValue()},
            {QStringLiteral("currency"), f.currency},
            {QStringLiteral("intake"),
             QJsonObject{{QStringLiteral("this_month"), intake(f.thisMonth)},
                         {QStringLiteral("last_month"), intake(f.lastMonth)},
                         {QStringLiteral("same_month_last_year"), intake(f.sameMonthLastYear)}}},
            {QStringLiteral("other_currency_orders"), f.otherCurrencyOrders},
            {QStringLiteral("backlog"),
             QJsonObject{{QStringLiteral("orders"), f.backlogOrders},
                         {QStringLiteral("value"), f.backlogValue.toDecimalString()},
                         {QStringLiteral("by_status"), byStatus}}},
            {QStringLiteral("on_time"),
             QJsonObject{{QStringLiteral("from"), dateOrNull(f.onTimeFrom)},
                         {QStringLiteral("to"), dateOrNull(f.onTimeTo)},
                         {QStringLiteral("shipped"), f.shipped},
                         {QStringLiteral("on_time"), f.shippedOnTime},
                         {QStringLiteral("without_promise"), f.shippedWithoutPromise},
                         {QStringLiteral("rate_percent"), rate ? QJsonValue(percent(*rate)) : QJsonValue()}}},
            {QStringLiteral("late"), QJsonObject{{QStringLiteral("orders"), f.lateOrders},
                                                 {QStringLiteral("value"), f.lateValue.toDecimalString()}}},
            {QStringLiteral("at_risk"),
             QJsonObject{{QStringLiteral("orders"), f.atRiskOrders},
                         {QStringLiteral("value"), f.atRiskValue.toDecimalString()}}},
            {QStringLiteral("open_exceptions"), f.openExceptions},
            {QStringLiteral("receivables"), receivables},
            {QStringLiteral("intake_by_month"), months},
            {QStringLiteral("on_time_by_month"), onTimeMonths},
            {QStringLiteral("top_customers_by_value"), customers(f.topByValue, true)},
            {QStringLiteral("load"), load}};
        m_ctx.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }

    TextTable table;
    table.addColumn(tr("FIGURE"));
    table.addColumn(tr("ORDERS"), TextTable::Align::Right);
    table.addColumn(tr("VALUE (%1)").arg(f.currency), TextTable::Align::Right);
    auto row = [&](const QString& name, qint64 orders, Money value) {
        table.addRow({name, QString::number(orders), value.toDecimalString()});
    };
    row(tr("Intake %1").arg(f.thisMonth.month.toString(QStringLiteral("yyyy-MM"))), f.thisMonth.orders,
        f.thisMonth.value);
    row(tr("Intake %1").arg(f.lastMonth.month.toString(QStringLiteral("yyyy-MM"))), f.lastMonth.orders,
        f.lastMonth.value);
    row(tr("Intake %1").arg(f.sameMonthLastYear.month.toString(QStringLiteral("yyyy-MM"))),
        f.sameMonthLastYear.orders, f.sameMonthLastYear.value);
    row(tr("Backlog (open orders)"), f.backlogOrders, f.backlogValue);
    for (const StatusBacklog& b : f.backlogByStatus)
        row(QStringLiteral("  ") + OrderStatusInfo::displayName(b.status), b.orders, b.value);
    row(tr("Late (early warning)"), f.lateOrders, f.lateValue);
    row(tr("At risk (early warning)"), f.atRiskOrders, f.atRiskValue);
    table.addRow({tr("Open exceptions"), QString::number(f.openExceptions), QString()});
    if (f.receivablesShown) {
        table.addRow({tr("Receivables outstanding"), QString(), f.receivablesOutstanding.toDecimalString()});
        table.addRow({tr("Receivables overdue"), QString(), f.overdueReceivables.toDecimalString()});
    }
    table.print(m_ctx.out());
    if (rate)
        m_ctx.out() << tr("On time: %1 % of %n order(s) shipped with a promise from %2 to %3.", nullptr,
                          int(f.shipped - f.shippedWithoutPromise))
                           .arg(percent(*rate), f.onTimeFrom.toString(Qt::ISODate),
                                f.onTimeTo.toString(Qt::ISODate))
                    << Qt::endl;
    else
        m_ctx.out() << tr("On time: no order with a promised date shipped from %1 to %2.")
                           .arg(f.onTimeFrom.toString(Qt::ISODate), f.onTimeTo.toString(Qt::ISODate))
                    << Qt::endl;
    if (f.receivablesShown)
        m_ctx.out() << (f.dsoTenths ? tr("Days sales outstanding: %1.").arg(tenths(*f.dsoTenths))
                                    : tr("Days sales outstanding: no credit sales in the last 90 days."))
                    << Qt::endl;
    if (f.otherCurrencyOrders > 0)
        m_ctx.out() << tr("%n order(s) in other currencies are counted but not in the values.", nullptr,
                          int(f.otherCurrencyOrders))
                    << Qt::endl;
    return Success;
}

int ReportCommands::exportReport()
{
    const CommandLine& line = m_ctx.commandLine();
    const QString usage = QStringLiteral("report export KIND FILE.xlsx|FILE.csv|FILE.pdf [--from YYYY-MM-DD] "
                                         "[--to YYYY-MM-DD] [--open] [--salesperson NAME]");
    if (auto ok = line.expect({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("open"),
                               QStringLiteral("salesperson")},
                              3, 3, usage);
        !ok)
        return m_ctx.fail(ok.error());
    const QString kind = line.arguments().at(1);
    const QString path = line.arguments().at(2);
    static const QStringList kinds{
        QStringLiteral("orders"),     QStringLiteral("receivables"),   QStringLiteral("invoices"),
        QStringLiteral("shipments"),  QStringLiteral("ready-to-ship"), QStringLiteral("changes"),
        QStringLiteral("exceptions"), QStringLiteral("my-work"),       QStringLiteral("kpi")};
    if (!kinds.contains(kind))
        return m_ctx.fail(
            Error::invalid(tr("Export one of %1, not \"%2\".").arg(kinds.join(QStringLiteral(", ")), kind)));
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    if (pdf && kind != QLatin1String("kpi"))
        return m_ctx.fail(Error::invalid(
            tr("Only kpi (the dashboard) is written as a PDF; export %1 to .xlsx or .csv.").arg(kind),
            QStringLiteral("file")));
    if (!pdf)
        if (auto format = TableExportService::formatOf(path); !format)
            return m_ctx.fail(format.error());
    QDate days[2];
    if (auto ok = readDays(days); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto chosen = salespersonId(**session);
    if (!chosen)
        return m_ctx.fail(chosen.error());
    const bool open = line.isSet(QStringLiteral("open"));

    ListTables tables(**session);
    QList<TableSheet> sheets;
    auto take = [&](Result<TableSheet> sheet) -> Status {
        if (!sheet)
            return std::unexpected(sheet.error());
        sheets << *sheet;
        return {};
    };
    Status built;
    if (kind == QLatin1String("orders")) {
        OrderListQuery query;
        query.from = days[0];
        query.to = days[1];
        query.salespersonId = *chosen;
        query.sortColumn = OrderListQuery::Column::OrderDate;
        query.descending = false;
        built = take(tables.orders(query));
    } else if (kind == QLatin1String("receivables")) {
        built = take(tables.receivables(days[1].isValid() ? days[1] : (**session).today()));
    } else if (kind == QLatin1String("invoices")) {
        built = take(tables.invoices(0, open, days[0], days[1]));
    } else if (kind == QLatin1String("shipments")) {
        built = take(tables.shipments(open, days[0], days[1]));
    } else if (kind == QLatin1String("ready-to-ship")) {
        built = take(tables.readyToShip());
    } else if (kind == QLatin1String("changes")) {
        ChangeRequestFilter filter;
        filter.salespersonId = *chosen;
        built = take(tables.changes(filter, days[0], days[1]));
    } else if (kind == QLatin1String("exceptions")) {
        ExceptionFilter filter;
        filter.openOnly = open;
        built = take(tables.exceptions(filter, days[0], days[1]));
    } else if (kind == QLatin1String("my-work")) {
        built = take(tables.myWork());
    } else {
        return exportDashboard(**session, path, pdf, days, *chosen);
    }
    if (!built)
        return m_ctx.fail(built.error());

    int shownTenth = 0;
    auto report = TableExportService(**session).write(path, sheets, [&](qint64 done, qint64 total) {
        // Big exports say how far they are, every tenth of the way, on stderr.
        if (total >= ProgressFromRows) {
            const int tenth = int(done * 10 / qMax<qint64>(total, 1));
            if (tenth > shownTenth && tenth < 10) {
                shownTenth = tenth;
                m_ctx.err() << tr("Exported %1 of %n row(s)…", nullptr, int(total)).arg(done) << Qt::endl;
            }
        }
        return true;
    });
    if (!report)
        return m_ctx.fail(report.error());
    m_ctx.out() << tr("Wrote %n row(s) to %1.", nullptr, int(report->rowCount)).arg(path) << Qt::endl;
    return Success;
}

int ReportCommands::exportDashboard(Session& session, const QString& path, bool pdf, const QDate days[2],
                                    qint64 salesperson)
{
    if (days[0].isValid() && days[1].isValid() &&
        (days[0].year() != days[1].year() || days[0].month() != days[1].month()))
        return m_ctx.fail(
            Error::invalid(tr("The figures are of one month: --from and --to must be days of the "
                              "same month, --from first."),
                           QStringLiteral("to")));
    DashboardFilter filter;
    filter.month = days[1].isValid() ? days[1] : days[0];
    filter.salespersonId = salesperson;
    auto figures = DashboardService(session).figures(filter);
    if (!figures)
        return m_ctx.fail(figures.error());
    QString name;
    if (figures->salespersonId > 0)
        if (auto users = SettingsService(session).users())
            for (const User& u : *users)
                if (u.id == figures->salespersonId)
                    name = u.displayName.isEmpty() ? u.name : u.displayName;
    if (pdf) {
        auto company = SettingsService(session).company();
        if (!company)
            return m_ctx.fail(company.error());
        const DashboardDocument document(*figures,
                                         DashboardDocumentHeading{company->name, name,
                                                                  session.user().displayName.isEmpty()
                                                                      ? session.user().name
                                                                      : session.user().displayName,
                                                                  QDateTime::currentDateTime()});
        if (auto ok = OutputFileService(session).write(
                path, [&](QIODevice& file) { return document.writePdf(file); });
            !ok)
            return m_ctx.fail(ok.error());
        m_ctx.out() << tr("Wrote the dashboard of %1 to %2.")
                           .arg(figures->month.toString(QStringLiteral("yyyy-MM")), path)
                    << Qt::endl;
        return Success;
    }
    auto report = TableExportService(session).write(path, ListTables(session).dashboard(*figures, name));
    if (!report)
        return m_ctx.fail(report.error());
    m_ctx.out() << tr("Wrote the dashboard of %1 to %2.")
                       .arg(figures->month.toString(QStringLiteral("yyyy-MM")), path)
                << Qt::endl;
    return Success;
}

namespace {

QJsonValue daysOrNull(const StageDurationFigures& f, bool median)
{
    if (f.spans == 0)
        return QJsonValue();
    return median ? StageDurationStats::daysTextFromHalfHours(f.medianHalfHours)
                  : StageDurationStats::daysText(f.p90Hours);
}

QJsonValue percentOrNull(const std::optional<qint64>& basisPoints)
{
    return basisPoints ? QJsonValue(StageDurationStats::percentText(*basisPoints)) : QJsonValue();
}

QJsonObject stageJson(const StageFigures& s)
{
    return {{QStringLiteral("stage"), s.stage.key()},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("orders"), s.current.spans},
            {QStringLiteral("median_days"), daysOrNull(s.current, true)},
            {QStringLiteral("p90_days"), daysOrNull(s.current, false)},
            {QStringLiteral("share"), percentOrNull(s.shareBasisPoints)},
            {QStringLiteral("worst"), s.worst},
            {QStringLiteral("previous_orders"), s.previous.spans},
            {QStringLiteral("previous_median_days"), daysOrNull(s.previous, true)},
            {QStringLiteral("previous_p90_days"), daysOrNull(s.previous, false)},
            {QStringLiteral("previous_share"), percentOrNull(s.previousShareBasisPoints)}};
}

QString hundredths(const std::optional<qint64>& h)
{
    return h ? QStringLiteral("%1.%2").arg(*h / 100).arg(*h % 100, 2, 10, QLatin1Char('0')) : QString();
}

} // namespace

int ReportCommands::stages()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("json")}, 1, 1,
                              QStringLiteral("report stages [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    QDate days[2];
    // A period the wrong way round is left to the report, whose message names both days.
    if (auto ok = readDays(days, false); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    const QDate to = days[1].isValid() ? days[1] : (*session)->today();
    const QDate from = days[0].isValid() ? days[0] : BottleneckService::defaultFrom(to);
    auto report = BottleneckService(**session).report(from, to);
    if (!report)
        return m_ctx.fail(report.error());
    const BottleneckReport& r = *report;

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const StageFigures& s : r.stages)
            out << stageJson(s);
        m_ctx.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }

    m_ctx.out() << tr("Stages of the orders that left them from %1 to %2 (before: %3 to %4)")
                       .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                            r.previousFrom.toString(Qt::ISODate), r.previousTo.toString(Qt::ISODate))
                << Qt::endl;
    TextTable table;
    table.addColumn(tr("STAGE"));
    table.addColumn(tr("ORDERS"), TextTable::Align::Right);
    table.addColumn(tr("MEDIAN DAYS"), TextTable::Align::Right);
    table.addColumn(tr("P90 DAYS"), TextTable::Align::Right);
    table.addColumn(tr("SHARE %"), TextTable::Align::Right);
    table.addColumn(tr("MEDIAN BEFORE"), TextTable::Align::Right);
    for (const StageFigures& s : r.stages) {
        const QString name = s.worst ? tr("%1 (bottleneck)").arg(s.name) : s.name;
        const QString before = s.hasPreviousData()
                                   ? StageDurationStats::daysTextFromHalfHours(s.previous.medianHalfHours)
                                   : tr("no data");
        if (!s.hasData()) {
            table.addRow({name, QStringLiteral("0"), tr("no data"), QString(), QString(), before});
            continue;
        }
        table.addRow({name, QString::number(s.current.spans),
                      StageDurationStats::daysTextFromHalfHours(s.current.medianHalfHours),
                      StageDurationStats::daysText(s.current.p90Hours),
                      StageDurationStats::percentText(s.shareBasisPoints.value_or(0)), before});
    }
    table.print(m_ctx.out());
    m_ctx.out() << tr("%n re-confirmation(s) of orders confirmed before", nullptr,
                      int(r.reconfirmations.current.spans));
    if (auto per = r.reconfirmationsPerOrderHundredths())
        m_ctx.out() << tr(", %1 per order confirmed for the first time").arg(hundredths(per));
    m_ctx.out() << QStringLiteral(".") << Qt::endl;
    m_ctx.out() << tr("%n change request(s)", nullptr, int(r.changeRequests))
                << tr(" on %n order(s)", nullptr, int(r.ordersWithChanges));
    if (auto per = r.changesPerOrderHundredths())
        m_ctx.out() << tr(", %1 per order confirmed for the first time").arg(hundredths(per));
    m_ctx.out() << QStringLiteral(".") << Qt::endl;
    if (!r.longestHandOffs.isEmpty()) {
        m_ctx.out() << tr("Hand-offs that wait longest (90th percentile):") << Qt::endl;
        for (const StageFigures& s : r.longestHandOffs)
            m_ctx.out() << QStringLiteral("  ") << s.name << QStringLiteral(": ")
                        << tr("%1 days").arg(StageDurationStats::daysText(s.current.p90Hours)) << Qt::endl;
    }
    return Success;
}

int ReportCommands::onTime()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect(
            {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by"), QStringLiteral("json")}, 1,
            1,
            QStringLiteral("report on-time [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                           "[--by customer|product|salesperson|work_centre|cause] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    QDate days[2];
    // A period the wrong way round is left to the report, whose message names both days.
    if (auto ok = readDays(days, false); !ok)
        return m_ctx.fail(ok.error());
    OnTimeGrouping grouping = OnTimeGrouping::Customer;
    if (line.isSet(QStringLiteral("by"))) {
        const QString key = line.value(QStringLiteral("by"));
        const auto found = OnTimeGroupingInfo::fromKey(key);
        if (!found)
            return m_ctx.fail(Error::invalid(
                tr("Unknown grouping \"%1\"; use customer, product, salesperson, work_centre or cause.")
                    .arg(key),
                QStringLiteral("by")));
        grouping = *found;
    }
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto report = OnTimeReportService(**session).report(days[0], days[1], grouping);
    if (!report)
        return m_ctx.fail(report.error());
    const auto rate = [](const OnTimeRow& r) {
        const auto bp = r.onTimeBasisPoints();
        return bp ? QJsonValue(percent(*bp)) : QJsonValue();
    };
    const auto average = [](const OnTimeRow& r) {
        const auto t = r.averageDaysLateTenths();
        return t ? QJsonValue(tenths(*t)) : QJsonValue();
    };
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        const QString by = OnTimeGroupingInfo::key(grouping);
        auto object = [&](const OnTimeRow& r, bool total) {
            return QJsonObject{{QStringLiteral("group"), total ? QJsonValue() : QJsonValue(r.key)},
                               {QStringLiteral("name"), total ? QJsonValue() : QJsonValue(r.name)},
                               {QStringLiteral("by"), by},
                               {QStringLiteral("total"), total},
                               {QStringLiteral("from"), report->from.toString(Qt::ISODate)},
                               {QStringLiteral("to"), report->to.toString(Qt::ISODate)},
                               {QStringLiteral("delivered"), r.delivered},
                               {QStringLiteral("on_time"), r.onTime},
                               {QStringLiteral("late"), r.late},
                               {QStringLiteral("on_time_rate"), rate(r)},
                               {QStringLiteral("average_days_late"), average(r)}};
        };
        for (const OnTimeRow& r : std::as_const(report->rows))
            out << object(r, false);
        out << object(report->total, true);
        m_ctx.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    m_ctx.out() << tr("Orders delivered from %1 to %2, by %3:")
                       .arg(report->from.toString(Qt::ISODate), report->to.toString(Qt::ISODate),
                            OnTimeGroupingInfo::displayName(grouping))
                << Qt::endl;
    TextTable table;
    table.addColumn(tr("GROUP"));
    table.addColumn(tr("NAME"));
    table.addColumn(tr("DELIVERED"), TextTable::Align::Right);
    table.addColumn(tr("ON TIME"), TextTable::Align::Right);
    table.addColumn(tr("LATE"), TextTable::Align::Right);
    table.addColumn(tr("ON-TIME %"), TextTable::Align::Right);
    table.addColumn(tr("AVG DAYS LATE"), TextTable::Align::Right);
    auto cells = [&](const QString& key, const QString& name, const OnTimeRow& r) {
        return QStringList{key,
                           name,
                           QString::number(r.delivered),
                           QString::number(r.onTime),
                           QString::number(r.late),
                           rate(r).toString(QStringLiteral("-")),
                           average(r).toString(QStringLiteral("-"))};
    };
    for (const OnTimeRow& r : std::as_const(report->rows))
        table.addRow(cells(r.key, r.name, r));
    table.addRow(cells(tr("TOTAL"), QString(), report->total));
    table.print(m_ctx.out());
    return Success;
}

} // namespace od::cli
