#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// The early warning's morning run: every open order's risk recomputed through RiskService as the
// app's background thread runs it, once with every verdict to write (the stored risks removed
// before each run, untimed) and once with nothing changed since the last run (a normal morning
// writes only what moved).
class RiskBenchmarks
{
public:
    static constexpr double RecomputeBudgetMs = 5000;

    RiskBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the database cannot be read or has no manager.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
