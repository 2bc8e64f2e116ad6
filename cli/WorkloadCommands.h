#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// `workload`: each salesperson's open orders, their value and the orders late or at risk.
class WorkloadCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadCommands)

public:
    static bool handles(const QString& command) { return command == QLatin1String("workload"); }
    explicit WorkloadCommands(CliContext& context) : m_ctx(context) {}
    int run();

private:
    CliContext& m_ctx;
};

} // namespace od::cli
