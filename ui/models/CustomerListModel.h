#pragma once

#include "Customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace od {

// The customers found by a search (at most a few hundred rows; the search runs in SQL).
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        ContactColumn,
        PhoneColumn,
        EmailColumn,
        CreditLimitColumn,
        PaymentTermsColumn,
        StatusColumn,
        ColumnCount
    };

    explicit CustomerListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCustomers(QList<Customer> customers);
    const Customer* customerAt(int row) const;
    int rowOf(qint64 customerId) const;

private:
    QList<Customer> m_customers;
};

} // namespace od
