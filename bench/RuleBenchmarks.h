#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// The automation rules: the Rules page as a manager opens it (every rule with how often and when
// it last fired) and their morning run when nothing is new to fire (what every start of the app
// costs once the day's run is done), each beside its main statements run bare.
class RuleBenchmarks
{
public:
    static constexpr double RulesPageBudgetMs = 50;
    static constexpr double MorningRunBudgetMs = 200;

    RuleBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
