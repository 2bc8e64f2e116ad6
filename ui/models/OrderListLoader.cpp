#include "OrderListLoader.h"

#include "OrderQueryService.h"

namespace od {

OrderListLoader::OrderListLoader(SessionFactory sessions, int pageSize,
                                 std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : m_sessions(std::move(sessions)), m_pageSize(pageSize), m_latest(std::move(latestGeneration))
{
}

OrderListLoader::~OrderListLoader() = default;

void OrderListLoader::open()
{
    auto session = m_sessions.open();
    if (!session) {
        m_openError = session.error().message;
        return;
    }
    m_session = std::move(*session);
    m_orders = std::make_unique<OrderQueryService>(*m_session);
}

void OrderListLoader::close()
{
    // The connection belongs to this thread and is closed here.
    m_orders.reset();
    m_session.reset();
}

void OrderListLoader::load(quint64 generation, const OrderListQuery& query, qint64 countCap)
{
    if (outdated(generation))
        return;
    if (!m_orders) {
        Q_EMIT counted(generation, 0, true, m_openError);
        return;
    }
    auto count = m_orders->count(query, countCap);
    if (!count) {
        Q_EMIT counted(generation, 0, true, count.error().message);
        return;
    }
    const bool exact = *count <= countCap;
    Q_EMIT counted(generation, exact ? *count : countCap, exact, QString());
    // The first page goes with the count: it is what the user sees first.
    loadPage(generation, query, 0);
}

void OrderListLoader::loadPage(quint64 generation, const OrderListQuery& query, qint64 pageIndex)
{
    if (outdated(generation) || !m_orders)
        return;
    auto rows = m_orders->page(query, pageIndex * m_pageSize, m_pageSize);
    if (!rows) {
        Q_EMIT pageLoaded(generation, pageIndex, {}, rows.error().message);
        return;
    }
    Q_EMIT pageLoaded(generation, pageIndex, *rows, QString());
}

} // namespace od
