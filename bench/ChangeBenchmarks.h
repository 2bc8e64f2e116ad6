#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// Change requests on a large book: the impact of a change (totals, the earliest date on the
// capacity plan with the order kept in its place, the committed orders it pushes later, the credit
// limit) for the planned order with the most committed plans behind it, and the Changes page's list.
class ChangeBenchmarks
{
public:
    static constexpr double ImpactBudgetMs = 100;
    static constexpr double ListBudgetMs = 50;

    ChangeBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the database cannot be read or has no planned order.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
