#include "OrderListLoader.h"

namespace od {

OrderListLoader::OrderListLoader(QString databasePath, int pageSize,
                                 std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : m_path(std::move(databasePath)), m_pageSize(pageSize), m_latest(std::move(latestGeneration))
{
}

OrderListLoader::~OrderListLoader() = default;

void OrderListLoader::open()
{
    auto db = Database::open(m_path, Database::Migrate::No);
    if (!db) {
        m_openError = db.error().message;
        return;
    }
    m_db = std::move(*db);
    m_repo = std::make_unique<OrderListRepository>(*m_db);
}

void OrderListLoader::close()
{
    // The connection belongs to this thread and is closed here.
    m_repo.reset();
    m_db.reset();
}

void OrderListLoader::load(quint64 generation, const OrderListQuery& query, qint64 countCap)
{
    if (outdated(generation))
        return;
    if (!m_repo) {
        Q_EMIT counted(generation, 0, true, m_openError);
        return;
    }
    auto count = m_repo->count(query, countCap);
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
    if (outdated(generation) || !m_repo)
        return;
    auto rows = m_repo->page(query, pageIndex * m_pageSize, m_pageSize);
    if (!rows) {
        Q_EMIT pageLoaded(generation, pageIndex, {}, rows.error().message);
        return;
    }
    Q_EMIT pageLoaded(generation, pageIndex, *rows, QString());
}

} // namespace od
