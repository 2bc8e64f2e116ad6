#pragma once

#include "OrderListQuery.h"
#include "Session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QThread>

#include <atomic>
#include <memory>

namespace od {

class BackgroundTask;
class OrderListLoader;

// Every order matching the Orders view's filters, one row each. Sorting and filtering happen
// in SQL (setQuery / sort); there is no proxy. All SQL runs on a loader thread with its own
// connection: a new query keeps the old rows on screen until its count arrives, and a row whose
// page is not loaded yet shows a placeholder until the page comes in. When the capped count says
// "100,000+", the exact count runs on another worker and the missing rows are appended when it
// arrives — unless the query changed meanwhile, in which case the late answer is dropped.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrderNoColumn,
        CustomerColumn,
        SalespersonColumn,
        StatusColumn,
        OrderDateColumn,
        RequestedDateColumn,
        PromisedDateColumn,
        TotalColumn,
        RevisionColumn,
        RiskColumn, // the early warning: a coloured marker and the level; not sortable
        ColumnCount
    };
    enum Role
    {
        OrderIdRole = Qt::UserRole + 1,
        StatusKeyRole,
        RiskKeyRole // "on_track", "at_risk", "late"; empty for orders not assessed
    };

    static constexpr qint64 CountCap = 100'000;
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 60;

    // Every read runs on the loader's own session (as the signed-in user, whose visibility the
    // core applies).
    explicit OrderListModel(const SessionFactory& sessions, QObject* parent = nullptr);
    ~OrderListModel() override;
    // Closes the loader's connection (before the database file is replaced by a restore).
    void releaseDatabase();

    // Applies filters and sort; the rows change when the loader has counted them.
    void setQuery(const OrderListQuery& query);
    // The query asked for last (its rows may still be loading).
    const OrderListQuery& query() const { return m_query; }
    // Re-reads after data changed elsewhere (same query, fresh count and rows).
    void refresh();
    // True from setQuery() until its rows are counted.
    bool isLoading() const { return m_loading; }

    qint64 orderCount() const { return m_rowCount; }
    bool countIsExact() const { return m_exact; }
    // The order at `row`, or 0 / nullptr while its page is still loading (it is then requested).
    qint64 orderIdAt(int row) const;
    const OrderListRow* rowAt(int row) const;

    static std::optional<OrderListQuery::Column> queryColumn(int column);
    static int modelColumn(OrderListQuery::Column column);
    // The colour of a status in the list (also used by the detail dialog).
    static QColor statusColor(OrderStatus status);
    static QColor riskColor(RiskLevel level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting re-runs the SQL with ORDER BY on that column; columns SQL cannot sort are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The number of rows changed or became exact ("100,000+" → "1,000,000").
    void countChanged(qint64 count, bool exact);
    void loadingChanged(bool loading);
    void storageError(const QString& message);

private:
    void onCounted(quint64 generation, qint64 count, bool exact, const QString& error);
    void onPageLoaded(quint64 generation, qint64 pageIndex, const QList<OrderListRow>& rows,
                      const QString& error);
    void startExactCount();
    void onExactCountFinished();
    // The cached row, or nullptr after asking the loader for its page.
    const OrderListRow* fetch(qint64 row) const;
    void requestNextPage() const;
    void reportError(const QString& message) const;
    QIcon statusIcon(OrderStatus status) const;
    QIcon riskIcon(RiskLevel level) const;

    SessionFactory m_sessions;
    QThread m_thread;
    OrderListLoader* m_loader = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;

    OrderListQuery m_query;      // asked for last
    OrderListQuery m_shownQuery; // the query of the rows on screen
    quint64 m_generation = 0;    // of m_query
    quint64 m_shownGeneration = 0;
    qint64 m_rowCount = 0;
    bool m_exact = true;
    bool m_loading = false;

    // Pages are fetched from data(), which is const.
    mutable QHash<qint64, QList<OrderListRow>> m_pages;
    mutable QList<qint64> m_lru;    // most recently used last
    mutable QList<qint64> m_wanted; // pages asked for, most recent last
    mutable qint64 m_inFlight = -1; // the page the loader is reading
    mutable bool m_errorReported = false;

    std::unique_ptr<BackgroundTask> m_countTask;
    std::shared_ptr<qint64> m_countResult;
    quint64 m_countGeneration = 0;
    mutable QHash<int, QIcon> m_statusIcons;
    mutable QHash<int, QIcon> m_riskIcons;
};

} // namespace od
