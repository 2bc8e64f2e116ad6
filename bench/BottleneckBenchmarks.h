#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// The bottleneck analysis of a year (BottleneckService::report) as a manager, with the year
// before it for the trend. "Today" is the day after the last order; the bare side runs the same
// summary reads (every stage's range of days in both periods, the work centres, the change
// requests) through the SQLite C API.
class BottleneckBenchmarks
{
public:
    static constexpr double BottleneckBudgetMs = 500;

    BottleneckBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the database cannot be read or lacks a manager.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
