#pragma once

#include "OrderListQuery.h"
#include "Session.h"

#include <QHash>
#include <QList>

#include <memory>

namespace od {

class OrderQueryService;

// The rows behind a list of orders (the CLI's `orders`, the screenshots), fetched a page at a time as the
// view asks for them and kept in a small LRU cache: scrolling a million orders holds a few thousand rows in
// memory. The row count starts as a capped count (cheap); the exact count, when larger, is computed elsewhere
// (a worker with its own connection) and handed in with setExactCount().
class OrderPageCache
{
public:
    static constexpr qint64 CountCap = 100'000;

    explicit OrderPageCache(Session& session, int pageSize = 100, int maxPages = 50);
    ~OrderPageCache();

    // Sets filter and sort, drops cached pages and recounts up to CountCap.
    Status setQuery(const OrderListQuery& query);
    const OrderListQuery& query() const { return m_query; }

    qint64 rowCount() const { return m_rowCount; }
    // False while the count is "CountCap+" and the exact figure is not known yet.
    bool countIsExact() const { return m_countExact; }
    void setExactCount(qint64 count);

    // The row at `index`, loading its page if needed; nullptr past the end or on a storage error
    // (then lastError() says what happened).
    const OrderListRow* row(qint64 index);
    const Error& lastError() const { return m_lastError; }
    // Forget cached rows (after a save elsewhere) without recounting.
    void invalidate();

private:
    const QList<OrderListRow>* page(qint64 pageIndex);

    std::unique_ptr<OrderQueryService> m_orders; // applies who may see what
    OrderListQuery m_query;
    int m_pageSize;
    int m_maxPages;
    qint64 m_rowCount = 0;
    bool m_countExact = true;
    QHash<qint64, QList<OrderListRow>> m_pages;
    QList<qint64> m_lru; // most recently used last
    Error m_lastError;
};

} // namespace od
