#include "AwaitingConfirmationModel.h"

#include "widgets/Formatting.h"

#include <QColor>

namespace od {

namespace {
// After this many days without an answer the customer should be called again.
constexpr int OverdueDays = 3;
} // namespace

AwaitingConfirmationModel::AwaitingConfirmationModel(QObject* parent) : QAbstractTableModel(parent) {}

int AwaitingConfirmationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AwaitingConfirmationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AwaitingConfirmationModel::ageInDays(const AwaitingConfirmation& row) const
{
    if (!row.sentAt.isValid() || !m_today.isValid())
        return 0;
    return int(qMax<qint64>(0, row.sentAt.toLocalTime().date().daysTo(m_today)));
}

QVariant AwaitingConfirmationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const AwaitingConfirmation& r = m_shown.at(index.row());
    const int age = ageInDays(r);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OrderNoColumn:
            return r.orderNo;
        case CustomerColumn:
            return r.customerName;
        case RevisionColumn:
            return r.revision;
        case SentColumn:
            return Formatting::date(r.sentAt.toLocalTime().date());
        case AgeColumn:
            return tr("%n day(s)", nullptr, age);
        case RequestedColumn:
            return Formatting::date(r.requestedDate);
        case TotalColumn:
            return Formatting::money(r.total);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == RevisionColumn || index.column() == AgeColumn || index.column() == TotalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == AgeColumn && age >= OverdueDays)
        return QColor(0xc6, 0x28, 0x28);
    if (role == Qt::ToolTipRole && index.column() == AgeColumn && age >= OverdueDays)
        return tr("Waiting for %n day(s): call the customer.", nullptr, age);
    if (role == Qt::ToolTipRole && index.column() == CustomerColumn)
        return tr("Salesperson: %1").arg(r.salespersonName);
    return {};
}

QVariant AwaitingConfirmationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderNoColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case RevisionColumn:
        return tr("Rev.");
    case SentColumn:
        return tr("Sent");
    case AgeColumn:
        return tr("Waiting");
    case RequestedColumn:
        return tr("Requested");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

void AwaitingConfirmationModel::setRows(QList<AwaitingConfirmation> rows, QDate today)
{
    beginResetModel();
    m_all = std::move(rows);
    m_today = today;
    applyFilter();
    endResetModel();
}

void AwaitingConfirmationModel::setFilter(const QString& text)
{
    beginResetModel();
    m_filter = text.trimmed();
    applyFilter();
    endResetModel();
}

void AwaitingConfirmationModel::applyFilter()
{
    if (m_filter.isEmpty()) {
        m_shown = m_all;
        return;
    }
    m_shown.clear();
    for (const auto& r : std::as_const(m_all))
        if (r.orderNo.contains(m_filter, Qt::CaseInsensitive) ||
            r.customerName.contains(m_filter, Qt::CaseInsensitive) ||
            r.salespersonName.contains(m_filter, Qt::CaseInsensitive))
            m_shown << r;
}

const AwaitingConfirmation* AwaitingConfirmationModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int AwaitingConfirmationModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_shown.at(i).orderId == orderId)
            return i;
    return -1;
}

} // namespace od
