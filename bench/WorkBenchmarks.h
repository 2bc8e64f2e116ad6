#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// The lists people open first: My work as a salesperson (the one with the most orders), a
// manager and the finance clerk, the Exceptions page's open exceptions, and the Shipments page's
// orders ready to ship and shipments in transit as logistics, each read the way the page reads
// it, through the services.
class WorkBenchmarks
{
public:
    static constexpr double MyWorkBudgetMs = 50;
    static constexpr double ExceptionsBudgetMs = 50;
    static constexpr double ShipmentsBudgetMs = 50;

    WorkBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the database cannot be read or lacks one of the roles.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
