#pragma once

#include "BareSqlite.h"
#include "BenchResult.h"
#include "Database.h"
#include "OrderListQuery.h"
#include "OrderListRepository.h"
#include "Session.h"

#include <QList>
#include <QString>

#include <memory>

namespace od::bench {

// The Orders list as the GUI drives it, through OrderPageCache and OrderListRepository, and the
// same statements (OrderListRepository::pageSql / countSql) bare.
class ListBenchmarks
{
public:
    ListBenchmarks(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}

    // Opens the database once for the operations that start from an open database; false with
    // a message when it cannot.
    bool prepare(QString* error);
    QList<BenchResult> run();
    // The Orders list filtered to the open orders at risk or late, first page.
    BenchResult atRiskRow();
    // The Orders list of the customer with the most deliveries, narrowed to the orders delivered in
    // the last year: what a row of the On-time delivery page opens.
    BenchResult deliveredRow();

    static constexpr double ListBudgetMs = 50;
    static constexpr double ListBudgetRatio = 3;
    static constexpr int FirstPageRows = 50;
    static constexpr qint64 JumpRow = 900'000;

private:
    BenchResult openAndFirstPage();
    QList<BenchResult> jumpToRow();
    BenchResult firstPageOf(const QString& name, const OrderListQuery& query);
    QList<BareStatement> pageStatements(const OrderListQuery& query, qint64 offset, qint64 knownCountCap);
    // Median of running the statements bare, on a connection opened once or for each run.
    double bareRun(const QList<BareStatement>& statements, bool reopen);
    // A count capped like setQuery's, then the first page.
    double bareFirstPage(const OrderListQuery& query, bool reopen);
    BenchResult result(const QString& name, double median, double bare, const QString& note = {}) const;

    QString m_path;
    int m_runs;
    std::unique_ptr<Database> m_db;
    // The Orders list is read as a manager signed in (who sees every order), through the core.
    std::unique_ptr<Session> m_manager;
    int m_pageSize = 0;
    QString m_customerText;
    QString m_orderNoText;
    QString m_productText;
};

} // namespace od::bench
