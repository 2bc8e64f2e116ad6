#include "CustomerListModel.h"

#include "widgets/Formatting.h"

#include <QColor>

namespace od {

CustomerListModel::CustomerListModel(QObject* parent) : QAbstractTableModel(parent) {}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size())
        return {};
    const Customer& c = m_customers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return c.code;
        case NameColumn:
            return c.name;
        case ContactColumn:
            return c.contact;
        case PhoneColumn:
            return c.phone;
        case EmailColumn:
            return c.email;
        case CreditLimitColumn:
            return c.creditLimit.isZero() ? tr("no limit") : Formatting::money(c.creditLimit);
        case PaymentTermsColumn:
            return tr("%n day(s)", nullptr, c.paymentTermsDays);
        case StatusColumn:
            return c.active ? tr("Active") : tr("Deactivated");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !c.active)
        return QColor(0x80, 0x80, 0x80);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == CreditLimitColumn || index.column() == PaymentTermsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !c.notes.isEmpty())
        return c.notes;
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case ContactColumn:
        return tr("Contact");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case CreditLimitColumn:
        return tr("Credit limit");
    case PaymentTermsColumn:
        return tr("Payment terms");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void CustomerListModel::setCustomers(QList<Customer> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

const Customer* CustomerListModel::customerAt(int row) const
{
    return row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (int i = 0; i < m_customers.size(); ++i)
        if (m_customers.at(i).id == customerId)
            return i;
    return -1;
}

} // namespace od
