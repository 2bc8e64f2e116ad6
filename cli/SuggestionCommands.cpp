#include "SuggestionCommands.h"

#include "ExitCode.h"
#include "SplitShipmentService.h"
#include "SuggestionService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

const QString kUsage = QStringLiteral("suggestions [--json] | suggestions apply KEY");

QJsonArray datesJson(const QList<QDate>& dates)
{
    QJsonArray out;
    for (const QDate& d : dates)
        out << d.toString(Qt::ISODate);
    return out;
}

} // namespace

int SuggestionCommands::run()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("json")}, 0, 2, kUsage); !ok)
        return m_ctx.fail(ok.error());
    const QStringList args = line.arguments();
    const bool json = line.isSet(QStringLiteral("json"));
    const bool applying = !args.isEmpty();
    if (applying && (args.at(0) != QLatin1String("apply") || args.size() != 2))
        return m_ctx.fail(Error::invalid(tr("Usage: orderdesk-cli [--db PATH] %1").arg(kUsage)));
    if (applying && json)
        return m_ctx.fail(
            Error::invalid(tr("--json applies to the list of suggestions only."), QStringLiteral("json")));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    return applying ? apply(**session, args.at(1)) : list(**session, json);
}

int SuggestionCommands::list(Session& session, bool json)
{
    auto report = SuggestionService(session).report();
    if (!report)
        return m_ctx.fail(report.error());
    if (json) {
        QJsonArray suggestions;
        for (const Suggestion& s : report->suggestions) {
            QJsonArray saved;
            for (const SavedOrder& o : s.saved)
                saved << QJsonObject{
                    {QStringLiteral("order_no"), o.orderNo},
                    {QStringLiteral("promised"), o.promisedDate.toString(Qt::ISODate)},
                    {QStringLiteral("forecast_before"), o.forecastBefore.toString(Qt::ISODate)},
                    {QStringLiteral("forecast_after"), o.forecastAfter.toString(Qt::ISODate)}};
            QJsonObject row{{QStringLiteral("key"), s.key},
                            {QStringLiteral("kind"), SuggestionService::kindKey(s.kind)},
                            {QStringLiteral("work_centre"), s.workCentre},
                            {QStringLiteral("saved"), saved},
                            {QStringLiteral("days_gained"), s.daysGained},
                            {QStringLiteral("orders_later"), s.ordersLater},
                            {QStringLiteral("basis"), s.basis}};
            if (s.kind == SuggestionKind::Overtime) {
                row.insert(QStringLiteral("hours_per_unit"), s.hoursPerUnit.toDecimalString());
                row.insert(QStringLiteral("days"), datesJson(s.days));
                row.insert(QStringLiteral("extra_hours"), s.extraHours.toDecimalString());
            } else {
                row.insert(QStringLiteral("order_no"), s.orderNo);
                row.insert(QStringLiteral("line_no"), s.lineNo);
                row.insert(QStringLiteral("step_no"), s.stepNo);
                row.insert(QStringLiteral("step"), s.stepName);
                row.insert(QStringLiteral("to_work_centre"), s.toCentre);
            }
            suggestions << row;
        }
        for (const SplitShipmentSuggestion& s : report->splits) {
            QJsonArray lines;
            for (const SplitLine& l : s.lines)
                lines << QJsonObject{{QStringLiteral("line"), l.lineNo},
                                     {QStringLiteral("product"), l.product},
                                     {QStringLiteral("quantity"), l.quantity.toDecimalString()},
                                     {QStringLiteral("ordered"), l.ordered.toDecimalString()},
                                     {QStringLiteral("value"), l.value.toDecimalString()}};
            suggestions << QJsonObject{{QStringLiteral("key"), s.key},
                                       {QStringLiteral("kind"), QStringLiteral("split_shipment")},
                                       {QStringLiteral("order_no"), s.orderNo},
                                       {QStringLiteral("customer"), s.customerName},
                                       {QStringLiteral("promised"), s.promisedDate.toString(Qt::ISODate)},
                                       {QStringLiteral("forecast"), s.forecast.toString(Qt::ISODate)},
                                       {QStringLiteral("arrival"), s.arrival.toString(Qt::ISODate)},
                                       {QStringLiteral("arrives_by_promise"), s.arrivesByPromise()},
                                       {QStringLiteral("lines"), lines},
                                       {QStringLiteral("order_lines"), s.orderLines},
                                       {QStringLiteral("value"), s.value.toDecimalString()},
                                       {QStringLiteral("order_value"), s.orderValue.toDecimalString()},
                                       {QStringLiteral("currency"), s.currency},
                                       {QStringLiteral("basis"), s.basis}};
        }
        QJsonArray late;
        for (const LateOrder& l : report->late)
            late << QJsonObject{{QStringLiteral("order_no"), l.orderNo},
                                {QStringLiteral("promised"), l.promisedDate.toString(Qt::ISODate)},
                                {QStringLiteral("forecast"), l.forecast.toString(Qt::ISODate)},
                                {QStringLiteral("days_late"), l.daysLate}};
        const QJsonObject out{{QStringLiteral("today"), report->today.toString(Qt::ISODate)},
                              {QStringLiteral("orders_planned"), report->ordersPlanned},
                              {QStringLiteral("late"), late},
                              {QStringLiteral("suggestions"), suggestions}};
        m_ctx.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    m_ctx.out() << tr("%1 open orders re-planned from %2; %3 forecast after their promised date.")
                       .arg(report->ordersPlanned)
                       .arg(report->today.toString(Qt::ISODate))
                       .arg(report->late.size())
                << Qt::endl;
    if (report->suggestions.isEmpty() && report->splits.isEmpty()) {
        m_ctx.out()
            << tr("No suggestion: neither overtime on a fully loaded work centre nor moving a step to "
                  "an alternative centre would bring a late order closer to its promise.")
            << Qt::endl;
        return Success;
    }
    if (report->suggestions.isEmpty())
        return listSplits(*report);
    TextTable table;
    table.addColumn(tr("KEY"));
    table.addColumn(tr("KIND"));
    table.addColumn(tr("SUGGESTION"));
    table.addColumn(tr("EXTRA HOURS"), TextTable::Align::Right);
    table.addColumn(tr("ORDERS SAVED"), TextTable::Align::Right);
    table.addColumn(tr("DAYS GAINED"), TextTable::Align::Right);
    for (const Suggestion& s : report->suggestions)
        table.addRow({s.key, SuggestionService::kindName(s.kind), SuggestionService::describe(s),
                      s.kind == SuggestionKind::Overtime ? s.extraHours.toDecimalString() : QString(),
                      QString::number(s.saved.size()), QString::number(s.daysGained)});
    table.print(m_ctx.out());
    for (const Suggestion& s : report->suggestions)
        m_ctx.out() << s.key << ": " << SuggestionService::effect(s) << Qt::endl;
    return listSplits(*report);
}

int SuggestionCommands::listSplits(const SuggestionReport& report)
{
    if (report.splits.isEmpty())
        return Success;
    TextTable table;
    table.addColumn(tr("KEY"));
    table.addColumn(tr("SUGGESTION"));
    table.addColumn(tr("EFFECT"));
    for (const SplitShipmentSuggestion& s : report.splits)
        table.addRow({s.key, SplitShipmentService::describe(s), SplitShipmentService::effect(s)});
    table.print(m_ctx.out());
    return Success;
}

int SuggestionCommands::apply(Session& session, const QString& key)
{
    if (SplitShipmentService::isSplitKey(key)) {
        auto given = SplitShipmentService(session).apply(key);
        if (!given)
            return m_ctx.fail(given.error());
        m_ctx.out() << tr("Applied %1: logistics has the task to ship the finished lines of %2 now (%3).")
                           .arg(given->key, given->orderNo, SplitShipmentService::linesText(*given))
                    << Qt::endl;
        m_ctx.out() << SplitShipmentService::effect(*given) << Qt::endl;
        return Success;
    }
    auto done = SuggestionService(session).apply(key);
    if (!done)
        return m_ctx.fail(done.error());
    m_ctx.out() << tr("Applied %1: %2.").arg(done->key, SuggestionService::describe(*done)) << Qt::endl;
    m_ctx.out() << SuggestionService::effect(*done) << Qt::endl;
    return Success;
}

} // namespace od::cli
