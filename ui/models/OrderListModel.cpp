#include "OrderListModel.h"

#include "OrderQueryService.h"
#include "models/OrderListLoader.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Formatting.h"

#include <QPainter>
#include <QPixmap>

#include <climits>

namespace od {

namespace {

constexpr OrderListQuery::Column kQueryColumns[] = {
    OrderListQuery::Column::OrderNo,      OrderListQuery::Column::Customer,
    OrderListQuery::Column::Salesperson,  OrderListQuery::Column::Status,
    OrderListQuery::Column::OrderDate,    OrderListQuery::Column::RequestedDate,
    OrderListQuery::Column::PromisedDate, OrderListQuery::Column::Total,
    OrderListQuery::Column::Revision,
};

// Pages asked for while scrolling fast: only the last few still matter when the loader is free.
constexpr int MaxWantedPages = 4;

} // namespace

OrderListModel::OrderListModel(const SessionFactory& sessions, QObject* parent)
    : QAbstractTableModel(parent), m_sessions(sessions),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<od::OrderListQuery>();
    qRegisterMetaType<od::OrderListRow>();
    qRegisterMetaType<QList<od::OrderListRow>>();
    m_loader = new OrderListLoader(m_sessions, PageSize, m_latestGeneration);
    m_loader->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("orderdesk-list"));
    connect(m_loader, &OrderListLoader::counted, this, &OrderListModel::onCounted);
    connect(m_loader, &OrderListLoader::pageLoaded, this, &OrderListModel::onPageLoaded);
    m_thread.start();
    QMetaObject::invokeMethod(m_loader, &OrderListLoader::open, Qt::QueuedConnection);
}

OrderListModel::~OrderListModel()
{
    // Whatever is queued is outdated now; the connection is closed in the loader's thread.
    m_latestGeneration->store(~quint64(0));
    QMetaObject::invokeMethod(m_loader, &OrderListLoader::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_loader;
}

void OrderListModel::releaseDatabase()
{
    m_latestGeneration->store(~quint64(0));
    QMetaObject::invokeMethod(m_loader, &OrderListLoader::close, Qt::BlockingQueuedConnection);
}

std::optional<OrderListQuery::Column> OrderListModel::queryColumn(int column)
{
    if (column >= 0 && column < int(std::size(kQueryColumns)))
        return kQueryColumns[column];
    return std::nullopt;
}

int OrderListModel::modelColumn(OrderListQuery::Column column)
{
    for (int i = 0; i < int(std::size(kQueryColumns)); ++i)
        if (kQueryColumns[i] == column)
            return i;
    return OrderDateColumn;
}

QColor OrderListModel::statusColor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return QColor(0x9e, 0x9e, 0x9e);
    case OrderStatus::AwaitingConfirmation:
        return QColor(0xf5, 0x9e, 0x0b);
    case OrderStatus::Confirmed:
        return QColor(0x25, 0x63, 0xeb);
    case OrderStatus::Planned:
        return QColor(0x63, 0x66, 0xf1);
    case OrderStatus::InProduction:
        return QColor(0x93, 0x33, 0xea);
    case OrderStatus::ReadyToShip:
        return QColor(0x0d, 0x94, 0x88);
    case OrderStatus::Shipped:
        return QColor(0x08, 0x91, 0xb2);
    case OrderStatus::Delivered:
        return QColor(0x16, 0xa3, 0x4a);
    case OrderStatus::Completed:
        return QColor(0x15, 0x80, 0x3d);
    case OrderStatus::OnHold:
        return QColor(0xb4, 0x53, 0x09);
    case OrderStatus::Cancelled:
        return QColor(0xdc, 0x26, 0x26);
    }
    return Qt::gray;
}

QColor OrderListModel::riskColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::OnTrack:
        return QColor(0x16, 0xa3, 0x4a);
    case RiskLevel::AtRisk:
        return QColor(0xf5, 0x9e, 0x0b);
    case RiskLevel::Late:
        return QColor(0xdc, 0x26, 0x26);
    }
    return Qt::gray;
}

QIcon OrderListModel::riskIcon(RiskLevel level) const
{
    auto it = m_riskIcons.constFind(int(level));
    if (it != m_riskIcons.cend())
        return *it;
    // A square, so the marker is not mistaken for the status dot beside it.
    QPixmap mark(12, 12);
    mark.fill(Qt::transparent);
    QPainter painter(&mark);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(riskColor(level));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 9, 9), 2, 2);
    painter.end();
    return m_riskIcons.insert(int(level), QIcon(mark)).value();
}

QIcon OrderListModel::statusIcon(OrderStatus status) const
{
    auto it = m_statusIcons.constFind(int(status));
    if (it != m_statusIcons.cend())
        return *it;
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColor(status));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return m_statusIcons.insert(int(status), QIcon(dot)).value();
}

void OrderListModel::setQuery(const OrderListQuery& query)
{
    m_query = query;
    m_generation = m_generation + 1;
    m_latestGeneration->store(m_generation);
    // A count still running belongs to the old query: let it finish on its own and drop it.
    if (m_countTask) {
        m_countTask->cancel();
        disconnect(m_countTask.get(), nullptr, this, nullptr);
        BackgroundTask* orphan = m_countTask.release();
        orphan->setParent(this);
        connect(orphan, &BackgroundTask::finished, orphan, &QObject::deleteLater);
    }
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    const quint64 generation = m_generation;
    OrderListLoader* loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader, generation, query] { loader->load(generation, query, CountCap); },
        Qt::QueuedConnection);
}

void OrderListModel::refresh()
{
    setQuery(m_query);
}

void OrderListModel::onCounted(quint64 generation, qint64 count, bool exact, const QString& error)
{
    if (generation != m_generation)
        return; // the user asked for something else meanwhile
    beginResetModel();
    m_shownGeneration = generation;
    m_shownQuery = m_query;
    m_pages.clear();
    m_lru.clear();
    m_wanted.clear();
    m_inFlight = 0; // the loader sends the first page right after the count
    m_errorReported = false;
    m_rowCount = qMin(count, qint64(INT_MAX));
    m_exact = exact;
    m_loading = false;
    endResetModel();
    Q_EMIT loadingChanged(false);
    if (!error.isEmpty())
        reportError(error);
    Q_EMIT countChanged(m_rowCount, m_exact);
    if (error.isEmpty() && !exact)
        startExactCount();
}

void OrderListModel::onPageLoaded(quint64 generation, qint64 pageIndex, const QList<OrderListRow>& rows,
                                  const QString& error)
{
    if (generation != m_shownGeneration)
        return;
    if (pageIndex == m_inFlight)
        m_inFlight = -1;
    if (!error.isEmpty()) {
        reportError(error);
        return; // not asked again: the same error would come back at every repaint
    }
    if (m_lru.size() >= MaxCachedPages)
        m_pages.remove(m_lru.takeFirst());
    m_pages.insert(pageIndex, rows);
    m_lru.append(pageIndex);
    const qint64 first = pageIndex * PageSize;
    const qint64 last = qMin(first + PageSize, m_rowCount) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
    requestNextPage();
}

const OrderListRow* OrderListModel::fetch(qint64 row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const qint64 pageIndex = row / PageSize;
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.cend()) {
        if (m_lru.last() != pageIndex) {
            m_lru.removeOne(pageIndex);
            m_lru.append(pageIndex);
        }
        const qint64 offset = row % PageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }
    // Not here yet: ask for it (most recent request first) and show a placeholder meanwhile.
    if (!m_loading && !m_errorReported && pageIndex != m_inFlight) {
        m_wanted.removeOne(pageIndex);
        m_wanted.append(pageIndex);
        while (m_wanted.size() > MaxWantedPages)
            m_wanted.removeFirst();
        if (m_inFlight < 0)
            requestNextPage();
    }
    return nullptr;
}

void OrderListModel::requestNextPage() const
{
    while (m_inFlight < 0 && !m_wanted.isEmpty()) {
        const qint64 pageIndex = m_wanted.takeLast();
        if (m_pages.contains(pageIndex))
            continue;
        m_inFlight = pageIndex;
        OrderListLoader* loader = m_loader;
        const quint64 generation = m_shownGeneration;
        const OrderListQuery query = m_shownQuery;
        QMetaObject::invokeMethod(
            m_loader,
            [loader, generation, query, pageIndex] { loader->loadPage(generation, query, pageIndex); },
            Qt::QueuedConnection);
    }
}

void OrderListModel::reportError(const QString& message) const
{
    if (m_errorReported)
        return;
    m_errorReported = true;
    Q_EMIT const_cast<OrderListModel*>(this)->storageError(message);
}

void OrderListModel::startExactCount()
{
    m_countResult = std::make_shared<qint64>(0);
    m_countGeneration = m_shownGeneration;
    auto result = m_countResult;
    const OrderListQuery query = m_shownQuery;
    m_countTask = std::make_unique<BackgroundTask>(
        m_sessions, [result, query](Session& session, TaskProgress&) -> Status {
            auto count = OrderQueryService(session).count(query, 0);
            if (!count)
                return std::unexpected(count.error());
            *result = *count;
            return {};
        });
    connect(m_countTask.get(), &BackgroundTask::finished, this, &OrderListModel::onExactCountFinished);
    m_countTask->start();
}

void OrderListModel::onExactCountFinished()
{
    if (!m_countTask)
        return;
    const bool ok = m_countTask->result().has_value();
    const Error error = ok ? Error{} : m_countTask->result().error();
    m_countTask.reset();
    // Belt and braces: a count for another list must never change this one.
    if (m_countGeneration != m_shownGeneration || m_countGeneration != m_generation)
        return;
    if (!ok) {
        reportError(error.message);
        return;
    }
    const qint64 exact = qMin(*m_countResult, qint64(INT_MAX));
    const qint64 oldRows = m_rowCount;
    if (exact > oldRows) {
        beginInsertRows({}, int(oldRows), int(exact) - 1);
        m_rowCount = exact;
        m_exact = true;
        endInsertRows();
    } else if (exact < oldRows) {
        beginRemoveRows({}, int(exact), int(oldRows) - 1);
        m_rowCount = exact;
        m_exact = true;
        endRemoveRows();
    } else {
        m_exact = true;
    }
    Q_EMIT countChanged(m_rowCount, true);
}

qint64 OrderListModel::orderIdAt(int row) const
{
    const OrderListRow* r = fetch(row);
    return r ? r->id : 0;
}

const OrderListRow* OrderListModel::rowAt(int row) const
{
    return fetch(row);
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::DecorationRole && role != Qt::TextAlignmentRole &&
        role != Qt::ToolTipRole && role != OrderIdRole && role != StatusKeyRole && role != RiskKeyRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == TotalColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == RevisionColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    const OrderListRow* r = fetch(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == OrderNoColumn ? QVariant(QStringLiteral("…"))
                                                                          : QVariant();
    switch (role) {
    case OrderIdRole:
        return r->id;
    case StatusKeyRole:
        return OrderStatusInfo::key(r->status);
    case RiskKeyRole:
        return r->risk ? RiskLevelInfo::key(*r->risk) : QString();
    case Qt::DecorationRole:
        if (index.column() == RiskColumn)
            return r->risk ? QVariant(riskIcon(*r->risk)) : QVariant();
        return index.column() == StatusColumn ? QVariant(statusIcon(r->status)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RiskColumn:
            if (!r->risk)
                return QVariant();
            if (role == Qt::ToolTipRole && !r->riskReason.isEmpty())
                return tr("%1: %2\nNext: %3")
                    .arg(RiskLevelInfo::displayName(*r->risk), r->riskReason, r->riskAction);
            return RiskLevelInfo::displayName(*r->risk);
        case OrderNoColumn:
            return r->orderNo;
        case CustomerColumn:
            return r->customerName;
        case SalespersonColumn:
            return r->salespersonName;
        case StatusColumn:
            return OrderStatusInfo::displayName(r->status);
        case OrderDateColumn:
            return Formatting::date(r->orderDate);
        case RequestedDateColumn:
            return Formatting::date(r->requestedDate);
        case PromisedDateColumn:
            return Formatting::date(r->promisedDate);
        case TotalColumn:
            return Formatting::money(r->total, r->currency);
        case RevisionColumn:
            return r->revision;
        default:
            break;
        }
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == TotalColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole) {
        // Dates and amounts are most useful newest / largest first; names from A.
        const bool descending = section == OrderDateColumn || section == RequestedDateColumn ||
                                section == PromisedDateColumn || section == TotalColumn;
        return int(descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderNoColumn:
        return tr("Order no.");
    case CustomerColumn:
        return tr("Customer");
    case SalespersonColumn:
        return tr("Salesperson");
    case StatusColumn:
        return tr("Status");
    case OrderDateColumn:
        return tr("Order date");
    case RequestedDateColumn:
        return tr("Requested");
    case PromisedDateColumn:
        return tr("Promised");
    case TotalColumn:
        return tr("Total");
    case RevisionColumn:
        return tr("Rev.");
    case RiskColumn:
        return tr("Risk");
    default:
        return {};
    }
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = queryColumn(column);
    if (!sortColumn)
        return;
    OrderListQuery q = m_query;
    const bool descending = order == Qt::DescendingOrder;
    if (q.sortColumn == *sortColumn && q.descending == descending)
        return;
    q.sortColumn = *sortColumn;
    q.descending = descending;
    setQuery(q);
}

} // namespace od
