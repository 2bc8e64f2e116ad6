#pragma once

#include "main/WorkflowPage.h"

#include "OrderListQuery.h"
#include "Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace od {

class ListExportButton;
class LookupLineEdit;
class MessageBanner;
class OrderListModel;
class OrdersTableView;

// Every order in the database, filtered by status, customer, salesperson, order date and a
// search text, sorted by clicking a column header. All of it runs in SQL a page at a time, so
// the list stays smooth with a million orders.
class OrdersView : public WorkflowPage
{
    Q_OBJECT

public:
    explicit OrdersView(Session& session, QWidget* parent = nullptr);
    ~OrdersView() override;

    void focusSearch() override;
    // Re-reads the list (after a save elsewhere), keeping the scroll position.
    void reload() override;
    // "1,234 orders", "100,000+ orders match".
    QString statusText() const override;

    OrderListModel* model() const { return m_model; }
    OrdersTableView* table() const { return m_table; }
    ListExportButton* exportButton() const { return m_export; }
    // True when any filter or search narrows the list.
    bool isFiltered() const;
    OrderListQuery currentQuery() const;
    // Lists the orders behind a figure of another page (the dashboard): `query`'s statuses, promise,
    // salesperson and order dates, with a line above the list naming `caption` until the filters
    // are cleared.
    void showOrdersBehind(const OrderListQuery& query, const QString& caption);
    // Only the open orders at risk or late, every other filter cleared (the early warning's notice).
    void showOrdersAtRisk();

Q_SIGNALS:
    // The number of orders listed; `exact` is false while only "100,000+" is known.
    void countChanged(qint64 count, bool exact);

protected:
    // Down in the search box goes to the first order found.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
    void loadSalespeople();
    // False when the query is the one already shown (nothing is reloaded).
    bool applyFilters();
    // Puts the keyboard on the first order of the list, now or as soon as the rows are there.
    void goToFirstResult();
    void clearFilters();
    void openCurrent();
    void updateEmptyHint();
    void restorePosition();

    Session& m_session;
    OrderListModel* m_model = nullptr;
    OrdersTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_risk = nullptr;
    LookupLineEdit* m_customer = nullptr;
    QComboBox* m_salesperson = nullptr;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_emptyHint = nullptr;
    MessageBanner* m_banner = nullptr;
    ListExportButton* m_export = nullptr;
    QLabel* m_behindLabel = nullptr;
    // What the list shown by showOrdersBehind() adds to the filters above it (statuses, promise,
    // shipment); the rest of it is set in the filters.
    OrderListQuery m_behind;
    QLabel* m_errorLabel = nullptr;
    QTimer* m_searchDebounce = nullptr;
    bool m_applying = false;
    bool m_loaded = false;    // the model has run its first query
    bool m_counted = false;   // its first count has arrived
    int m_restoreScroll = -1; // where reload() found the list, restored when the rows are back
    int m_restoreRow = -1;
    bool m_goToFirstWhenLoaded = false; // Enter was pressed in the search box before the rows came
};

} // namespace od
