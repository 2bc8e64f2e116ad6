#pragma once

#include "AwaitingConfirmation.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace od {

// Orders sent to customers and not yet answered, oldest first, with how many days each has been
// waiting. A text filter narrows the (small) list by order number or customer.
class AwaitingConfirmationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrderNoColumn,
        CustomerColumn,
        RevisionColumn,
        SentColumn,
        AgeColumn,
        RequestedColumn,
        TotalColumn,
        ColumnCount
    };

    explicit AwaitingConfirmationModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<AwaitingConfirmation> rows, QDate today);
    void setFilter(const QString& text);
    const AwaitingConfirmation* rowAt(int row) const;
    int rowOf(qint64 orderId) const;
    int totalCount() const { return int(m_all.size()); }
    // Whole days since the revision was sent (0 on the day itself).
    int ageInDays(const AwaitingConfirmation& row) const;

private:
    void applyFilter();

    QList<AwaitingConfirmation> m_all;
    QList<AwaitingConfirmation> m_shown;
    QString m_filter;
    QDate m_today;
};

} // namespace od
