#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// Reports from a terminal: `report kpi`, the business dashboard's figures of a month;
// `report export`, a list or the dashboard to Excel, CSV or (the dashboard) PDF; `report stages`,
// the bottleneck analysis of a period; `report on-time`, the orders delivered on time and late
// per group over a period.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("report"); }
    // `report export kpi FILE.pdf` draws the dashboard, which needs a GUI application object.
    static bool needsGui(const QStringList& arguments);
    explicit ReportCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    // Exports of more rows than this say how far they are on stderr.
    static constexpr qint64 ProgressFromRows = 10'000;

    int kpi();
    int exportReport();
    int exportDashboard(Session& session, const QString& path, bool pdf, const QDate days[2],
                        qint64 salesperson);
    // --from and --to, each optional; an error for a malformed day or --to before --from.
    // --from and --to as dates (left null when not given); `ordered` also refuses --to before --from.
    Status readDays(QDate days[2], bool ordered = true) const;
    // --salesperson as a user id (0 when not given).
    Result<qint64> salespersonId(Session& session) const;
    int stages();
    int onTime();
    CliContext& m_ctx;
};

} // namespace od::cli
