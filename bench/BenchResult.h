#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od::bench {

// One line of the report: the median time through OrderDesk's code and, where the operation is
// plain SQL, the median of the same statements run bare through the SQLite C API.
struct BenchResult
{
    QString name;
    double medianMs = 0;
    std::optional<double> sqliteMedianMs;
    double budgetMs = 0;               // the time it must stay under
    std::optional<double> budgetRatio; // and at most this many times the bare time
    QString note;

    std::optional<double> ratio() const
    {
        if (!sqliteMedianMs || *sqliteMedianMs <= 0)
            return std::nullopt;
        return medianMs / *sqliteMedianMs;
    }
    bool withinBudget() const
    {
        const auto r = ratio();
        return medianMs <= budgetMs && (!budgetRatio || !r || *r <= *budgetRatio);
    }
};

} // namespace od::bench
