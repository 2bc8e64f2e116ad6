#include "OrderPageCache.h"

#include "OrderQueryService.h"

namespace od {

OrderPageCache::~OrderPageCache() = default;

OrderPageCache::OrderPageCache(Session& session, int pageSize, int maxPages)
    : m_orders(std::make_unique<OrderQueryService>(session)), m_pageSize(pageSize), m_maxPages(maxPages)
{
}

Status OrderPageCache::setQuery(const OrderListQuery& query)
{
    m_query = query;
    invalidate();
    auto count = m_orders->count(query, CountCap);
    if (!count) {
        m_rowCount = 0;
        m_countExact = true;
        m_lastError = count.error();
        return std::unexpected(count.error());
    }
    m_countExact = *count <= CountCap;
    m_rowCount = m_countExact ? *count : CountCap;
    return {};
}

void OrderPageCache::setExactCount(qint64 count)
{
    m_rowCount = count;
    m_countExact = true;
}

void OrderPageCache::invalidate()
{
    m_pages.clear();
    m_lru.clear();
}

const QList<OrderListRow>* OrderPageCache::page(qint64 pageIndex)
{
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.cend()) {
        m_lru.removeOne(pageIndex);
        m_lru.append(pageIndex);
        return &it.value();
    }
    auto rows = m_orders->page(m_query, pageIndex * m_pageSize, m_pageSize);
    if (!rows) {
        m_lastError = rows.error();
        return nullptr;
    }
    if (m_lru.size() >= m_maxPages)
        m_pages.remove(m_lru.takeFirst());
    m_lru.append(pageIndex);
    return &m_pages.insert(pageIndex, std::move(*rows)).value();
}

const OrderListRow* OrderPageCache::row(qint64 index)
{
    if (index < 0 || index >= m_rowCount)
        return nullptr;
    const QList<OrderListRow>* rows = page(index / m_pageSize);
    if (!rows)
        return nullptr;
    const qint64 offset = index % m_pageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

} // namespace od
