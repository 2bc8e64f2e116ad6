#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// The on-time delivery report (准时交付) over the last year, as the report reads it
// (OnTimeReportService), per grouping, as a manager, beside its two statements run bare.
class OnTimeBenchmarks
{
public:
    static constexpr double OnTimeBudgetMs = 200;

    OnTimeBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the database cannot be read or lacks a manager.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
