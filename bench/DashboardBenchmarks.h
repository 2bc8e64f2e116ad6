#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// The business dashboard with every figure and chart, as the page reads it (DashboardService):
// for a manager over everyone's orders, narrowed to the busiest salesperson, and as that
// salesperson. "Today" is the day after the last order and the month shown that of the last order.
class DashboardBenchmarks
{
public:
    static constexpr double DashboardBudgetMs = 300;

    DashboardBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the database cannot be read or lacks a manager or salesperson.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
