#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// Planning from a terminal: `plan` (a proposal, or --commit), `promise` (the earliest possible
// delivery of lines not ordered yet), `replan` (every open order; those that will be late),
// `load` (hours per work centre and day) and `progress` (start, quantity done, finish of a step).
class PlanningCommands
{
    Q_DECLARE_TR_FUNCTIONS(PlanningCommands)

public:
    static bool handles(const QString& command);
    explicit PlanningCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int plan();
    int promise();
    int replan();
    int load();
    int progress();
    // A YYYY-MM-DD option; `fallback` when not given.
    Result<QDate> dateOption(const QString& option, const QDate& fallback) const;

    CliContext& m_ctx;
};

} // namespace od::cli
