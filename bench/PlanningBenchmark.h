#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// Planning on the demo company, as a manager: the plans of the oldest confirmed orders are
// committed first (each commit timed), so that the rest runs on a committed load; then the
// earliest possible delivery of a 20-line order, a proposal for a confirmed order, the Capacity
// view's 12 weeks of every work centre, and re-planning every open order. Commits change the
// database.
class PlanningBenchmark
{
public:
    static constexpr double PromiseBudgetMs = 30;
    static constexpr double ProposeBudgetMs = 50;
    static constexpr double CommitBudgetMs = 20;
    static constexpr double CapacityBudgetMs = 50;
    static constexpr double ReplanBudgetMs = 10'000;
    static constexpr int Lines = 20;

    PlanningBenchmark(QString path, int runs, int commits)
        : m_path(std::move(path)), m_runs(runs), m_commits(commits)
    {
    }
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
    int m_commits;
};

} // namespace od::bench
