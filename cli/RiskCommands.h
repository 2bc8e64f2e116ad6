#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// `risk [--level at_risk|late] [--json] [--limit N]`: the open orders at risk or late with why and
// what to do next, brought up to date first when they were not computed today;
// `risk --recompute [--json]`: every open order's risk computed again now.
class RiskCommands
{
    Q_DECLARE_TR_FUNCTIONS(RiskCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("risk"); }
    explicit RiskCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    int recompute(Session& session);
    CliContext& m_ctx;
};

} // namespace od::cli
