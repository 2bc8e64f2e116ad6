#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// Reports from a terminal: `report kpi`, the business dashboard's figures of a month, and
// `report stages`, the bottleneck analysis of a period.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("report"); }
    explicit ReportCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    int kpi();
    int stages();
    CliContext& m_ctx;
};

} // namespace od::cli
