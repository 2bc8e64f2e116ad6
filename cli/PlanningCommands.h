#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace od::cli {

// Planning from a terminal: `plan` (a proposal, or --commit), `promise` (the earliest possible
// delivery of lines not ordered yet), `replan` (every open order; those that will be late),
// `load` (hours per work centre and day), `progress` (start, quantity done, finish of a step) and
// `accept-date` (the customer accepted a promise later than asked) and `plan-step` (a committed
// plan's step given to someone else or moved later).
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
    int acceptDate();
    int planStep();
    // A YYYY-MM-DD option; `fallback` when not given.
    Result<QDate> dateOption(const QString& option, const QDate& fallback) const;

    CliContext& m_ctx;
};

} // namespace od::cli
