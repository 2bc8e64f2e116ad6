#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// A list exported to Excel as the app and `report export` do it (ListTables + TableExportService):
// the newest 100,000 orders by order date, read page by page and written to an .xlsx in the
// temporary folder, with progress reported. Next to it, the same rows read bare.
class ExportBenchmarks
{
public:
    static constexpr double ExportBudgetMs = 5000;
    static constexpr qint64 ExportRows = 100'000;

    ExportBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
