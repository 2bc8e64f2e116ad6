#pragma once

#include "Database.h"
#include "Money.h"
#include "OrderListQuery.h"

#include <QList>

#include <memory>
#include <optional>

namespace od {

// The SQL behind the Orders list: a page of rows for any filter and sort, and counts. Every
// sortable column has an index, so a page costs the same at row 0 and far down the list.
class OrderListRepository
{
public:
    explicit OrderListRepository(Database& db);

    // Exact count when cap is 0; otherwise counts at most `cap` + 1 rows, so a caller can say
    // "100,000+" without walking a million rows.
    Result<qint64> count(const OrderListQuery& query, qint64 cap = 0);
    Result<QList<OrderListRow>> page(const OrderListQuery& query, qint64 offset, int limit);

    // How page() runs a query, worked out by planPage() from what count() learnt or cheap probes.
    struct PagePlan
    {
        // A search matching this many orders or more is answered by walking the sort index and
        // testing each order against the hits; fewer hits are looked up and sorted.
        static constexpr qint64 ManySearchHits = 5000;
        // From this far down, planPage() counts the rows to see whether the page is nearer the
        // end, and then reads it from the end backwards (OFFSET walks every row it skips).
        static constexpr qint64 DeepOffset = 20'000;

        bool manySearchHits = false;
        bool searched = false;    // planPage gathered the search hits (count() had not)
        bool countedRows = false; // planPage ran countSql(query, 0) (not known from before)
        bool fromEnd = false;     // read backwards: ORDER BY reversed, rows reversed afterwards
        qint64 offset = 0;        // as run (counted from the end when fromEnd)
        int limit = 0;            // as run (smaller near the end of the list)
    };
    Result<PagePlan> planPage(const OrderListQuery& query, qint64 offset, int limit);

    // The statements behind count(), planPage() and page(), with their parameters, for the
    // benchmark's bare-SQLite side. A search's hits are gathered once per query by stepping
    // searchSql() into a SearchHitSet, which the page and count statements consult through the
    // SQL function hitFunctionName() (many hits) or as a JSON list of ids (few). countSql() is
    // empty for a search alone: the number of hits is the count.
    struct Sql
    {
        QString text;
        QVariantList params;
    };
    std::optional<Sql> searchSql(const OrderListQuery& query) const;
    QByteArray hitFunctionName() const;
    Sql pageSql(const OrderListQuery& query, qint64 offset, int limit) const;
    Sql pageSql(const OrderListQuery& query, const PagePlan& plan) const;
    Sql countSql(const OrderListQuery& query, qint64 cap) const;

private:
    // Fills in the early warning of the rows of a page.
    Status addRisks(QList<OrderListRow>& rows);
    class Hits;
    // What this repository learnt about the data, reused while the data has not changed.
    struct Memo
    {
        OrderListQuery query;
        qint64 dataVersion = -1;
        bool hitsGathered = false; // m_hits holds this query's search hits
        qint64 searchHits = -1;
        qint64 rows = -1; // exact row count
    };
    qint64 dataVersion();
    Memo& memoFor(const OrderListQuery& query);
    Status gatherSearchHits(const OrderListQuery& query);
    QString whereClause(const OrderListQuery& query, bool manyHits, QVariantList* params) const;

    Database& m_db;
    Memo m_memo;
    std::shared_ptr<Hits> m_hits; // shared by copies; the SQL function goes with the last one
};

} // namespace od
