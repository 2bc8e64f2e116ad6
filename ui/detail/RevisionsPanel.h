#pragma once

#include "Order.h"
#include "OrderRevisionSnapshot.h"

#include <QHash>
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

    // Which change request made which revision (by revision number): named next to them.
    void setMadeBy(const QHash<int, QString>& changeNoByRevision) { m_madeBy = changeNoByRevision; }
    void setRevisions(const Order& current, const QList<OrderRevisionSnapshot>& earlier);
    int revisionCount() const;
    QTableWidget* differencesTable() const { return m_differences; }

private:
    void showComparison(int row);

    Order m_current;
    QList<OrderRevisionSnapshot> m_earlier;
    QHash<int, QString> m_madeBy;
    QListWidget* m_list = nullptr;
    QLabel* m_caption = nullptr;
    QTableWidget* m_differences = nullptr;
};

} // namespace od
