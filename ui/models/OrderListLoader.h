#pragma once

#include "models/OrderListMetaTypes.h"
#include "Session.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace od {

class OrderQueryService;

// The Orders list's SQL, run on a thread of its own with its own connection, so that a slow
// filter or a far jump never freezes the window. Requests of an outdated query (the user typed
// on) are skipped: `latestGeneration` is shared with the model, which bumps it on every query.
class OrderListLoader : public QObject
{
    Q_OBJECT

public:
    OrderListLoader(SessionFactory sessions, int pageSize,
                    std::shared_ptr<std::atomic<quint64>> latestGeneration);
    ~OrderListLoader() override;

    // Each runs in the loader's thread (queued calls).
    Q_INVOKABLE void open();
    Q_INVOKABLE void close();
    // Capped count and the first page of a new query.
    Q_INVOKABLE void load(quint64 generation, const od::OrderListQuery& query, qint64 countCap);
    Q_INVOKABLE void loadPage(quint64 generation, const od::OrderListQuery& query, qint64 pageIndex);

Q_SIGNALS:
    void counted(quint64 generation, qint64 count, bool exact, const QString& error);
    void pageLoaded(quint64 generation, qint64 pageIndex, const QList<od::OrderListRow>& rows,
                    const QString& error);

private:
    bool outdated(quint64 generation) const { return generation != m_latest->load(); }

    SessionFactory m_sessions;
    int m_pageSize;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<OrderQueryService> m_orders; // kept: it remembers counts between pages
    QString m_openError;
};

} // namespace od
