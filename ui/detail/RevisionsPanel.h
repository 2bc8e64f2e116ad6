#pragma once

#include "Order.h"
#include "OrderRevisionSnapshot.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace od {

// The earlier revisions of an order (left) and what changed from the chosen one to the
// current revision (right).
class RevisionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionsPanel(QWidget* parent = nullptr);

    void setRevisions(const Order& current, const QList<OrderRevisionSnapshot>& earlier);
    int revisionCount() const;
    QTableWidget* differencesTable() const { return m_differences; }

private:
    void showComparison(int row);

    Order m_current;
    QList<OrderRevisionSnapshot> m_earlier;
    QListWidget* m_list = nullptr;
    QLabel* m_caption = nullptr;
    QTableWidget* m_differences = nullptr;
};

} // namespace od
