#include "ProductListModel.h"

#include "widgets/Formatting.h"

#include <QColor>

namespace od {

ProductListModel::ProductListModel(QObject* parent) : QAbstractTableModel(parent) {}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product& p = m_products.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SkuColumn:
            return p.sku;
        case NameColumn:
            return p.name;
        case SpecColumn:
            return p.spec;
        case UnitColumn:
            return p.unit;
        // Four-decimal prices are shown exactly, never rounded to cents.
        case UnitPriceColumn:
            return QString(Formatting::currencySymbol(QString()) + p.unitPrice.toDecimalString());
        case LeadTimeColumn:
            return tr("%n day(s)", nullptr, p.leadTimeDays);
        case RequiresSpecColumn:
            return p.requiresSpec ? tr("Made to order") : QString();
        case StatusColumn:
            return p.active ? tr("Active") : tr("Deactivated");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !p.active)
        return QColor(0x80, 0x80, 0x80);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == UnitPriceColumn || index.column() == LeadTimeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SpecColumn && !p.spec.isEmpty())
        return p.spec;
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case SpecColumn:
        return tr("Specification");
    case UnitColumn:
        return tr("Unit");
    case UnitPriceColumn:
        return tr("Unit price");
    case LeadTimeColumn:
        return tr("Lead time");
    case RequiresSpecColumn:
        return tr("Spec required");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ProductListModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

const Product* ProductListModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductListModel::rowOf(qint64 productId) const
{
    for (int i = 0; i < m_products.size(); ++i)
        if (m_products.at(i).id == productId)
            return i;
    return -1;
}

} // namespace od
