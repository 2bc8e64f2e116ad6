// orderdesk-bench --db PATH [--json FILE] [--runs N]: medians of the Orders list, search and
// save on a large database, beside the same SQL run bare. Make the database first with
// `orderdesk-cli --db PATH demo --orders 1000000`.
#include "BenchReport.h"
#include "BottleneckBenchmarks.h"
#include "ChangeBenchmarks.h"
#include "DashboardBenchmarks.h"
#include "ExportBenchmarks.h"
#include "ListBenchmarks.h"
#include "OnTimeBenchmarks.h"
#include "PlanningBenchmark.h"
#include "RiskBenchmarks.h"
#include "RuleBenchmarks.h"
#include "SaveBenchmark.h"
#include "SettlementBenchmarks.h"
#include "SuggestionBenchmarks.h"
#include "WorkBenchmarks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orderdesk-bench"));
    spdlog::set_level(spdlog::level::warn);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the Orders list, search and saving an order on a large "
                       "OrderDesk database, beside the same SQL run bare."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The database (made by orderdesk-cli demo --orders 1000000)."),
         QStringLiteral("PATH")},
        {QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("runs"), QStringLiteral("Timed runs per operation (default 15)."),
         QStringLiteral("N")},
        {QStringLiteral("plans"),
         QStringLiteral("Confirmed orders to plan (each commit timed) before timing planning (default 300)."),
         QStringLiteral("N")},
        {QStringLiteral("planning-only"),
         QStringLiteral("Only the planning rows (any book with work centres and confirmed orders).")},
        {QStringLiteral("settlement-only"),
         QStringLiteral(
             "Only the finance rows (any invoiced book; the list rows need the 1,000,000-order demo).")},
        {QStringLiteral("dashboard-only"), QStringLiteral("Only the dashboard rows.")},
        {QStringLiteral("export-only"),
         QStringLiteral(
             "Only the export row: the newest 100,000 orders to an .xlsx (needs 100,000 orders).")},
        {QStringLiteral("on-time-only"), QStringLiteral("Only the on-time delivery report rows.")},
        {QStringLiteral("suggestions-only"),
         QStringLiteral("Only the allocation suggestions row (any book with committed plans).")},
        {QStringLiteral("changes-only"), QStringLiteral("Only the change request rows (any planned book).")},
        {QStringLiteral("work-only"),
         QStringLiteral(
             "Only My work per role, the Exceptions and Shipments pages and the automation rules.")},
        {QStringLiteral("lists-only"),
         QStringLiteral("Only the Orders list rows (open, jump, searches, filters).")},
        {QStringLiteral("risk-only"),
         QStringLiteral(
             "Only the early warning's rows: the recompute and the Orders list filtered to at risk.")},
    });
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        err << "orderdesk-bench: give an existing database with --db PATH\n";
        return 1;
    }
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 15;
    if (runs < 1) {
        err << "orderdesk-bench: --runs must be at least 1\n";
        return 1;
    }

    QString error;
    QList<od::bench::BenchResult> results;
    // Prints the table, writes the JSON if asked: 0 when every row is within its budget, else 3.
    const auto finish = [&](const QString& upTo) {
        out << "orderdesk-bench on " << path << ", median of " << upTo << runs << " runs each\n\n";
        od::bench::BenchReport::printTable(out, results);
        if (parser.isSet(QStringLiteral("json"))) {
            QFile file(parser.value(QStringLiteral("json")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(od::bench::BenchReport::json(results)) < 0) {
                err << "orderdesk-bench: cannot write " << file.fileName() << '\n';
                return 2;
            }
        }
        for (const auto& r : results)
            if (!r.withinBudget())
                return 3;
        return 0;
    };
    // One group of rows alone, printed at once.
    if (parser.isSet(QStringLiteral("export-only")) || parser.isSet(QStringLiteral("changes-only")) ||
        parser.isSet(QStringLiteral("work-only")) || parser.isSet(QStringLiteral("on-time-only")) ||
        parser.isSet(QStringLiteral("suggestions-only"))) {
        if (parser.isSet(QStringLiteral("export-only")))
            results << od::bench::ExportBenchmarks(path, runs).run(&error);
        else if (parser.isSet(QStringLiteral("work-only"))) {
            results << od::bench::WorkBenchmarks(path, runs).run(&error);
            if (error.isEmpty())
                results << od::bench::RuleBenchmarks(path, runs).run(&error);
        } else if (parser.isSet(QStringLiteral("on-time-only"))) {
            results << od::bench::OnTimeBenchmarks(path, runs).run(&error);
            od::bench::ListBenchmarks lists(path, runs);
            if (error.isEmpty() && lists.prepare(&error))
                results << lists.deliveredRow();
        } else if (parser.isSet(QStringLiteral("suggestions-only")))
            results << od::bench::SuggestionBenchmarks(path, runs).run(&error);
        else
            results << od::bench::ChangeBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: " << error << '\n';
            return 2;
        }
        return finish(QStringLiteral("up to "));
    }
    const bool planningOnly = parser.isSet(QStringLiteral("planning-only"));
    const bool settlementOnly = parser.isSet(QStringLiteral("settlement-only"));
    const bool dashboardOnly = parser.isSet(QStringLiteral("dashboard-only"));
    const bool riskOnly = parser.isSet(QStringLiteral("risk-only"));
    const bool listsOnly = parser.isSet(QStringLiteral("lists-only"));
    if (riskOnly) {
        results << od::bench::RiskBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: early warning failed: " << error << '\n';
            return 2;
        }
        od::bench::ListBenchmarks lists(path, runs);
        if (!lists.prepare(&error)) {
            err << "orderdesk-bench: " << error << '\n';
            return 1;
        }
        results << lists.atRiskRow();
    }
    if (!planningOnly && !settlementOnly && !dashboardOnly && !riskOnly) {
        od::bench::ListBenchmarks lists(path, runs);
        if (!lists.prepare(&error)) {
            err << "orderdesk-bench: " << error << '\n';
            return 1;
        }
        results = lists.run();
        if (!listsOnly)
            results << od::bench::SaveBenchmark(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: saving failed: " << error << '\n';
            return 2;
        }
    }
    if (!planningOnly && !dashboardOnly && !riskOnly && !listsOnly) {
        results << od::bench::SettlementBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: settlement failed: " << error << '\n';
            return 2;
        }
    }

    if (!planningOnly && !riskOnly && !listsOnly) {
        results << od::bench::DashboardBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: dashboard failed: " << error << '\n';
            return 2;
        }
        results << od::bench::BottleneckBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: bottleneck analysis failed: " << error << '\n';
            return 2;
        }
        results << od::bench::OnTimeBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: on-time report failed: " << error << '\n';
            return 2;
        }
    }
    if (!planningOnly && !riskOnly && !listsOnly && !dashboardOnly && !settlementOnly) {
        results << od::bench::ExportBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: export failed: " << error << '\n';
            return 2;
        }
    }

    if (!dashboardOnly && !riskOnly && !listsOnly) {
        results << od::bench::WorkBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: My work failed: " << error << '\n';
            return 2;
        }
        results << od::bench::RuleBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: automation rules failed: " << error << '\n';
            return 2;
        }
        results << od::bench::SuggestionBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: allocation suggestions failed: " << error << '\n';
            return 2;
        }
        if (!planningOnly) {
            results << od::bench::RiskBenchmarks(path, runs).run(&error);
            if (!error.isEmpty()) {
                err << "orderdesk-bench: early warning failed: " << error << '\n';
                return 2;
            }
        }

        results << od::bench::ChangeBenchmarks(path, runs).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: change requests failed: " << error << '\n';
            return 2;
        }

        const int plans =
            parser.isSet(QStringLiteral("plans")) ? parser.value(QStringLiteral("plans")).toInt() : 300;
        results << od::bench::PlanningBenchmark(path, runs, qMax(2, plans)).run(&error);
        if (!error.isEmpty()) {
            err << "orderdesk-bench: planning failed: " << error << '\n';
            return 2;
        }
    }
    return finish(QString());
}
