#pragma once

#include "BenchResult.h"

#include <QString>

namespace od::bench {

// Saving a new 20-line order through OrderIntakeService::saveDraft, the way the intake form
// does: validation, numbering, the order with its lines, timeline event, audit record and
// search-index row, in one transaction. It has no bare counterpart. Each run adds an order.
class SaveBenchmark
{
public:
    static constexpr double BudgetMs = 20;
    static constexpr int Lines = 20;

    SaveBenchmark(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    BenchResult run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
