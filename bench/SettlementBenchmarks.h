#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace od::bench {

// Finance on the demo book, as the finance clerk: receivables for every customer, the statement
// of a year for the customer with the most invoices, recording a payment with its automatic
// application, and importing 100,000 payments (which adds them to the database).
class SettlementBenchmarks
{
public:
    static constexpr double ReceivablesBudgetMs = 100;
    static constexpr double StatementBudgetMs = 50;
    static constexpr double PaymentBudgetMs = 20;
    static constexpr double ImportBudgetMs = 10'000;
    static constexpr int ImportRows = 100'000;

    SettlementBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}
    // Empty with `error` set when the book has no invoices or no finance clerk.
    QList<BenchResult> run(QString* error);

private:
    QString m_path;
    int m_runs;
};

} // namespace od::bench
