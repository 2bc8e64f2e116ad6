#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace od::bench {

class BenchReport
{
public:
    static void printTable(QTextStream& out, const QList<BenchResult>& results);
    // [{"name":…, "median_ms":…, "sqlite_median_ms":…|null, "ratio":…|null, "budget_ms":…,
    //   "budget_ratio":…|null, "within_budget":true|false}, …]
    static QByteArray json(const QList<BenchResult>& results);
};

} // namespace od::bench
