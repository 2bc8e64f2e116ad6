#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// The allocation suggestions (SuggestionService::report) as a manager: every open order with a
// committed plan re-planned from the demo's today, then again once per work centre a late order
// needs, with overtime on its fully loaded days. Reads only.
class SuggestionBenchmarks
{
public:
    static constexpr double SuggestionsBudgetMs = 1000;

    SuggestionBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the database cannot be read or lacks a manager.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
