#pragma once

#include "Product.h"

#include <QAbstractTableModel>
#include <QList>

namespace od {

// The products found by a search (at most a few hundred rows; the search runs in SQL).
class ProductListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SkuColumn,
        NameColumn,
        SpecColumn,
        UnitColumn,
        UnitPriceColumn,
        LeadTimeColumn,
        RequiresSpecColumn,
        StatusColumn,
        ColumnCount
    };

    explicit ProductListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setProducts(QList<Product> products);
    const Product* productAt(int row) const;
    int rowOf(qint64 productId) const;

private:
    QList<Product> m_products;
};

} // namespace od
